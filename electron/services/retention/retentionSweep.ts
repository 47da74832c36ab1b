// Transient rows go after the retention window, so the database stops growing by ~3 MB per 1,000
// requests for ever: print jobs (each keeps its whole receipt document; staff reprint only recent
// ones), directory snapshots a newer one replaced, and settled survey entries with any sheet they
// still hold (surveyRetention.ts); and the journeys' settled bookings, ballots, queue numbers and
// past slots (journeyRetention.ts). Nothing the exactly-once guarantee or a look-up needs is
// touched: requests, their status, the outbox's other entries, dead letters and resends stay
// (docs/exactly-once.md); personal fields have their own purge in the upload worker. Runs at
// start and then once a day; the timers come from the caller, so tests drive a fake clock.
import type { Database } from 'better-sqlite3';
import { purgeSupersededSnapshots } from '../../../db/repositories/communitySnapshots.js';
import { purgePrintJobsBefore } from '../../../db/repositories/printJobs.js';
import { errorFields } from '../errorFields.js';
import { purgeSettledSurveysBefore } from '../survey/surveyRetention.js';
import { type JourneyPurge, purgeSettledJourneysBefore } from './journeyRetention.js';
import type { Logger } from '../logger.js';

export const sweepEveryMs = 24 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

export interface SweepTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SweepResult extends JourneyPurge {
  printJobs: number;
  snapshots: number;
  /** Settled survey entries (delivered, or refused with 404 and kept here), with their sheets. */
  surveyEntries: number;
}

export interface RetentionSweep {
  /** Deletes what is older than the window now. Never throws: a failure is logged. */
  sweep(): SweepResult;
  /** Sweeps now and then every sweepEveryMs; returns a function that stops it. */
  start(): () => void;
}

const nothingDeleted: SweepResult = {
  printJobs: 0,
  snapshots: 0,
  surveyEntries: 0,
  appointmentBookings: 0,
  appointmentSlots: 0,
  voteBallots: 0,
  queueNumbers: 0,
};

const systemTimers: SweepTimers = {
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    // A daily chore must not keep a stopping process alive.
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createRetentionSweep(deps: {
  db: Database;
  retentionDays: number;
  now: () => Date;
  logger: Logger;
  timers?: SweepTimers;
}): RetentionSweep {
  const timers = deps.timers ?? systemTimers;
  const sweep = (): SweepResult => {
    const cutoff = new Date(deps.now().getTime() - deps.retentionDays * dayMs).toISOString();
    try {
      const result = deps.db
        .transaction(() => ({
          printJobs: purgePrintJobsBefore(deps.db, cutoff),
          snapshots: purgeSupersededSnapshots(deps.db, cutoff),
          surveyEntries: purgeSettledSurveysBefore(deps.db, cutoff),
          ...purgeSettledJourneysBefore(deps.db, cutoff),
        }))
        .immediate();
      if (Object.values(result).some((deleted) => deleted > 0))
        deps.logger.info('transient rows deleted after the retention window', { ...result });
      return result;
    } catch (error) {
      deps.logger.error('retention sweep failed; trying again tomorrow', errorFields(error));
      return { ...nothingDeleted };
    }
  };
  return {
    sweep,
    start() {
      let stopped = false;
      let timer: unknown;
      const run = () => {
        if (stopped) return;
        sweep();
        timer = timers.setTimeout(run, sweepEveryMs);
      };
      run();
      return () => {
        stopped = true;
        timers.clearTimeout(timer);
      };
    },
  };
}
