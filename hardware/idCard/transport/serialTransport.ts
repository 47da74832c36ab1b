// Serial transport over node-serialport: 115200 8N1 by default, no flow control, as SAM readers
// and their USB-serial bridges expect. serialport is loaded on first open(), so a kiosk configured
// for the simulator or HID never loads its native binding.
import type { SerialPort } from 'serialport';
import { ConnectionEvents, LinkClosedError, type Connection, type Transport } from './transport.js';

export const SAM_BAUD_RATES = [115200, 57600, 38400, 19200, 9600] as const;
export type SamBaudRate = (typeof SAM_BAUD_RATES)[number];

export interface SerialTransportOptions {
  readonly path: string;
  readonly baudRate?: SamBaudRate;
}

class SerialConnection implements Connection {
  private readonly events = new ConnectionEvents();
  readonly closed = this.events.closed;

  constructor(
    private readonly port: SerialPort,
    private readonly description: string,
  ) {
    port.on('data', (chunk: Buffer) => this.events.emitData(chunk));
    // serialport reports an unplugged device (or a pty whose other end vanished) as a close with
    // a DisconnectedError; a plain close() gives no error.
    port.on('close', (error?: Error | null) => this.events.end(error ?? undefined));
    port.on('error', (error: Error) => {
      if (!port.isOpen) this.events.end(error);
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.events.onData(listener);
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.events.isClosed) return Promise.reject(new LinkClosedError(this.description));
    return new Promise((resolve, reject) => {
      this.port.write(Buffer.from(bytes), (writeError) => {
        if (writeError) return reject(writeError);
        this.port.drain((drainError) => (drainError ? reject(drainError) : resolve()));
      });
    });
  }

  close(): Promise<void> {
    if (this.events.isClosed || !this.port.isOpen) {
      this.events.end();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.port.close(() => {
        this.events.end();
        resolve();
      });
    });
  }
}

export function createSerialTransport(options: SerialTransportOptions): Transport {
  const baudRate = options.baudRate ?? 115200;
  const description = `serial ${options.path} @${baudRate}`;
  return {
    description,
    async open(): Promise<Connection> {
      const { SerialPort } = await import('serialport');
      const port = new SerialPort({
        path: options.path,
        baudRate,
        dataBits: 8,
        parity: 'none',
        stopBits: 1,
        rtscts: false,
        autoOpen: false,
      });
      await new Promise<void>((resolve, reject) => {
        port.open((error) => (error ? reject(error) : resolve()));
      });
      return new SerialConnection(port, description);
    },
  };
}
