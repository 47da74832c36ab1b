// Raw TCP to a network device (a receipt printer's port 9100, "JetDirect"). Each open() is a new
// connection. close() ends it the way print servers expect: our FIN after the last byte, then we
// wait for the peer to close its side (a spooling server prints the job only then), and destroy
// the socket only if the peer never does within closeTimeoutMs.
import { connect, type Socket } from 'node:net';
import { ConnectionEvents, LinkError, guardedWrite, type Connection, type Link } from './link.js';

export interface TcpLinkOptions {
  readonly host: string;
  readonly port: number;
  readonly connectTimeoutMs?: number;
  readonly writeTimeoutMs?: number;
  /** How long close() waits for the peer to close its side before resetting. */
  readonly closeTimeoutMs?: number;
}

export function tcpDescription(host: string, port: number): string {
  return `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

class TcpConnection implements Connection {
  readonly canRead = true;
  readonly #events = new ConnectionEvents();
  readonly closed = this.#events.closed;
  #closing: Promise<void> | undefined;

  constructor(
    private readonly socket: Socket,
    readonly description: string,
    private readonly options: Required<Omit<TcpLinkOptions, 'host' | 'port'>>,
  ) {
    let lastError: Error | undefined;
    socket.on('data', (chunk: Buffer) => this.#events.emitData(chunk));
    socket.on('error', (error) => (lastError = error));
    socket.on('close', () => {
      if (this.#closing) return this.#events.end();
      const reason = lastError ? `: ${lastError.message}` : '';
      this.#events.end(
        new LinkError('link-lost', `${description} closed the connection${reason}`, {
          cause: lastError,
        }),
      );
    });
  }

  get isClosed(): boolean {
    return this.#events.isClosed;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.#closing)
      return Promise.reject(new LinkError('not-open', `${this.description} is closing`));
    return guardedWrite(
      this.#events,
      this.description,
      this.options.writeTimeoutMs,
      (done) => this.socket.write(bytes, done),
      () => this.socket.destroy(),
    );
  }

  close(): Promise<void> {
    if (this.#events.isClosed) return Promise.resolve();
    this.#closing ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.socket.destroy(), this.options.closeTimeoutMs);
      void this.#events.closed.then(() => {
        clearTimeout(timer);
        resolve();
      });
      // end() sends our FIN once every queued byte has left; the peer answers with its own.
      this.socket.end();
    });
    return this.#closing;
  }
}

export function createTcpLink(options: TcpLinkOptions): Link {
  const description = tcpDescription(options.host, options.port);
  const connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
  const rest = {
    connectTimeoutMs,
    writeTimeoutMs: options.writeTimeoutMs ?? 10_000,
    closeTimeoutMs: options.closeTimeoutMs ?? 3_000,
  };
  return {
    description,
    open: () =>
      new Promise<Connection>((resolve, reject) => {
        const socket = connect({ host: options.host, port: options.port });
        const timer = setTimeout(() => {
          socket.destroy();
          reject(
            new LinkError(
              'connect-timeout',
              `no answer from ${description} within ${connectTimeoutMs} ms`,
            ),
          );
        }, connectTimeoutMs);
        const onError = (error: Error): void => {
          clearTimeout(timer);
          reject(
            new LinkError('open-failed', `cannot connect to ${description}: ${error.message}`, {
              cause: error,
            }),
          );
        };
        socket.once('error', onError);
        socket.once('connect', () => {
          clearTimeout(timer);
          socket.off('error', onError);
          // Small status requests must not wait for Nagle; keep-alive notices a pulled cable.
          socket.setNoDelay(true);
          socket.setKeepAlive(true, 5_000);
          resolve(new TcpConnection(socket, description, rest));
        });
      }),
  };
}
