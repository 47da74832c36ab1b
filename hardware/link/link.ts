// The one link layer under both drivers: a byte stream to a device, whatever carries it (a serial
// port, raw TCP, a device file, HID reports, or an in-memory pair wired to a simulator). A Link
// knows how to reach a device; each open() yields a Connection that lives until it is closed or
// the device goes away, after which the driver opens a fresh one. Small and Promise-based, in the
// spirit of node-serialport's bindings-interface, so the drivers never know which link they have.

/** Why a link failed. Stable strings: the drivers map them to their own outcomes. */
export type LinkErrorCode =
  | 'open-failed' // the device is not there, refused, or busy
  | 'connect-timeout' // a network device did not answer the connection in time
  | 'not-open' // a write on a connection that has already ended
  | 'link-lost' // the device went away (unplugged, reset, port closed under us)
  | 'write-timeout'; // the device accepted nothing for the write timeout (out of paper, stalled)

export class LinkError extends Error {
  override readonly name = 'LinkError';
  constructor(
    readonly code: LinkErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface Connection {
  /** Where it is connected, for logs and status screens. No personal data. */
  readonly description: string;
  /**
   * Whether replies can come back. False for a FIFO or a plain file, which carry bytes one way;
   * a driver then works without asking the device anything.
   */
  readonly canRead: boolean;
  /**
   * Sends bytes; resolves when the operating system (or the simulator) has them. Links that frame
   * their own packets (HID) expect one whole protocol frame per call. Rejects with a LinkError.
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Received bytes, in chunks of any size. Returns an unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /**
   * Settles once when the connection ends: undefined after close(), the LinkError when the device
   * went away. It never rejects.
   */
  readonly closed: Promise<LinkError | undefined>;
  /** Whether the connection has ended (closed by us or lost). */
  readonly isClosed: boolean;
  /** Closes the connection cleanly; resolves once it is closed. Safe to call more than once. */
  close(): Promise<void>;
}

export interface Link {
  /** Where it connects, e.g. "tcp://10.0.0.5:9100", "serial:/dev/ttyUSB0?baud=115200". */
  readonly description: string;
  /** Opens a new connection; rejects with a LinkError if the device is not there. */
  open(): Promise<Connection>;
}

/** Listener bookkeeping and the closed promise, shared by the Connection implementations. */
export class ConnectionEvents {
  readonly #listeners = new Set<(chunk: Uint8Array) => void>();
  #settle: (cause: LinkError | undefined) => void = () => undefined;
  #ended = false;
  readonly closed: Promise<LinkError | undefined> = new Promise((resolve) => {
    this.#settle = resolve;
  });

  get isClosed(): boolean {
    return this.#ended;
  }

  get dataListenerCount(): number {
    return this.#listeners.size;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emitData(chunk: Uint8Array): void {
    if (this.#ended) return;
    for (const listener of [...this.#listeners]) listener(chunk);
  }

  /** Marks the connection ended; the first call wins. */
  end(cause?: LinkError): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#listeners.clear();
    this.#settle(cause);
  }
}

export const notOpen = (description: string): LinkError =>
  new LinkError('not-open', `${description}: the connection is closed`);

/** Wraps whatever a device API threw as a LinkError (kept as the cause). */
export function lostLink(description: string, cause: unknown): LinkError {
  if (cause instanceof LinkError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new LinkError('link-lost', `${description} went away: ${message}`, { cause });
}

/**
 * Runs one write with a deadline, failing early if the connection ends meanwhile. `start` begins
 * the write and calls `done` when the OS has it; `onTimeout` gives up on the stalled device.
 */
export function guardedWrite(
  events: ConnectionEvents,
  description: string,
  timeoutMs: number,
  start: (done: (error?: Error | null) => void) => void,
  onTimeout: () => void,
): Promise<void> {
  if (events.isClosed) return Promise.reject(notOpen(description));
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: LinkError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      finish(
        new LinkError(
          'write-timeout',
          `${description} accepted no data for ${timeoutMs} ms (out of paper or stalled?)`,
        ),
      );
      onTimeout();
    }, timeoutMs);
    void events.closed.then((error) =>
      finish(error ?? new LinkError('link-lost', `${description} closed during a write`)),
    );
    start((error) =>
      finish(
        error
          ? new LinkError('link-lost', `write to ${description} failed: ${error.message}`, {
              cause: error,
            })
          : undefined,
      ),
    );
  });
}
