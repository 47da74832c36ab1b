// The virtual printer on the far end of a serial line: in tests, the peer end of a socat pty
// pair, so the driver's serial transport talks to it through the kernel's tty layer.
import { SerialPort } from 'serialport';
import type { VirtualPrinter } from './virtualPrinter.js';

export interface VirtualSerialPeer {
  readonly path: string;
  close(): Promise<void>;
}

export async function attachSerialPeer(
  printer: VirtualPrinter,
  path: string,
  options: { baudRate?: number } = {},
): Promise<VirtualSerialPeer> {
  const port = new SerialPort({ path, baudRate: options.baudRate ?? 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) =>
    port.open((error) => (error ? reject(error) : resolve())),
  );
  port.on('error', () => undefined); // the driver's side vanishing is part of the tests
  port.on('data', (chunk: Buffer) => {
    const reply = printer.receive(chunk);
    if (reply.length > 0) port.write(reply);
  });
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  };
}
