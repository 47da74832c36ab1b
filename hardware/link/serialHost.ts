// The device's end of a serial line: puts a simulator (anything with MemoryDevice's shape) on a
// serial port, typically the peer end of a socat pty pair, so a driver's serial link talks to it
// through the kernel's tty layer exactly as it would to real hardware.
import { createSerialLink } from './serialLink.js';
import type { MemoryDevice } from './memoryLink.js';

export interface SerialHost {
  readonly path: string;
  close(): Promise<void>;
}

export async function hostOnSerial(
  device: MemoryDevice,
  path: string,
  baudRate: number,
): Promise<SerialHost> {
  const connection = await createSerialLink({ path, baudRate }).open();
  connection.onData((chunk) => device.receive(chunk));
  // The driver's side vanishing is normal here: the device just stops answering.
  const detach = device.attach((bytes) => {
    if (!connection.isClosed) connection.write(bytes).catch(() => undefined);
  });
  return {
    path,
    close: async () => {
      detach();
      await connection.close();
    },
  };
}
