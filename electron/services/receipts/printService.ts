// Printing never blocks or endangers a request: the job is recorded first, printed in the
// background one at a time, and a failure is kept for staff to reprint.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ReceiptOutcome } from '../../../contract/index.js';
import { PrintError, type ReceiptDocument } from '../../../hardware/printer/index.js';
import {
  type PrintPurpose,
  markFailed,
  markPrinted,
  readPrintJob,
  recordPrintJob,
} from '../../../db/repositories/printJobs.js';
import type { PrinterDevice } from '../devices/printerDevice.js';
import type { Logger } from '../logger.js';

export interface PrintService {
  /** Records the job and starts printing it; returns at once with state 'printing'. */
  submit(job: {
    purpose: PrintPurpose;
    requestId: number | null;
    document: ReceiptDocument;
  }): ReceiptOutcome;
  outcome(jobId: string): ReceiptOutcome | undefined;
  /** Resolves when every job submitted so far has finished (tests, benchmarks, shutdown). */
  idle(): Promise<void>;
}

export function createPrintService(deps: {
  db: Database;
  printer: PrinterDevice;
  logger: Logger;
  now: () => Date;
}): PrintService {
  const { db, printer, logger, now } = deps;
  let queue: Promise<void> = Promise.resolve();

  const print = async (jobId: string, document: ReceiptDocument): Promise<void> => {
    try {
      const result = await printer.print(jobId, document);
      markPrinted(db, jobId, [...result.warnings], now().toISOString());
      if (result.warnings.length > 0)
        logger.warn('printed with a warning', { jobId, warnings: result.warnings });
    } catch (error) {
      const problem = error instanceof PrintError ? error.reason : 'printer-error';
      markFailed(db, jobId, problem, now().toISOString());
      logger.warn('receipt not printed; kept for reprint', { jobId, problem });
    }
  };

  return {
    submit(job) {
      const jobId = randomUUID();
      recordPrintJob(db, {
        id: jobId,
        requestId: job.requestId,
        purpose: job.purpose,
        document: job.document,
        now: now().toISOString(),
      });
      queue = queue.then(() => print(jobId, job.document));
      return { jobId, state: 'printing', problem: null, warnings: [] };
    },
    outcome(jobId) {
      const record = readPrintJob(db, jobId);
      if (!record) return undefined;
      const state =
        record.state === 'failed' ? 'failed' : record.state === 'printing' ? 'printing' : 'printed';
      return { jobId, state, problem: record.problem, warnings: record.warnings };
    },
    idle: () => queue,
  };
}
