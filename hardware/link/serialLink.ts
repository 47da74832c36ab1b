// A serial port (RS-232, or a USB-serial bridge such as a card reader's CH340 or a printer's
// FTDI) through node-serialport, 8N1. serialport is loaded on first open(), so a kiosk that uses
// only the simulator, HID or the network never loads its native binding. A port that vanishes
// (adapter pulled, pty peer gone) ends the connection with 'link-lost'; a write the port does not
// take within writeTimeoutMs (flow control holding us off for ever) fails and closes the port.
import type { SerialPort } from 'serialport';
import { ConnectionEvents, LinkError, guardedWrite, type Connection, type Link } from './link.js';

export const flowControls = ['none', 'rtscts', 'xonxoff'] as const;
export type FlowControl = (typeof flowControls)[number];

export interface SerialLinkOptions {
  readonly path: string;
  readonly baudRate: number;
  /** Most receipt printers hold off the host with RTS/CTS or XON/XOFF when their buffer fills. */
  readonly flowControl?: FlowControl;
  readonly writeTimeoutMs?: number;
}

class SerialConnection implements Connection {
  readonly canRead = true;
  readonly #events = new ConnectionEvents();
  readonly closed = this.#events.closed;
  #closing = false;

  constructor(
    private readonly port: SerialPort,
    readonly description: string,
    private readonly writeTimeoutMs: number,
  ) {
    let lastError: Error | undefined;
    port.on('data', (chunk: Buffer) => this.#events.emitData(chunk));
    port.on('error', (error: Error) => {
      lastError = error;
      if (!port.isOpen) this.#lose(error);
    });
    // serialport reports an unplugged device (or a pty whose other end vanished) as a close with
    // a DisconnectedError; a close we asked for gives no error.
    port.on('close', (error?: Error | null) => {
      if (this.#closing) this.#events.end();
      else this.#lose(error ?? lastError);
    });
  }

  get isClosed(): boolean {
    return this.#events.isClosed;
  }

  #lose(cause: Error | undefined): void {
    this.#events.end(
      new LinkError(
        'link-lost',
        `${this.description} went away${cause ? `: ${cause.message}` : ''}`,
        { cause },
      ),
    );
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  write(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    return guardedWrite(
      this.#events,
      this.description,
      this.writeTimeoutMs,
      (done) => port.write(Buffer.from(bytes), (error) => (error ? done(error) : port.drain(done))),
      // A stalled port is useless until reopened; closing also fails the pending write.
      () => {
        if (port.isOpen) port.close();
      },
    );
  }

  close(): Promise<void> {
    if (this.#events.isClosed || !this.port.isOpen) {
      this.#events.end();
      return Promise.resolve();
    }
    this.#closing = true;
    return new Promise((resolve) => {
      this.port.close(() => {
        this.#events.end();
        resolve();
      });
    });
  }
}

export function serialDescription(path: string, baudRate: number): string {
  return `serial:${path}?baud=${baudRate}`;
}

export function createSerialLink(options: SerialLinkOptions): Link {
  const { path, baudRate } = options;
  const flowControl = options.flowControl ?? 'none';
  const description = serialDescription(path, baudRate);
  return {
    description,
    async open(): Promise<Connection> {
      const { SerialPort } = await import('serialport');
      const port = new SerialPort({
        path,
        baudRate,
        dataBits: 8,
        parity: 'none',
        stopBits: 1,
        rtscts: flowControl === 'rtscts',
        xon: flowControl === 'xonxoff',
        xoff: flowControl === 'xonxoff',
        autoOpen: false,
      });
      await new Promise<void>((resolve, reject) =>
        port.open((error) =>
          error
            ? reject(
                new LinkError('open-failed', `cannot open ${path}: ${error.message}`, {
                  cause: error,
                }),
              )
            : resolve(),
        ),
      );
      return new SerialConnection(port, description, options.writeTimeoutMs ?? 10_000);
    },
  };
}
