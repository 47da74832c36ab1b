// Staff assisted-entry mode on the service side: signing in with a PIN (and, per configuration,
// the staff member's own card), the persistent lockout after five wrong PINs, sessions that lock
// after two idle minutes, and an audit row for every one of these.
import type { Database } from 'better-sqlite3';
import { KioskError } from '../../../contract/errors.js';
import {
  type StaffEntryMode,
  type StaffEntryState,
  type StaffRequestLine,
  type StaffSession as StaffSessionView,
  type StaffSignInResult,
  type StaffUploadQueue,
  staffLockoutAfter,
  staffLockoutMinutes,
  type staffSignOutReasons,
} from '../../../contract/staff.js';
import { type AuditDetail, appendAudit } from '../../../db/repositories/auditLog.js';
import { recentKioskRequests } from '../../../db/repositories/kioskRequestList.js';
import { deadLetters } from '../../../db/repositories/outboxDeadLetters.js';
import {
  type StaffAccount,
  enabledStaffAccounts,
  setStaffCard,
} from '../../../db/repositories/staffAccounts.js';
import { clearLockout, readLockout, writeLockout } from '../../../db/repositories/staffLockout.js';
import { pinMatches } from './pinHash.js';
import type { StaffSession, StaffSessions } from './staffSessions.js';

export type StaffSignOutReason = (typeof staffSignOutReasons)[number];

export interface StaffServiceDeps {
  db: Database;
  mode: StaffEntryMode;
  sessions: StaffSessions;
  /** The card read in this visit behind a page token, for card-and-pin entry. */
  cardIdHash: (cardToken: string) => string | undefined;
  now: () => Date;
}

export interface StaffService {
  entryState(): StaffEntryState;
  signIn(input: { pin: string; cardToken?: string | undefined }): Promise<StaffSignInResult>;
  signOut(token: string, reason: StaffSignOutReason): { signedOut: boolean };
  session(token: string): StaffSessionView;
  uploadQueue(token: string): StaffUploadQueue;
  requests(token: string): { requests: StaffRequestLine[] };
  /** Binds the signed-in staff member's own card, read in this visit, for card-and-pin entry. */
  bindCard(token: string, cardToken: string): { bound: true };
  /** Locks sessions idle for two minutes, with an audit row each; run on a timer. */
  lockIdleSessions(): number;
  /** Runs lockIdleSessions every intervalMs; returns the function that stops it. */
  startIdleSweep(intervalMs: number): () => void;
}

const signOutActions: Record<StaffSignOutReason, string> = {
  'sign-out': 'sign-out',
  idle: 'idle-lock',
  'visit-reset': 'visit-reset-lock',
};

export function createStaffService(deps: StaffServiceDeps): StaffService {
  const { db, sessions } = deps;
  const audit = (action: string, staffId: string | null, detail: AuditDetail = {}) =>
    appendAudit(db, { at: deps.now().toISOString(), staffId, action, detail });

  const lockedUntil = (): string | null => {
    const { lockedUntil: until } = readLockout(db);
    return until !== null && Date.parse(until) > deps.now().getTime() ? until : null;
  };

  const toView = (session: StaffSession): StaffSessionView => ({
    token: session.token,
    staff: { id: session.staffId, name: session.staffName },
    expiresAt: new Date(sessions.expiresAt(session)).toISOString(),
  });

  const lockIdleSessions = () => {
    const expired = sessions.expire();
    for (const session of expired) audit('idle-lock', session.staffId, { by: 'kiosk' });
    return expired.length;
  };

  const requireSession = (token: string): StaffSession => {
    lockIdleSessions();
    const session = sessions.use(token);
    if (!session) throw new KioskError('unauthorized', 'staff-session-required');
    return session;
  };

  const candidates = (cardToken: string | undefined): StaffAccount[] | 'card-needed' => {
    const accounts = enabledStaffAccounts(db);
    if (deps.mode === 'pin') return accounts;
    const cardHash = cardToken === undefined ? undefined : deps.cardIdHash(cardToken);
    if (cardHash === undefined) return 'card-needed';
    return accounts.filter((account) => account.cardIdHash === cardHash);
  };

  const attemptSignIn = async (input: {
    pin: string;
    cardToken?: string | undefined;
  }): Promise<StaffSignInResult> => {
    const stillLocked = lockedUntil();
    if (stillLocked) {
      audit('sign-in-while-locked', null, { lockedUntil: stillLocked });
      return { outcome: 'locked', lockedUntil: stillLocked };
    }
    const lockout = readLockout(db);
    // A lockout that has run out starts the count again.
    const failedSoFar = lockout.lockedUntil === null ? lockout.failedCount : 0;
    const accounts = candidates(input.cardToken);
    if (accounts === 'card-needed') return { outcome: 'card-needed' };
    // Every candidate is checked, so how long a try takes says nothing about which one matched.
    let matched: StaffAccount | undefined;
    for (const account of accounts) {
      if ((await pinMatches(input.pin, account.pin)) && !matched) matched = account;
    }
    if (matched) {
      clearLockout(db);
      const session = sessions.open(matched);
      audit('sign-in', matched.id, { mode: deps.mode });
      return { outcome: 'signed-in', session: toView(session) };
    }
    const failedCount = failedSoFar + 1;
    const at = deps.now();
    audit('failed-pin', null, { attempt: failedCount, mode: deps.mode });
    if (failedCount >= staffLockoutAfter) {
      const until = new Date(at.getTime() + staffLockoutMinutes * 60_000).toISOString();
      writeLockout(db, { failedCount, lastFailedAt: at.toISOString(), lockedUntil: until });
      audit('lockout', null, { minutes: staffLockoutMinutes, lockedUntil: until });
      return { outcome: 'locked', lockedUntil: until };
    }
    writeLockout(db, { failedCount, lastFailedAt: at.toISOString(), lockedUntil: null });
    return { outcome: 'wrong-pin', attemptsLeft: staffLockoutAfter - failedCount };
  };

  // One try at a time: two taps at once must not both read "four wrong so far".
  let queue: Promise<unknown> = Promise.resolve();
  const signIn: StaffService['signIn'] = (input) => {
    const attempt = queue.then(() => attemptSignIn(input));
    queue = attempt.catch(() => undefined);
    return attempt;
  };

  return {
    entryState: () => ({
      mode: deps.mode,
      accountsExist: enabledStaffAccounts(db).length > 0,
      lockedUntil: lockedUntil(),
    }),
    signIn,
    signOut: (token, reason) => {
      lockIdleSessions();
      const session = sessions.close(token);
      if (!session) return { signedOut: false };
      audit(signOutActions[reason], session.staffId, { by: 'staff-screen' });
      return { signedOut: true };
    },
    session: (token) => toView(requireSession(token)),
    uploadQueue: (token) => {
      const session = requireSession(token);
      const letters = deadLetters(db).map((letter) => ({
        outboxId: letter.outboxId,
        kind: letter.kind,
        ticket: letter.ticket,
        reason: letter.reason,
        httpStatus: letter.httpStatus,
        errors: [...letter.errors],
        deadAt: letter.deadAt,
      }));
      audit('view-upload-queue', session.staffId, { deadLetters: letters.length });
      return { deadLetters: letters };
    },
    requests: (token) => {
      const session = requireSession(token);
      const requests = recentKioskRequests(db);
      audit('view-requests', session.staffId, { requests: requests.length });
      return { requests };
    },
    bindCard: (token, cardToken) => {
      const session = requireSession(token);
      const cardHash = deps.cardIdHash(cardToken);
      if (cardHash === undefined) throw new KioskError('not-found', 'card-expired', ['cardToken']);
      // One card opens one account: a card bound elsewhere is refused, not moved silently.
      const holder = enabledStaffAccounts(db).find((account) => account.cardIdHash === cardHash);
      if (holder && holder.id !== session.staffId) {
        throw new KioskError('not-allowed', 'card-bound-to-another-staff-member', ['cardToken']);
      }
      setStaffCard(db, session.staffId, cardHash);
      audit('card-bound', session.staffId, { by: 'staff-screen' });
      return { bound: true };
    },
    lockIdleSessions,
    startIdleSweep: (intervalMs) => {
      const timer = setInterval(lockIdleSessions, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
