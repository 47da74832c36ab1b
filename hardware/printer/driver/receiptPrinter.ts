// The printer driver: status before each print, the job in chunks, status after it, and an
// optional idle poll. One operation at a time. Failures are typed (PrintError) and carry the
// job, so nothing is lost: the caller files it for reprint.
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
import { systemTimers, type TimerHandle, type Timers } from '../timers.js';
import { TransportError, type PrinterTransport } from '../transport/printerTransport.js';
import { Exclusive } from './exclusive.js';
import { PrintError, type PrintFailureReason } from './printErrors.js';
import type { PrintJob, PrintResult } from './printJob.js';

export interface ReceiptPrinterOptions {
  readonly paper: PaperProfile;
  /** "none" prints without asking (a printer or link that cannot report status). */
  readonly statusCheck?: 'query' | 'none';
  readonly statusTimeoutMs?: number;
  /** Bytes per write, so a lost link is noticed part-way through a long job. */
  readonly chunkBytes?: number;
  readonly timers?: Timers;
}

export class ReceiptPrinter {
  readonly paper: PaperProfile;
  readonly #transport: PrinterTransport;
  readonly #statusCheck: 'query' | 'none';
  readonly #statusTimeoutMs: number;
  readonly #chunkBytes: number;
  readonly #timers: Timers;
  readonly #exclusive = new Exclusive();
  readonly #statusListeners = new Set<(status: PrinterStatus) => void>();
  #lastStatus: PrinterStatus | undefined;
  #pollTimer: TimerHandle | undefined;
  #pollGeneration = 0;

  constructor(transport: PrinterTransport, options: ReceiptPrinterOptions) {
    this.#transport = transport;
    this.paper = options.paper;
    this.#statusCheck = options.statusCheck ?? 'query';
    this.#statusTimeoutMs = options.statusTimeoutMs ?? defaultStatusTimeoutMs;
    this.#chunkBytes = options.chunkBytes ?? 1024;
    this.#timers = options.timers ?? systemTimers;
  }

  get description(): string {
    return this.#transport.description;
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
    return this.#exclusive.run(() => this.#readStatus());
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
    return this.#exclusive.run(() => this.#print(job, bytes));
  }

  /** Reads the status every `intervalMs` while idle; a busy printer skips a beat. */
  startPolling(intervalMs: number): void {
    this.stopPolling();
    const generation = this.#pollGeneration;
    const schedule = (): void => {
      this.#pollTimer = this.#timers.setTimeout(() => {
        if (generation !== this.#pollGeneration) return;
        if (this.#exclusive.busy) return schedule();
        void this.status().finally(() => {
          if (generation === this.#pollGeneration) schedule();
        });
      }, intervalMs);
    };
    schedule();
  }

  stopPolling(): void {
    this.#pollGeneration += 1;
    if (this.#pollTimer !== undefined) this.#timers.clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
  }

  async close(): Promise<void> {
    this.stopPolling();
    await this.#exclusive.run(() => this.#transport.close());
  }

  /** `reopen: false` asks on the current connection only (see #print). */
  async #readStatus(reopen = true): Promise<PrinterStatus> {
    let status: PrinterStatus;
    if (this.#statusCheck === 'none') {
      status = unansweredStatus('not-queried', 'status check turned off');
    } else if (!reopen && !this.#transport.isOpen) {
      status = unansweredStatus('no-reply', `${this.#transport.description} closed`);
    } else {
      try {
        await this.#transport.open();
        status = await queryStatus(this.#transport, {
          timeoutMs: this.#statusTimeoutMs,
          timers: this.#timers,
        });
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        status = unansweredStatus('no-reply', error.message);
      }
    }
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

  async #print(job: PrintJob, bytes: Buffer): Promise<PrintResult> {
    let bytesSent = 0;
    const fail = (
      reason: PrintFailureReason,
      phase: PrintError['phase'],
      extra: { status?: PrinterStatus; detail?: string; cause?: unknown } = {},
    ): PrintError =>
      new PrintError({ reason, phase, job, bytesSent, totalBytes: bytes.length, ...extra });

    const before = await this.#readStatus();
    const readiness = assessStatus(before);
    if (!readiness.ready) {
      throw fail(readiness.refusal ?? 'offline', 'before-send', {
        status: before,
        detail: before.detail,
      });
    }
    try {
      await this.#transport.open();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw fail('offline', 'before-send', { status: before, detail, cause: error });
    }
    // Any close from here on means the job may not have arrived whole, even if every write
    // "succeeded" (TCP hands bytes to the kernel long before the printer has them).
    let dropped: TransportError | undefined;
    const offClose = this.#transport.onClose((error) => {
      dropped ??= error ?? new TransportError('link-lost', 'link closed during the job');
    });
    try {
      try {
        for (let offset = 0; offset < bytes.length; offset += this.#chunkBytes) {
          const chunk = bytes.subarray(offset, offset + this.#chunkBytes);
          await this.#transport.write(chunk);
          bytesSent += chunk.length;
        }
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        const reason = error.code === 'write-timeout' ? 'write-timeout' : 'link-lost';
        throw fail(reason, 'sending', { detail: error.message, cause: error });
      }
      // Asked on the same connection, never a new one: the printer answers only after every
      // earlier byte has reached it, so a reply proves the whole job arrived.
      const after = await this.#readStatus(false);
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
        bytesSent,
        warnings: [...warnings],
        statusBefore: before,
        statusAfter: after,
      };
    } finally {
      offClose();
    }
  }
}
