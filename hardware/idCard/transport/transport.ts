// The driver's own transport contract, in the spirit of node-serialport's bindings-interface:
// small, Promise-based, and the same for a serial port, an HID wrapper or the simulator. A
// Transport knows how to reach a device; each open() yields a Connection that lives until it is
// closed or the device goes away, after which the reader opens a fresh one.

export interface Connection {
  /**
   * Sends bytes. Transports that frame their own packets (HID) expect one whole SAM frame per call;
   * the session always writes whole frames.
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Received bytes, in chunks of any size. Returns an unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /**
   * Settles once when the link ends: undefined after close(), the cause when the device went away.
   * It never rejects.
   */
  readonly closed: Promise<Error | undefined>;
  /** Closes the link; resolves when it is closed. Safe to call more than once. */
  close(): Promise<void>;
}

export interface Transport {
  /** Where it connects, for diagnostics (a device path, "hid 10c4:0007", "simulator"). */
  readonly description: string;
  /** Opens a new connection; rejects if the device is not there. */
  open(): Promise<Connection>;
}

/** Listener bookkeeping and the closed promise, shared by the Connection implementations. */
export class ConnectionEvents {
  private readonly listeners = new Set<(chunk: Uint8Array) => void>();
  private settle: (cause: Error | undefined) => void = () => undefined;
  private ended = false;
  readonly closed: Promise<Error | undefined> = new Promise((resolve) => {
    this.settle = resolve;
  });

  get isClosed(): boolean {
    return this.ended;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitData(chunk: Uint8Array): void {
    if (this.ended) return;
    for (const listener of this.listeners) listener(chunk);
  }

  /** Marks the link ended; the first call wins. */
  end(cause?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.listeners.clear();
    this.settle(cause);
  }
}

export class LinkClosedError extends Error {
  constructor(description: string) {
    super(`${description}: the connection is closed`);
    this.name = 'LinkClosedError';
  }
}
