// The retention sweep: print jobs and superseded directory snapshots older than the window go, at
// start and then daily; recent ones, the newest snapshot of each source and everything the
// exactly-once guarantee needs stay. A fake clock drives the days.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { readPrintJob, recordPrintJob } from '../../../db/repositories/printJobs.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import {
  type SweepTimers,
  createRetentionSweep,
  sweepEveryMs,
} from '../../../electron/services/retention/retentionSweep.js';

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-28T01:30:00Z');

/** Timers that fire when the test moves the clock. */
function fakeClock() {
  let now = start.getTime();
  const pending: { at: number; callback: () => void; id: number }[] = [];
  let ids = 0;
  const timers: SweepTimers = {
    setTimeout: (callback, ms) => {
      ids += 1;
      pending.push({ at: now + ms, callback, id: ids });
      return ids;
    },
    clearTimeout: (handle) => {
      const index = pending.findIndex((timer) => timer.id === handle);
      if (index >= 0) pending.splice(index, 1);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      pending.sort((a, b) => a.at - b.at);
      const next = pending[0];
      if (!next || next.at > until) break;
      pending.shift();
      now = next.at;
      next.callback();
    }
    now = until;
  };
  return { timers, advance, now: () => new Date(now), pending };
}

const dirs: string[] = [];
const dbs: Database[] = [];
afterEach(() => {
  dbs.splice(0).forEach((db) => db.open && db.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function openTemp(): Database {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-retention-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'kiosk.sqlite'));
  dbs.push(db);
  return db;
}

const job = (db: Database, id: string, at: Date, state: 'printed' | 'failed' = 'printed') => {
  recordPrintJob(db, {
    id,
    requestId: null,
    purpose: 'request',
    document: { lines: ['收据'] },
    now: at.toISOString(),
  });
  db.prepare('UPDATE print_jobs SET state = ? WHERE id = ?').run(state, id);
};
const ago = (days: number) => new Date(start.getTime() - days * day);
const count = (db: Database, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the retention sweep', () => {
  it('deletes print jobs older than the window at start, whatever their state', () => {
    const db = openTemp();
    const clock = fakeClock();
    job(db, 'old-printed', ago(8));
    job(db, 'old-failed', ago(7.5), 'failed');
    job(db, 'recent', ago(6.9));
    const logger = createMemoryLogger();
    const sweep = createRetentionSweep({
      db,
      retentionDays: 7,
      now: clock.now,
      logger,
      timers: clock.timers,
    });
    const stop = sweep.start();
    expect(readPrintJob(db, 'old-printed')).toBeUndefined();
    expect(readPrintJob(db, 'old-failed')).toBeUndefined();
    expect(readPrintJob(db, 'recent')?.state).toBe('printed');
    expect(logger.lines.join('\n')).toContain('"printJobs":2');
    stop();
    expect(clock.pending).toHaveLength(0);
  });

  it('sweeps again every day as the jobs age', () => {
    const db = openTemp();
    const clock = fakeClock();
    const sweep = createRetentionSweep({
      db,
      retentionDays: 7,
      now: clock.now,
      logger: createMemoryLogger(),
      timers: clock.timers,
    });
    job(db, 'today', start);
    const stop = sweep.start();
    clock.advance(7 * day);
    // Exactly seven days old is not older than the window.
    expect(readPrintJob(db, 'today')).toBeDefined();
    job(db, 'later', clock.now());
    clock.advance(sweepEveryMs);
    expect(readPrintJob(db, 'today')).toBeUndefined();
    expect(readPrintJob(db, 'later')).toBeDefined();
    clock.advance(7 * sweepEveryMs);
    expect(count(db, 'print_jobs')).toBe(0);
    stop();
  });

  it('keeps the newest directory snapshot of each source, however old', () => {
    const db = openTemp();
    const clock = fakeClock();
    saveSnapshot(db, 'demo-seed', { v: 'seed' }, ago(400));
    saveSnapshot(db, 'upstream', { v: 1 }, ago(30), 'e1');
    saveSnapshot(db, 'upstream', { v: 2 }, ago(20), 'e2');
    saveSnapshot(db, 'upstream', { v: 3 }, ago(1), 'e3');
    const result = createRetentionSweep({
      db,
      retentionDays: 7,
      now: clock.now,
      logger: createMemoryLogger(),
      timers: clock.timers,
    }).sweep();
    expect(result).toMatchObject({ printJobs: 0, snapshots: 2, surveyEntries: 0 });
    expect(latestSnapshot(db, 'demo-seed')?.data).toEqual({ v: 'seed' });
    expect(latestSnapshot(db, 'upstream')?.data).toEqual({ v: 3 });
    expect(count(db, 'community_snapshots')).toBe(2);
  });

  it('logs a failure instead of throwing, and tries again the next day', () => {
    const db = openTemp();
    const clock = fakeClock();
    const logger = createMemoryLogger();
    db.close();
    const stop = createRetentionSweep({
      db,
      retentionDays: 7,
      now: clock.now,
      logger,
      timers: clock.timers,
    }).start();
    expect(logger.lines.join('\n')).toContain('retention sweep failed');
    expect(clock.pending).toHaveLength(1);
    stop();
  });
});
