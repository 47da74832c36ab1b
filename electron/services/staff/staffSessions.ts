// Staff sessions live only in this process's memory: a random token the page holds for the
// session, which expires after two idle minutes. A restart signs everyone out, which is safe.
import type { StaffAccount } from '../../../db/repositories/staffAccounts.js';

export const staffIdleMs = 2 * 60_000;

export interface StaffSession {
  token: string;
  staffId: string;
  staffName: string;
  startedAt: number;
  lastUsedAt: number;
}

export interface StaffSessions {
  open(account: Pick<StaffAccount, 'id' | 'name'>): StaffSession;
  /** The session for a token still in use, touched so it lasts another idle period. */
  use(token: string): StaffSession | undefined;
  close(token: string): StaffSession | undefined;
  /** Sessions idle for too long, removed and handed back (for the audit). */
  expire(): StaffSession[];
  expiresAt(session: StaffSession): number;
}

export function createStaffSessions(deps: {
  now: () => Date;
  randomToken: () => string;
  idleMs?: number;
}): StaffSessions {
  const idleMs = deps.idleMs ?? staffIdleMs;
  const sessions = new Map<string, StaffSession>();
  const clock = () => deps.now().getTime();
  const isIdle = (session: StaffSession) => clock() - session.lastUsedAt >= idleMs;
  return {
    open: (account) => {
      const at = clock();
      const session: StaffSession = {
        token: deps.randomToken(),
        staffId: account.id,
        staffName: account.name,
        startedAt: at,
        lastUsedAt: at,
      };
      sessions.set(session.token, session);
      return session;
    },
    use: (token) => {
      const session = sessions.get(token);
      if (!session || isIdle(session)) return undefined;
      session.lastUsedAt = clock();
      return session;
    },
    close: (token) => {
      const session = sessions.get(token);
      sessions.delete(token);
      return session;
    },
    expire: () => {
      const expired = [...sessions.values()].filter(isIdle);
      for (const session of expired) sessions.delete(session.token);
      return expired;
    },
    expiresAt: (session) => session.lastUsedAt + idleMs,
  };
}
