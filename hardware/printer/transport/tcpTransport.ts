// Raw TCP to a network printer (port 9100, "JetDirect"). One connection, kept open between
// jobs and reopened on the next use after it drops.
import { connect, type Socket } from 'node:net';
import {
  TransportError,
  TransportEvents,
  guardedWrite,
  type PrinterTransport,
} from './printerTransport.js';

export interface TcpTransportOptions {
  readonly host: string;
  readonly port?: number;
  readonly connectTimeoutMs?: number;
  readonly writeTimeoutMs?: number;
}

export const defaultPrinterPort = 9100;

export class TcpTransport implements PrinterTransport {
  readonly canRead = true;
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #host: string;
  readonly #port: number;
  readonly #connectTimeoutMs: number;
  readonly #writeTimeoutMs: number;
  #socket: Socket | undefined;
  #opening: Promise<void> | undefined;
  #closing = false;

  constructor(options: TcpTransportOptions) {
    this.#host = options.host;
    this.#port = options.port ?? defaultPrinterPort;
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
    const host = this.#host.includes(':') ? `[${this.#host}]` : this.#host;
    this.description = `tcp://${host}:${this.#port}`;
  }

  get isOpen(): boolean {
    return this.#socket !== undefined;
  }

  open(): Promise<void> {
    if (this.#socket) return Promise.resolve();
    // Two callers opening at once share one connection attempt.
    this.#opening ??= this.#connect().finally(() => {
      this.#opening = undefined;
    });
    return this.#opening;
  }

  #connect(): Promise<void> {
    this.#closing = false;
    return new Promise<void>((resolve, reject) => {
      const socket = connect({ host: this.#host, port: this.#port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new TransportError(
            'connect-timeout',
            `no answer from ${this.description} within ${this.#connectTimeoutMs} ms`,
          ),
        );
      }, this.#connectTimeoutMs);
      const onError = (error: Error): void => {
        clearTimeout(timer);
        reject(
          new TransportError(
            'open-failed',
            `cannot connect to ${this.description}: ${error.message}`,
            {
              cause: error,
            },
          ),
        );
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', onError);
        // Small status requests must not wait for Nagle; keep-alive notices a pulled cable.
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5_000);
        this.#attach(socket);
        resolve();
      });
    });
  }

  #attach(socket: Socket): void {
    this.#socket = socket;
    let lastError: Error | undefined;
    socket.on('data', (chunk: Buffer) => this.#events.emitData(chunk));
    socket.on('error', (error) => (lastError = error));
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = undefined;
      const reason = lastError ? `: ${lastError.message}` : '';
      this.#events.emitClose(
        this.#closing
          ? undefined
          : new TransportError('link-lost', `${this.description} closed the connection${reason}`),
      );
    });
  }

  write(data: Uint8Array): Promise<void> {
    const socket = this.#socket;
    if (!socket) {
      return Promise.reject(new TransportError('not-open', `${this.description} is not open`));
    }
    return guardedWrite(
      this.#events,
      this.description,
      this.#writeTimeoutMs,
      (done) => socket.write(data, done),
      () => socket.destroy(),
    );
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.#events.onData(listener);
  }

  onClose(listener: (error: TransportError | undefined) => void): () => void {
    return this.#events.onClose(listener);
  }

  close(): Promise<void> {
    const socket = this.#socket;
    if (!socket) return Promise.resolve();
    this.#closing = true;
    return new Promise<void>((resolve) => {
      // Give queued bytes a moment to leave, then let go regardless.
      const timer = setTimeout(() => socket.destroy(), 1_000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.end();
    });
  }
}
