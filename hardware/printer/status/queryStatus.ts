// Asks the printer DLE EOT 1..4, one at a time, each with a deadline. One at a time because the
// replies carry no tag: with all four in flight, a missing reply would shift the others onto the
// wrong meaning. Bytes that do not have the status shape (stray or garbled) are skipped.
import { systemClock, type Clock } from '../../link/clock.js';
import { LinkError, type Connection } from '../../link/link.js';
import { watchClose } from '../../link/watchClose.js';
import { statusFromReplies, unansweredStatus, type PrinterStatus } from './printerStatus.js';
import { hasStatusShape, statusKinds, statusRequest, type StatusKind } from './statusBytes.js';

export interface StatusQueryOptions {
  /** Per request. Real printers answer in a few milliseconds even when offline. */
  readonly timeoutMs?: number;
  readonly clock?: Clock;
}

export const defaultStatusTimeoutMs = 1_000;

/** Collects status-shaped bytes from a link for one query. */
class ReplyReader {
  readonly #queue: number[] = [];
  #waiter: ((byte: number | undefined) => void) | undefined;
  #closed = false;
  readonly #offData: () => void;
  readonly #offClose: () => void;

  constructor(link: Connection) {
    this.#offData = link.onData((chunk) => {
      for (const byte of chunk) if (hasStatusShape(byte)) this.#queue.push(byte);
      this.#wake();
    });
    this.#closed = link.isClosed;
    this.#offClose = watchClose(link, () => {
      this.#closed = true;
      this.#wake();
    });
  }

  next(timeoutMs: number, clock: Clock): Promise<number | undefined> {
    return new Promise((resolve) => {
      const cancel = clock.after(timeoutMs, () => this.#waiter?.(undefined));
      this.#waiter = (byte) => {
        cancel();
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
  link: Connection,
  options: StatusQueryOptions = {},
): Promise<PrinterStatus> {
  if (!link.canRead) {
    return unansweredStatus('not-queried', `${link.description} carries no replies`);
  }
  const timeoutMs = options.timeoutMs ?? defaultStatusTimeoutMs;
  const clock = options.clock ?? systemClock;
  const reader = new ReplyReader(link);
  try {
    const replies: number[] = [];
    for (const kind of order) {
      await link.write(statusRequest(kind));
      const byte = await reader.next(timeoutMs, clock);
      if (byte === undefined) {
        return unansweredStatus('no-reply', `no answer to DLE EOT ${kind} within ${timeoutMs} ms`);
      }
      replies.push(byte);
    }
    return statusFromReplies(replies);
  } catch (error) {
    if (error instanceof LinkError) return unansweredStatus('no-reply', error.message);
    throw error;
  } finally {
    reader.dispose();
  }
}
