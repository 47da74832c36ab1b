// Printing never blocks or endangers a request: the job is recorded first, printed in the
// background one at a time, and a failure is kept for staff to reprint.
// Nothing here may throw or reject: submit() runs after a request is already saved, and the
// queue runs with no caller at all, where a rejection would end the process. A job the disk
// cannot record (SQLITE_FULL, SQLITE_IOERR, SQLITE_CORRUPT) is still printed, and how it ended
// is kept in memory so the screen can tell the resident the truth.
// The caller's reply never waits for the printer: the job is written without its own fsync (a
// failure, written moments later, is fsynced and carries it to disk; a process crash keeps it
// either way), and the receipt is rendered and sent to the printer after this turn, so the
// resident's "saved" goes out first (issue 16: it cost a submit 10–20 ms).
// The printer's answer is told to whoever waits for it before it is written, and the write is
// the next turn's: "take your receipt" does not wait for the disk (issue 16). A printed job is
// marked without an fsync of its own (the next fsynced commit carries it); a power cut before
// that can only leave it 'printing', which staff see as one to reprint.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { commitDurably, commitWithoutFsync } from '../../../db/openDatabase.js';
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
import { errorFields } from '../errorFields.js';
import { type OutcomeTimers, createOutcomeWaiters } from './outcomeWaiters.js';
import type { Logger } from '../logger.js';

export interface PrintService {
  /** Records the job and starts printing it; returns at once with state 'printing'. Never throws. */
  submit(job: {
    purpose: PrintPurpose;
    requestId: number | null;
    document: ReceiptDocument;
  }): ReceiptOutcome;
  /** The outcome of a receipt that never reached the printer (its document could not be built),
   *  kept so getReceiptOutcome answers for it like for any other job. */
  notPrinted(problem: string): ReceiptOutcome;
  /** Like submit, for a reply that must not wait for the receipt: the document is built and the
   *  job recorded in the next turn, then printed. Until recorded the job reads as 'printing'; a
   *  document not built (`build` gives null) ends the job as failed with receiptNotBuilt, told
   *  to its waiters like any outcome. Never throws. */
  submitAfterThisTurn(job: {
    purpose: PrintPurpose;
    requestId: number | null;
    build: () => ReceiptDocument | null;
  }): ReceiptOutcome;
  outcome(jobId: string): ReceiptOutcome | undefined;
  /** The outcome once it is no longer `seenState`, or as it is after `waitMs`; undefined for an
   *  unknown job. Resolves the moment the printer's answer is stored. */
  waitOutcome(
    jobId: string,
    seenState: ReceiptOutcome['state'],
    waitMs: number,
  ): Promise<ReceiptOutcome | undefined>;
  /** Resolves when every job submitted so far has finished (tests, benchmarks, shutdown). */
  idle(): Promise<void>;
}

/** The problem code of a receipt whose document could not even be put together. */
export const receiptNotBuilt = 'receipt-not-built';

/** Outcomes the database could not keep; the newest few, for the result screen's polling. */
const unrecordedKept = 100;

export function createPrintService(deps: {
  db: Database;
  printer: PrinterDevice;
  logger: Logger;
  now: () => Date;
  /** For waitOutcome's deadline; the system's timers unless a test passes fake ones. */
  timers?: OutcomeTimers;
}): PrintService {
  const { db, printer, logger, now } = deps;
  let queue: Promise<void> = Promise.resolve();
  const unrecorded = new Map<string, ReceiptOutcome>();
  /** Answers told to waiters and not yet written (for one turn), and jobs not yet recorded. */
  const answered = new Map<string, ReceiptOutcome>();
  const waiters = createOutcomeWaiters(deps.timers);

  const remember = (outcome: ReceiptOutcome) => {
    unrecorded.delete(outcome.jobId);
    unrecorded.set(outcome.jobId, outcome);
    for (const oldest of unrecorded.keys()) {
      if (unrecorded.size <= unrecordedKept) break;
      unrecorded.delete(oldest);
    }
  };

  /** Wakes a job's waiters with how it ended, then writes it (when the disk refuses, memory
   *  keeps it). The waiters' replies leave in this turn; the write is the next one's. */
  const keep = async (outcome: ReceiptOutcome, recorded: boolean) => {
    const at = now().toISOString();
    answered.set(outcome.jobId, outcome);
    waiters.notify(outcome.jobId);
    await new Promise<void>((resolve) => setImmediate(resolve));
    store(outcome, recorded, at);
    answered.delete(outcome.jobId);
  };

  const store = (outcome: ReceiptOutcome, recorded: boolean, at: string) => {
    if (recorded) {
      try {
        // A failure is fsynced: staff must find it to reprint. A printed job needs nothing
        // more, so its mark waits for the next fsynced commit and the disk does not hold up
        // the calls that follow the answer (the result screen's own are next).
        if (outcome.state === 'failed') {
          commitDurably(db, () => markFailed(db, outcome.jobId, outcome.problem ?? '', at));
        } else {
          commitWithoutFsync(db, () => markPrinted(db, outcome.jobId, outcome.warnings, at));
        }
        unrecorded.delete(outcome.jobId);
        return;
      } catch (error) {
        logger.error('print job outcome not stored', {
          jobId: outcome.jobId,
          ...errorFields(error),
        });
      }
    }
    remember(outcome);
  };

  const print = async (jobId: string, document: ReceiptDocument, recorded: boolean) => {
    try {
      const result = await printer.print(jobId, document);
      await keep(
        { jobId, state: 'printed', problem: null, warnings: [...result.warnings] },
        recorded,
      );
      if (result.warnings.length > 0)
        logger.warn('printed with a warning', { jobId, warnings: result.warnings });
    } catch (error) {
      const problem = error instanceof PrintError ? error.reason : 'printer-error';
      await keep({ jobId, state: 'failed', problem, warnings: [] }, recorded);
      logger.warn('receipt not printed; kept for reprint', { jobId, problem });
    }
  };

  const outcome = (jobId: string): ReceiptOutcome | undefined => {
    const kept = answered.get(jobId) ?? unrecorded.get(jobId);
    if (kept) return kept;
    let record: ReturnType<typeof readPrintJob>;
    try {
      record = readPrintJob(db, jobId);
    } catch (error) {
      logger.error('print job not readable', { jobId, ...errorFields(error) });
      return undefined;
    }
    if (!record) return undefined;
    const state =
      record.state === 'failed' ? 'failed' : record.state === 'printing' ? 'printing' : 'printed';
    return { jobId, state, problem: record.problem, warnings: record.warnings };
  };

  /** Records the job (false when the disk refused; then memory keeps its outcome). */
  const record = (
    jobId: string,
    job: { purpose: PrintPurpose; requestId: number | null },
    document: ReceiptDocument,
  ): boolean => {
    try {
      commitWithoutFsync(db, () =>
        recordPrintJob(db, {
          id: jobId,
          requestId: job.requestId,
          purpose: job.purpose,
          document,
          now: now().toISOString(),
        }),
      );
      return true;
    } catch (error) {
      // Printed anyway: the resident's paper receipt matters more than our record of it.
      logger.error('print job not recorded; printing it anyway', {
        jobId,
        purpose: job.purpose,
        ...errorFields(error),
      });
      remember({ jobId, state: 'printing', problem: null, warnings: [] });
      return false;
    }
  };

  return {
    submit(job) {
      const jobId = randomUUID();
      const recorded = record(jobId, job, job.document);
      const started: ReceiptOutcome = { jobId, state: 'printing', problem: null, warnings: [] };
      // Scheduled now, so it runs before anything that waits a turn after this one.
      const afterThisTurn = new Promise<void>((resolve) => setImmediate(resolve));
      queue = queue
        .then(() => afterThisTurn)
        .then(() => print(jobId, job.document, recorded))
        .catch((error: unknown) => logger.error('print queue failed', errorFields(error)));
      return started;
    },
    submitAfterThisTurn(job) {
      const jobId = randomUUID();
      const started: ReceiptOutcome = { jobId, state: 'printing', problem: null, warnings: [] };
      answered.set(jobId, started);
      // Built and recorded in the next turn whatever the queue holds; printed in its turn.
      const built = new Promise<{ document: ReceiptDocument; recorded: boolean } | null>(
        (resolve) =>
          setImmediate(() => {
            let document: ReceiptDocument | null = null;
            try {
              document = job.build();
            } catch (error) {
              logger.error('receipt not built', { jobId, ...errorFields(error) });
            }
            const recorded = document !== null && record(jobId, job, document);
            answered.delete(jobId);
            resolve(document === null ? null : { document, recorded });
          }),
      );
      queue = queue
        .then(() => built)
        .then((ready) =>
          ready === null
            ? keep({ jobId, state: 'failed', problem: receiptNotBuilt, warnings: [] }, false)
            : print(jobId, ready.document, ready.recorded),
        )
        .catch((error: unknown) => logger.error('print queue failed', errorFields(error)));
      return started;
    },
    notPrinted(problem) {
      const outcome: ReceiptOutcome = {
        jobId: randomUUID(),
        state: 'failed',
        problem,
        warnings: [],
      };
      remember(outcome);
      return outcome;
    },
    outcome,
    async waitOutcome(jobId, seenState, waitMs) {
      const current = outcome(jobId);
      if (!current || current.state !== seenState || waitMs === 0) return current;
      await waiters.wait(jobId, waitMs);
      return outcome(jobId);
    },
    idle: () => queue,
  };
}
