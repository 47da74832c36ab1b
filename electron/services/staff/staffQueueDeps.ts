// What the staff queue, requests and reprint services share: the database, the staff session
// check (staffService.session, which refuses without a live session), the audit row every action
// leaves, and the clock. Kept apart so each service file stays one thing.
import type { Database } from 'better-sqlite3';
import { type AuditDetail, appendAudit } from '../../../db/repositories/auditLog.js';
import type { StaffService } from './staffService.js';

export interface SignedInStaff {
  id: string;
  name: string;
}

export interface StaffGuardDeps {
  db: Database;
  /** The sign-in side: `session(token)` throws `unauthorized` without a live session. */
  staff: Pick<StaffService, 'session'>;
  now: () => Date;
}

export interface StaffGuard {
  /** The signed-in staff member, or an `unauthorized` error. */
  signedIn(token: string): SignedInStaff;
  audit(staffId: string, action: string, detail: AuditDetail): void;
}

export function createStaffGuard(deps: StaffGuardDeps): StaffGuard {
  return {
    signedIn: (token) => deps.staff.session(token).staff,
    audit: (staffId, action, detail) =>
      appendAudit(deps.db, { at: deps.now().toISOString(), staffId, action, detail }),
  };
}
