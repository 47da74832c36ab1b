// Why a print did not happen. Every failure carries the job back, so the caller can put it on
// the reprint list for staff: nothing a resident asked for is lost with the paper.
import type { PrinterStatus, RefusalReason } from '../status/printerStatus.js';
import type { PrintJob } from './printJob.js';

export type PrintFailureReason = RefusalReason | 'link-lost' | 'write-timeout';

/**
 * - before-send: nothing was sent (printer not ready or not reachable).
 * - sending: the link failed part-way; part of the receipt may have printed.
 * - after-send: everything was sent but the printer then reported a problem or went silent;
 *   the receipt may be incomplete.
 */
export type PrintPhase = 'before-send' | 'sending' | 'after-send';

export class PrintError extends Error {
  override readonly name = 'PrintError';
  readonly reason: PrintFailureReason;
  readonly phase: PrintPhase;
  readonly job: PrintJob;
  readonly bytesSent: number;
  readonly totalBytes: number;
  readonly status: PrinterStatus | undefined;

  constructor(fields: {
    reason: PrintFailureReason;
    phase: PrintPhase;
    job: PrintJob;
    bytesSent: number;
    totalBytes: number;
    status?: PrinterStatus;
    detail?: string;
    cause?: unknown;
  }) {
    super(
      `print job ${fields.job.id} failed ${fields.phase}: ${fields.reason}` +
        (fields.detail ? ` (${fields.detail})` : ''),
      { cause: fields.cause },
    );
    this.reason = fields.reason;
    this.phase = fields.phase;
    this.job = fields.job;
    this.bytesSent = fields.bytesSent;
    this.totalBytes = fields.totalBytes;
    this.status = fields.status;
  }

  /** Part of the receipt may be on paper, so staff should check before reprinting. */
  get mayHavePrinted(): boolean {
    return this.phase !== 'before-send' && this.bytesSent > 0;
  }
}
