// The link layer's public surface: the drivers (idCard/, printer/) and their simulators import
// from here. One contract, one clock, one adapter per kind of wire.
export {
  ConnectionEvents,
  LinkError,
  guardedWrite,
  lostLink,
  notOpen,
  type Connection,
  type Link,
  type LinkErrorCode,
} from './link.js';
export { sleep, systemClock, type Clock } from './clock.js';
export { ManualClock, settle } from './manualClock.js';
export {
  createSerialLink,
  flowControls,
  serialDescription,
  type FlowControl,
  type SerialLinkOptions,
} from './serialLink.js';
export { createTcpLink, tcpDescription, type TcpLinkOptions } from './tcpLink.js';
export { createDeviceFileLink, type DeviceFileLinkOptions } from './deviceFileLink.js';
export { MemoryLink, type MemoryDevice, type MemoryLinkOptions } from './memoryLink.js';
export { hostOnSerial, type SerialHost } from './serialHost.js';
