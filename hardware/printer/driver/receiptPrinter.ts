// The printer driver: status before each print, the job in chunks, status after it, and an
// optional idle poll. One operation at a time, each on one connection of the link (held between
// operations only as long as `holdMs` says). Failures are typed (PrintError) and carry the job,
// so nothing is lost: the caller files it for reprint. A job settles at the printer's answer,
// not when its connection has been let go.
import { systemClock, type Clock } from '../../link/clock.js';
import { LinkError, type Connection, type Link } from '../../link/link.js';
import { watchClose } from '../../link/watchClose.js';
import type { PaperProfile } from '../document/paper.js';
import type { ReceiptDocumentInput } from '../document/receiptDocument.js';
import { renderReceipt } from '../escpos/renderReceipt.js';
import {
  assessStatus,
  unansweredStatus,
  type PrinterStatus,
  type PrintWarning,
} from '../status/printerStatus.js';
import { defaultStatusTimeoutMs, queryStatus } from '../status/queryStatus.js';
import { Exclusive } from './exclusive.js';
import { HeldConnection } from './heldConnection.js';
import { PrintError, type PrintFailureReason } from './printErrors.js';
import type { PrintJob, PrintResult } from './printJob.js';

export interface ReceiptPrinterOptions {
  readonly paper: PaperProfile;
  /** "none" prints without asking (a printer or link that cannot report status). */
  readonly statusCheck?: 'query' | 'none';
  readonly statusTimeoutMs?: number;
  /** Bytes per write, so a lost link is noticed part-way through a long job. */
  readonly chunkBytes?: number;
  /**
   * How long the connection stays open after an operation: Infinity (the default) keeps it
   * between jobs, 0 makes each job and each status query its own connection.
   */
  readonly holdMs?: number;
  readonly clock?: Clock;
}

export class ReceiptPrinter {
  readonly paper: PaperProfile;
  readonly #link: Link;
  readonly #connection: HeldConnection;
  readonly #statusCheck: 'query' | 'none';
  readonly #statusTimeoutMs: number;
  readonly #chunkBytes: number;
  readonly #clock: Clock;
  readonly #exclusive = new Exclusive();
  readonly #statusListeners = new Set<(status: PrinterStatus) => void>();
  #lastStatus: PrinterStatus | undefined;
  #cancelPoll: (() => void) | undefined;
  #pollGeneration = 0;

  constructor(link: Link, options: ReceiptPrinterOptions) {
    this.#link = link;
    this.paper = options.paper;
    this.#statusCheck = options.statusCheck ?? 'query';
    this.#statusTimeoutMs = options.statusTimeoutMs ?? defaultStatusTimeoutMs;
    this.#chunkBytes = options.chunkBytes ?? 1024;
    this.#clock = options.clock ?? systemClock;
    this.#connection = new HeldConnection(
      link,
      options.holdMs ?? Number.POSITIVE_INFINITY,
      this.#clock,
    );
  }

  get description(): string {
    return this.#link.description;
  }

  /** Whether a connection to the printer is open now (between jobs only while held). */
  get connected(): boolean {
    return this.#connection.current !== undefined;
  }

  /** The most recent status read (by a poll, a print or status()). */
  get lastStatus(): PrinterStatus | undefined {
    return this.#lastStatus;
  }

  /** Called with every status read. Returns an unsubscribe function. */
  onStatus(listener: (status: PrinterStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** Reads the status now. Never throws for link trouble: an unreachable printer is offline. */
  status(): Promise<PrinterStatus> {
    return this.#exclusive.run(async () => {
      if (this.#statusCheck === 'none') return this.#readStatus(undefined);
      let connection: Connection;
      try {
        connection = await this.#connection.acquire();
      } catch (error) {
        if (!(error instanceof LinkError)) throw error;
        return this.#report(unansweredStatus('no-reply', error.message));
      }
      try {
        return await this.#readStatus(connection);
      } finally {
        await this.#connection.release();
      }
    });
  }

  /** The bytes a document becomes on this printer's paper. */
  render(document: ReceiptDocumentInput): Buffer {
    return renderReceipt(document, { paper: this.paper });
  }

  /**
   * Prints a job. Resolves with warnings (e.g. paper near end); rejects with PrintError when the
   * printer refuses or fails, and with LayoutError / ReceiptContentError for a bad document.
   */
  async print(job: PrintJob): Promise<PrintResult> {
    const bytes = this.render(job.document);
    // Settles at the printer's answer; letting go of the connection (a network printer's close
    // can take a while) finishes afterwards inside the exclusive section, so the next operation
    // still waits for it but the caller does not.
    return new Promise<PrintResult>((resolve, reject) => {
      this.#exclusive.run(() => this.#print(job, bytes, resolve)).then(resolve, reject);
    });
  }

  /** Reads the status every `intervalMs` while idle; a busy printer skips a beat. */
  startPolling(intervalMs: number): void {
    this.stopPolling();
    const generation = this.#pollGeneration;
    const schedule = (): void => {
      this.#cancelPoll = this.#clock.after(intervalMs, () => {
        if (generation !== this.#pollGeneration) return;
        if (this.#exclusive.busy) return schedule();
        void this.status().finally(() => {
          if (generation === this.#pollGeneration) schedule();
        });
      });
    };
    schedule();
  }

  stopPolling(): void {
    this.#pollGeneration += 1;
    this.#cancelPoll?.();
    this.#cancelPoll = undefined;
  }

  async close(): Promise<void> {
    this.stopPolling();
    await this.#exclusive.run(() => this.#connection.close());
  }

  /** Asks on `connection` only, never a new one (see #print); undefined: not connected. */
  async #readStatus(connection: Connection | undefined): Promise<PrinterStatus> {
    if (this.#statusCheck === 'none') {
      return this.#report(unansweredStatus('not-queried', 'status check turned off'));
    }
    if (!connection || connection.isClosed) {
      return this.#report(unansweredStatus('no-reply', `${this.#link.description} closed`));
    }
    return this.#report(
      await queryStatus(connection, { timeoutMs: this.#statusTimeoutMs, clock: this.#clock }),
    );
  }

  #report(status: PrinterStatus): PrinterStatus {
    this.#lastStatus = status;
    for (const listener of [...this.#statusListeners]) {
      try {
        listener(status);
      } catch {
        // A listener's failure must not break printing or polling.
      }
    }
    return status;
  }

  /** `answered` is told the result as soon as the printer has answered for the whole job. */
  async #print(
    job: PrintJob,
    bytes: Buffer,
    answered: (result: PrintResult) => void,
  ): Promise<PrintResult> {
    const sent = { bytes: 0 };
    const fail: FailureFactory = (reason, phase, extra = {}) =>
      new PrintError({
        reason,
        phase,
        job,
        bytesSent: sent.bytes,
        totalBytes: bytes.length,
        ...extra,
      });
    let connection: Connection;
    try {
      connection = await this.#connection.acquire();
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      const status = this.#report(unansweredStatus('no-reply', error.message));
      throw fail('offline', 'before-send', { status, detail: error.message, cause: error });
    }
    try {
      const result = await this.#printOn(connection, job, bytes, fail, sent);
      // A reply after the job proves it arrived whole (see #printOn); with no status query the
      // clean close is the only proof, so then the result waits for it.
      if (result.statusAfter.source === 'printer') answered(result);
      return result;
    } finally {
      await this.#connection.release();
    }
  }

  /** The job on one connection: status, bytes, status, all on the same connection. */
  async #printOn(
    connection: Connection,
    job: PrintJob,
    bytes: Buffer,
    fail: FailureFactory,
    sent: { bytes: number },
  ): Promise<PrintResult> {
    const before = await this.#readStatus(connection);
    const readiness = assessStatus(before);
    if (!readiness.ready) {
      throw fail(readiness.refusal ?? 'offline', 'before-send', {
        status: before,
        detail: before.detail,
      });
    }
    // Any close from here on means the job may not have arrived whole, even if every write
    // "succeeded" (TCP hands bytes to the kernel long before the printer has them).
    let dropped: LinkError | undefined;
    let finished = false;
    // One watcher for the connection's life, not a reaction per job (watchClose.ts).
    const stopWatching = watchClose(connection, (error) => {
      if (!finished) dropped ??= error ?? new LinkError('link-lost', 'link closed during the job');
    });
    try {
      try {
        for (let offset = 0; offset < bytes.length; offset += this.#chunkBytes) {
          const chunk = bytes.subarray(offset, offset + this.#chunkBytes);
          await connection.write(chunk);
          sent.bytes += chunk.length;
        }
      } catch (error) {
        if (!(error instanceof LinkError)) throw error;
        const reason = error.code === 'write-timeout' ? 'write-timeout' : 'link-lost';
        throw fail(reason, 'sending', { detail: error.message, cause: error });
      }
      // Asked on the same connection, never a new one: the printer answers only after every
      // earlier byte has reached it, so a reply proves the whole job arrived.
      const after = await this.#readStatus(connection);
      if (dropped) {
        throw fail('link-lost', 'after-send', {
          status: after,
          detail: dropped.message,
          cause: dropped,
        });
      }
      const afterReadiness = assessStatus(after);
      if (!afterReadiness.ready) {
        throw fail(afterReadiness.refusal ?? 'offline', 'after-send', {
          status: after,
          detail: after.detail,
        });
      }
      const warnings = new Set<PrintWarning>([...readiness.warnings, ...afterReadiness.warnings]);
      return {
        jobId: job.id,
        bytesSent: sent.bytes,
        warnings: [...warnings],
        statusBefore: before,
        statusAfter: after,
      };
    } finally {
      finished = true;
      stopWatching();
    }
  }
}

type FailureFactory = (
  reason: PrintFailureReason,
  phase: PrintError['phase'],
  extra?: { status?: PrinterStatus; detail?: string; cause?: unknown },
) => PrintError;
