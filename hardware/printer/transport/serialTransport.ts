// A serial port (RS-232 or a USB-serial bridge) through node-serialport.
import { SerialPort } from 'serialport';
import {
  TransportError,
  TransportEvents,
  guardedWrite,
  type PrinterTransport,
} from './printerTransport.js';

export const serialBaudRates = [9600, 19200, 38400, 57600, 115200] as const;
export type SerialBaudRate = (typeof serialBaudRates)[number];
export const flowControls = ['none', 'rtscts', 'xonxoff'] as const;
export type FlowControl = (typeof flowControls)[number];

export interface SerialTransportOptions {
  readonly path: string;
  readonly baudRate?: SerialBaudRate;
  /** Most receipt printers hold off the host with RTS/CTS or XON/XOFF when their buffer fills. */
  readonly flowControl?: FlowControl;
  readonly writeTimeoutMs?: number;
}

export class SerialTransport implements PrinterTransport {
  readonly canRead = true;
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #options: Required<SerialTransportOptions>;
  #port: SerialPort | undefined;
  #opening: Promise<void> | undefined;
  #closing = false;

  constructor(options: SerialTransportOptions) {
    this.#options = {
      baudRate: 9600,
      flowControl: 'none',
      writeTimeoutMs: 10_000,
      ...options,
    };
    this.description = `serial:${options.path}?baud=${this.#options.baudRate}`;
  }

  get isOpen(): boolean {
    return this.#port !== undefined;
  }

  open(): Promise<void> {
    if (this.#port) return Promise.resolve();
    // Two callers opening at once share one attempt (the port can be opened only once).
    this.#opening ??= this.#openPort().finally(() => {
      this.#opening = undefined;
    });
    return this.#opening;
  }

  async #openPort(): Promise<void> {
    const { path, baudRate, flowControl } = this.#options;
    const port = new SerialPort({
      path,
      baudRate,
      autoOpen: false,
      rtscts: flowControl === 'rtscts',
      xon: flowControl === 'xonxoff',
      xoff: flowControl === 'xonxoff',
    });
    await new Promise<void>((resolve, reject) =>
      port.open((error) =>
        error
          ? reject(
              new TransportError('open-failed', `cannot open ${path}: ${error.message}`, {
                cause: error,
              }),
            )
          : resolve(),
      ),
    );
    this.#closing = false;
    this.#attach(port);
  }

  #attach(port: SerialPort): void {
    this.#port = port;
    let lastError: Error | undefined;
    port.on('data', (chunk: Buffer) => this.#events.emitData(chunk));
    port.on('error', (error: Error) => (lastError = error));
    port.on('close', (error: Error | null) => {
      if (this.#port === port) this.#port = undefined;
      const cause = error ?? lastError;
      this.#events.emitClose(
        this.#closing
          ? undefined
          : new TransportError(
              'link-lost',
              `${this.description} went away${cause ? `: ${cause.message}` : ''}`,
              { cause },
            ),
      );
    });
  }

  write(data: Uint8Array): Promise<void> {
    const port = this.#port;
    if (!port) {
      return Promise.reject(new TransportError('not-open', `${this.description} is not open`));
    }
    return guardedWrite(
      this.#events,
      this.description,
      this.#options.writeTimeoutMs,
      (done) => port.write(Buffer.from(data), (error) => (error ? done(error) : port.drain(done))),
      // A stalled port is useless until reopened; closing also fails the pending write.
      () => port.close(),
    );
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.#events.onData(listener);
  }

  onClose(listener: (error: TransportError | undefined) => void): () => void {
    return this.#events.onClose(listener);
  }

  close(): Promise<void> {
    const port = this.#port;
    if (!port) return Promise.resolve();
    this.#closing = true;
    return new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
