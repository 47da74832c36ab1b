// Reprints for staff: a kept print job (a failed one, or any receipt of a request) printed again
// from its stored document with "补打 · 工作人员 <name> · <time>" on top in the receipt's
// language, recorded as a job of its own that points at the one it repeats, and audited. The
// printing itself is the print service's, so a reprint fails and is kept like any other job.
import type { Database } from 'better-sqlite3';
import type { Language, ReceiptOutcome } from '../../../contract/index.js';
import { KioskError } from '../../../contract/errors.js';
import type { StaffPrintJob } from '../../../contract/staffQueue.js';
import { readPrintJob } from '../../../db/repositories/printJobs.js';
import {
  failedPrintJobs,
  linkReprint,
  originalJobId,
} from '../../../db/repositories/printReprints.js';
import { getRequest } from '../../../db/repositories/requests.js';
import { localDateTime } from '../intake/localTime.js';
import type { PrintService } from '../receipts/printService.js';
import { markedReprint } from '../receipts/reprintMark.js';
import type { StaffGuard } from './staffQueueDeps.js';
import { toStaffPrintJob } from './staffRequests.js';

export interface StaffReprintDeps {
  db: Database;
  guard: StaffGuard;
  printing: Pick<PrintService, 'submit'>;
  timeZone: string;
  now: () => Date;
}

export interface StaffReprints {
  failed(token: string): { jobs: StaffPrintJob[] };
  reprint(token: string, jobId: string): ReceiptOutcome;
}

export function createStaffReprints(deps: StaffReprintDeps): StaffReprints {
  const { db, guard } = deps;
  return {
    failed: (token) => {
      const staff = guard.signedIn(token);
      const jobs = failedPrintJobs(db).map(toStaffPrintJob);
      guard.audit(staff.id, 'view-failed-prints', { jobs: jobs.length });
      return { jobs };
    },
    reprint: (token, jobId) => {
      const staff = guard.signedIn(token);
      const chosen = readPrintJob(db, jobId);
      if (!chosen) throw new KioskError('not-found', 'print-job-not-found', ['jobId']);
      const original = readPrintJob(db, originalJobId(db, jobId)) ?? chosen;
      const request = chosen.requestId === null ? undefined : getRequest(db, chosen.requestId);
      const language: Language = request?.language ?? 'zh-CN';
      let document;
      try {
        document = markedReprint(original.document, {
          language,
          staffName: staff.name,
          localTime: localDateTime(deps.now(), deps.timeZone),
        });
      } catch {
        throw new KioskError('not-allowed', 'print-job-unreadable', ['jobId']);
      }
      const outcome = deps.printing.submit({
        purpose: chosen.purpose,
        requestId: chosen.requestId,
        document,
      });
      linkReprint(db, {
        reprintId: outcome.jobId,
        of: chosen.id,
        staffId: staff.id,
        now: deps.now().toISOString(),
      });
      guard.audit(staff.id, 'reprint', {
        ticket: request?.ticket ?? null,
        purpose: chosen.purpose,
        wasFailed: chosen.state === 'failed',
      });
      return outcome;
    },
  };
}
