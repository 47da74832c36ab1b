// The resident ID card reader driver: what services import. Everything else is internal.
export {
  parseCardReaderSpec,
  formatCardReaderSpec,
  CardReaderSpecError,
  DEFAULT_CARD_READER,
  SAM_BAUD_RATES,
  type CardReaderSpec,
  type SamBaudRate,
} from './config/readerSpec.js';
export { findCardPollMs, findCardWireMs } from './config/findCardRate.js';
export {
  createCardReader,
  type CardReaderHandle,
  type CreateCardReaderOptions,
} from './createCardReader.js';
export {
  IdCardReader,
  DEFAULT_TIMING,
  type CardReaderOptions,
  type ReaderTiming,
} from './reader/cardReader.js';
export {
  categorizeReaderError,
  type ErrorCategory,
  type LinkErrorCode,
  type ReaderErrorCode,
  type ReaderState,
  type ReaderStateName,
} from './reader/readerState.js';
export { nextCard, type NextCardResult } from './reader/nextCard.js';
export { systemClock, type Clock } from '../link/clock.js';
export {
  idCardSchema,
  residentIdCardSchema,
  hkMacaoTaiwanPermitSchema,
  foreignPermanentResidenceSchema,
  type IdCard,
  type ResidentIdCard,
  type HkMacaoTaiwanPermit,
  type ForeignPermanentResidenceCard,
  type CardErrorCode,
  type CardParseResult,
} from './card/cardTypes.js';
export { parseTextBlock, identifyCardType } from './card/parseTextBlock.js';
export {
  isValidIdNumber,
  maskIdNumber,
  normalizeIdNumber,
  computeCheckCharacter,
} from './card/idNumber.js';
export { redactCard } from './card/redact.js';
export { NATIONS, nationName } from './card/nations.js';
export type { SamErrorCode } from './protocol/status.js';
export { ReaderSimulator, type SimulatorOptions } from './simulator/readerSimulator.js';
export type { SimulatorFault, FaultOptions } from './simulator/faults.js';
export {
  DEMO_CARD_IDS,
  demoCard,
  isDemoCardId,
  type DemoCard,
  type DemoCardId,
} from './simulator/demoCards.js';
export { hostOnSerial, type SerialHost } from '../link/serialHost.js';
export { MemoryLink } from '../link/memoryLink.js';
export { createSerialLink } from '../link/serialLink.js';
export type { Connection, Link } from '../link/link.js';
export { createHidTransport } from './transport/hid/hidTransport.js';
export { nodeHidOpener, type HidDevice, type HidDeviceOpener } from './transport/hid/hidDevice.js';
export { HID_WRAPPERS, findHidWrapper } from './transport/hid/wrappers.js';
export type { HidReportWrapper } from './transport/hid/wrapper.js';
