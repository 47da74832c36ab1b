// The virtual printer on the far end of a link: as the device end of an in-memory link (the
// "simulator" printer spec), or hosted on a serial port (in tests, the peer of a socat pty pair,
// so the driver's serial link talks to it through the kernel's tty layer).
import { MemoryLink, type MemoryDevice, type MemoryLinkOptions } from '../../link/memoryLink.js';
import { hostOnSerial, type SerialHost } from '../../link/serialHost.js';
import type { VirtualPrinter } from './virtualPrinter.js';

/** The printer's byte-in, replies-out shape as a link's device end. */
export function virtualPrinterDevice(printer: VirtualPrinter): MemoryDevice {
  const outputs = new Set<(bytes: Uint8Array) => void>();
  return {
    receive: (bytes) => {
      const reply = printer.receive(bytes);
      if (reply.length > 0) for (const output of [...outputs]) output(reply);
    },
    attach: (output) => {
      outputs.add(output);
      return () => outputs.delete(output);
    },
  };
}

export function virtualPrinterLink(
  printer: VirtualPrinter,
  options: MemoryLinkOptions = {},
): MemoryLink {
  return new MemoryLink(virtualPrinterDevice(printer), options);
}

export function attachSerialPeer(
  printer: VirtualPrinter,
  path: string,
  options: { baudRate?: number } = {},
): Promise<SerialHost> {
  return hostOnSerial(virtualPrinterDevice(printer), path, options.baudRate ?? 9600);
}
