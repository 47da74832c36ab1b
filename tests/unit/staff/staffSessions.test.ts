// The idle lock on a fake clock: a session lasts two minutes from its last use, and the kiosk's
// sweep locks (and audits) one nobody touched, without anyone asking about it.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { createStaffService } from '../../../electron/services/staff/staffService.js';
import {
  createStaffSessions,
  staffIdleMs,
} from '../../../electron/services/staff/staffSessions.js';

function clockAndSessions() {
  const clock = { now: new Date('2026-11-28T02:00:00.000Z') };
  let tokens = 0;
  const sessions = createStaffSessions({
    now: () => clock.now,
    randomToken: () => `token-${String((tokens += 1)).padStart(16, '0')}`,
  });
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { clock, sessions, advance };
}

describe('staff sessions', () => {
  it('expire two minutes after their last use, not after their start', () => {
    const { sessions, advance } = clockAndSessions();
    expect(staffIdleMs).toBe(120_000);
    const session = sessions.open({ id: 'wang.li', name: '王丽' });
    advance(100_000);
    expect(sessions.use(session.token)?.staffName).toBe('王丽');
    advance(100_000);
    expect(sessions.expire()).toEqual([]);
    expect(sessions.use(session.token)).toBeDefined();
    advance(120_000);
    expect(sessions.use(session.token)).toBeUndefined();
    expect(sessions.expire().map((expired) => expired.staffId)).toEqual(['wang.li']);
    expect(sessions.expire()).toEqual([]);
  });

  it('the idle sweep locks an untouched session and audits it as an idle lock', () => {
    vi.useFakeTimers();
    try {
      const { clock, sessions, advance } = clockAndSessions();
      const db = new BetterSqlite3(':memory:');
      migrate(db);
      const staff = createStaffService({
        db,
        mode: 'pin',
        sessions,
        cardIdHash: () => undefined,
        now: () => clock.now,
      });
      const session = sessions.open({ id: 'wang.li', name: '王丽' });
      const stop = staff.startIdleSweep(15_000);
      advance(119_000);
      vi.advanceTimersByTime(15_000);
      expect(allAuditRows(db)).toEqual([]);
      advance(1_000);
      vi.advanceTimersByTime(15_000);
      expect(allAuditRows(db).map((row) => [row.staffId, row.action])).toEqual([
        ['wang.li', 'idle-lock'],
      ]);
      expect(() => staff.session(session.token)).toThrow('staff-session-required');
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
