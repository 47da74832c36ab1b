// Asks the printer DLE EOT 1..4, one at a time, each with a deadline. One at a time because the
// replies carry no tag: with all four in flight, a missing reply would shift the others onto the
// wrong meaning. Bytes that do not have the status shape (stray or garbled) are skipped.
import { systemTimers, type TimerHandle, type Timers } from '../timers.js';
import { TransportError, type PrinterTransport } from '../transport/printerTransport.js';
import { statusFromReplies, unansweredStatus, type PrinterStatus } from './printerStatus.js';
import { hasStatusShape, statusKinds, statusRequest, type StatusKind } from './statusBytes.js';

export interface StatusQueryOptions {
  /** Per request. Real printers answer in a few milliseconds even when offline. */
  readonly timeoutMs?: number;
  readonly timers?: Timers;
}

export const defaultStatusTimeoutMs = 1_000;

/** Collects status-shaped bytes from a link for one query. */
class ReplyReader {
  readonly #queue: number[] = [];
  #waiter: ((byte: number | undefined) => void) | undefined;
  #closed = false;
  readonly #offData: () => void;
  readonly #offClose: () => void;

  constructor(link: PrinterTransport) {
    this.#offData = link.onData((chunk) => {
      for (const byte of chunk) if (hasStatusShape(byte)) this.#queue.push(byte);
      this.#wake();
    });
    this.#offClose = link.onClose(() => {
      this.#closed = true;
      this.#wake();
    });
  }

  next(timeoutMs: number, timers: Timers): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer: TimerHandle = timers.setTimeout(() => this.#waiter?.(undefined), timeoutMs);
      this.#waiter = (byte) => {
        timers.clearTimeout(timer);
        this.#waiter = undefined;
        resolve(byte);
      };
      this.#wake();
    });
  }

  #wake(): void {
    if (!this.#waiter) return;
    const byte = this.#queue.shift();
    if (byte !== undefined) this.#waiter(byte);
    else if (this.#closed) this.#waiter(undefined);
  }

  dispose(): void {
    this.#offData();
    this.#offClose();
  }
}

const order: readonly StatusKind[] = [
  statusKinds.printer,
  statusKinds.offlineCause,
  statusKinds.errorCause,
  statusKinds.paperSensor,
];

/**
 * Queries an open link. Never throws for link trouble: a printer that does not answer, or a
 * link that fails, is reported as offline ("no-reply"). A link that cannot carry replies
 * (FIFO, plain file) gives "not-queried".
 */
export async function queryStatus(
  link: PrinterTransport,
  options: StatusQueryOptions = {},
): Promise<PrinterStatus> {
  if (!link.canRead) {
    return unansweredStatus('not-queried', `${link.description} carries no replies`);
  }
  const timeoutMs = options.timeoutMs ?? defaultStatusTimeoutMs;
  const timers = options.timers ?? systemTimers;
  const reader = new ReplyReader(link);
  try {
    const replies: number[] = [];
    for (const kind of order) {
      await link.write(statusRequest(kind));
      const byte = await reader.next(timeoutMs, timers);
      if (byte === undefined) {
        return unansweredStatus('no-reply', `no answer to DLE EOT ${kind} within ${timeoutMs} ms`);
      }
      replies.push(byte);
    }
    return statusFromReplies(replies);
  } catch (error) {
    if (error instanceof TransportError) return unansweredStatus('no-reply', error.message);
    throw error;
  } finally {
    reader.dispose();
  }
}
