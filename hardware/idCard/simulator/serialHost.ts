// Puts a ReaderSimulator on a serial device, typically the peer end of a pty pair, so the driver's
// serial transport talks to it through the kernel's tty layer exactly as it would to a reader.
import type { ReaderSimulator } from './readerSimulator.js';

export interface SerialHost {
  close(): Promise<void>;
}

export async function hostSimulatorOnSerial(
  simulator: ReaderSimulator,
  path: string,
  baudRate = 115200,
): Promise<SerialHost> {
  const { SerialPort } = await import('serialport');
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => (error ? reject(error) : resolve()));
  });
  port.on('data', (chunk: Buffer) => simulator.receive(chunk));
  // A pty whose other side closed reports errors; the simulator just stops answering.
  port.on('error', () => undefined);
  const detach = simulator.attach((bytes) => {
    if (port.isOpen) port.write(Buffer.from(bytes));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        detach();
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
