// "Requests on this kiosk" for staff: find by ticket, phone digits, date or stage; one request's
// details with masked fields only (never a full phone or ID number): its stages, its entries on
// the way to the centre, its print jobs and a cancellation. Each look is audited, by ticket.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { KioskError } from '../../../contract/errors.js';
import type {
  StaffPrintJob,
  StaffRequestDetail,
  StaffRequestMatch,
  StaffRequestQuery,
} from '../../../contract/staffQueue.js';
import { type PrintJobLine, printJobsOfRequest } from '../../../db/repositories/printReprints.js';
import { readStatus } from '../../../db/repositories/requestStatus.js';
import { unsettledEntries, readCancellation } from '../../../db/repositories/staffQueueEntries.js';
import {
  type FoundRequest,
  foundByTicket,
  searchRequests,
} from '../../../db/repositories/staffRequestSearch.js';
import type { StaffGuard } from './staffQueueDeps.js';

export interface StaffRequestsDeps {
  db: Database;
  guard: StaffGuard;
  now: () => Date;
}

export interface StaffRequests {
  find(query: z.output<typeof StaffRequestQuery>): { requests: StaffRequestMatch[] };
  detail(token: string, ticket: string): StaffRequestDetail;
}

const toMatch = (found: FoundRequest): StaffRequestMatch => ({
  ticket: found.ticket,
  createdAt: found.createdAt,
  serviceDate: found.serviceDate,
  category: found.category,
  needId: found.needId,
  urgency: found.urgency,
  emergency: found.emergency,
  maskedName: found.maskedName,
  maskedPhone: found.maskedPhone,
  stage: found.stage,
  upload: found.upload,
  upstreamId: found.upstreamId,
});

export const toStaffPrintJob = (job: PrintJobLine): StaffPrintJob => ({
  jobId: job.id,
  ticket: job.ticket,
  purpose: job.purpose,
  state: job.state,
  problem: job.problem,
  reprintOf: job.reprintOf,
  createdAt: job.createdAt,
});

export function createStaffRequests(deps: StaffRequestsDeps): StaffRequests {
  const { db, guard } = deps;
  const ageOf = (createdAt: string) =>
    Math.max(0, Math.round((deps.now().getTime() - Date.parse(createdAt)) / 1000));
  return {
    find: ({ token, ...search }) => {
      const staff = guard.signedIn(token);
      const requests = searchRequests(db, search).map(toMatch);
      // Which criteria were used, never their values (a phone's digits stay out of the audit).
      guard.audit(staff.id, 'find-requests', {
        by: Object.keys(search).sort().join(',') || 'recent',
        found: requests.length,
      });
      return { requests };
    },
    detail: (token, ticket) => {
      const staff = guard.signedIn(token);
      const found = foundByTicket(db, ticket);
      if (!found) throw new KioskError('not-found', 'request-not-found', ['ticket']);
      const status = readStatus(db, found.id);
      const cancellation = readCancellation(db, found.id);
      guard.audit(staff.id, 'view-request', { ticket: found.ticket });
      return {
        request: { ...toMatch(found), language: found.language },
        stages: [
          { stage: 'accepted', at: status?.acceptedAt ?? null },
          { stage: 'in-progress', at: status?.inProgressAt ?? null },
          { stage: 'done', at: status?.doneAt ?? null },
        ],
        cancellation: cancellation
          ? {
              reason: cancellation.reason,
              note: cancellation.note,
              at: cancellation.cancelledAt,
              staffId: cancellation.staffId,
            }
          : null,
        uploads: unsettledEntries(db)
          .filter((row) => row.requestId === found.id)
          .map((row) => ({
            outboxId: row.outboxId,
            kind: row.kind,
            ticket: row.ticket,
            state: row.state,
            createdAt: row.createdAt,
            ageSeconds: ageOf(row.createdAt),
            attempts: row.attempts,
            nextAttemptAt: row.nextAttemptAt,
            lastError: row.lastError,
            heldReason: row.heldReason,
            serviceCode: row.sentServiceCode ?? row.savedServiceCode,
          })),
        printJobs: printJobsOfRequest(db, found.id).map(toStaffPrintJob),
      };
    },
  };
}
