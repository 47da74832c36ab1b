// The link to a printer, whatever carries it: TCP, a USB printer device file, a serial port or
// the in-process virtual printer. Promise-based and small, so each implementation is a thin
// twin of the others and the driver never knows which it has.

export interface PrinterTransport {
  /** For logs and status screens, e.g. "tcp://10.0.0.5:9100". No personal data. */
  readonly description: string;
  readonly isOpen: boolean;
  /**
   * Whether replies can come back on this link. False for a FIFO or a plain file, which
   * carry bytes one way only; the driver then prints without a status check.
   */
  readonly canRead: boolean;
  open(): Promise<void>;
  /** Resolves when the bytes have been handed to the operating system (or the simulator). */
  write(data: Uint8Array): Promise<void>;
  /** Bytes from the printer as they arrive. Returns an unsubscribe function. */
  onData(listener: (chunk: Buffer) => void): () => void;
  /** The link closed: `error` is set when it went away rather than being closed by us. */
  onClose(listener: (error: TransportError | undefined) => void): () => void;
  close(): Promise<void>;
}

export type TransportErrorCode =
  'open-failed' | 'connect-timeout' | 'not-open' | 'link-lost' | 'write-timeout';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Listener bookkeeping shared by the transports. */
export class TransportEvents {
  readonly #data = new Set<(chunk: Buffer) => void>();
  readonly #close = new Set<(error: TransportError | undefined) => void>();

  onData(listener: (chunk: Buffer) => void): () => void {
    this.#data.add(listener);
    return () => this.#data.delete(listener);
  }

  onClose(listener: (error: TransportError | undefined) => void): () => void {
    this.#close.add(listener);
    return () => this.#close.delete(listener);
  }

  get dataListenerCount(): number {
    return this.#data.size;
  }

  emitData(chunk: Buffer): void {
    for (const listener of [...this.#data]) listener(chunk);
  }

  emitClose(error: TransportError | undefined): void {
    for (const listener of [...this.#close]) listener(error);
  }
}

/**
 * Runs one write with a deadline, failing early if the link closes meanwhile. `start` begins
 * the write and calls `done` when the OS has it.
 */
export function guardedWrite(
  events: TransportEvents,
  description: string,
  timeoutMs: number,
  start: (done: (error?: Error | null) => void) => void,
  onTimeout: () => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: TransportError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      offClose();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      finish(
        new TransportError(
          'write-timeout',
          `${description} accepted no data for ${timeoutMs} ms (out of paper or stalled?)`,
        ),
      );
      onTimeout();
    }, timeoutMs);
    const offClose = events.onClose((error) =>
      finish(error ?? new TransportError('link-lost', `${description} closed during a write`)),
    );
    start((error) =>
      finish(
        error
          ? new TransportError('link-lost', `write to ${description} failed: ${error.message}`, {
              cause: error,
            })
          : undefined,
      ),
    );
  });
}
