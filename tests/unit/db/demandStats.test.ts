// The demand view's queries and figures on seeded rows: counts per category and day inside the
// 30-day window only, hours in the centre's time zone (not the machine's), and the median time
// from made to done over the done requests only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import {
  minutesToDone,
  requestTimes,
  requestsByCategoryAndDay,
} from '../../../db/repositories/demandStats.js';
import { insertRequest } from '../../../db/repositories/requests.js';
import { recordAccepted, recordStage } from '../../../db/repositories/requestStatus.js';
import {
  addDays,
  demandStats,
  localHour,
  median,
} from '../../../electron/services/staffTools/demandView.js';
import { newRequestRow } from '../../support/newRequestRow.js';

let dir: string;
let db: Database;
let made = 0;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-demand-'));
  db = openDatabase(join(dir, 'kiosk.sqlite'));
  made = 0;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request made at `createdAt` (UTC), on the centre's day `serviceDate`, done after `doneMinutes`. */
function seed(serviceDate: string, createdAt: string, category: string, doneMinutes?: number) {
  made += 1;
  const stored = insertRequest(db, newRequestRow({ serviceDate, createdAt, category }), (seq) => ({
    ticket: `A03-${seq}`,
    lookupCode: `A03-${serviceDate}-${seq}-${made}`,
  }));
  recordAccepted(db, stored.id, createdAt);
  if (doneMinutes !== undefined) {
    const doneAt = new Date(Date.parse(createdAt) + doneMinutes * 60_000).toISOString();
    recordStage(db, stored.id, { stage: 'done', at: doneAt, handlerNote: null, updatedAt: doneAt });
  }
}

describe('demandStats repository', () => {
  it('counts per category and day inside the window only', () => {
    seed('2026-11-01', '2026-11-01T02:00:00.000Z', 'basic-living');
    seed('2026-11-01', '2026-11-01T03:00:00.000Z', 'basic-living');
    seed('2026-11-01', '2026-11-01T03:30:00.000Z', 'health-medical');
    seed('2026-11-20', '2026-11-20T05:00:00.000Z', 'basic-living');
    seed('2026-10-31', '2026-10-31T05:00:00.000Z', 'basic-living');
    expect(requestsByCategoryAndDay(db, { fromDate: '2026-11-01', toDate: '2026-11-30' })).toEqual([
      { day: '2026-11-01', category: 'basic-living', count: 2 },
      { day: '2026-11-01', category: 'health-medical', count: 1 },
      { day: '2026-11-20', category: 'basic-living', count: 1 },
    ]);
    expect(requestTimes(db, { fromDate: '2026-11-20', toDate: '2026-11-20' })).toEqual([
      '2026-11-20T05:00:00.000Z',
    ]);
  });

  it('gives minutes to done for done requests only, shortest first', () => {
    seed('2026-11-02', '2026-11-02T01:00:00.000Z', 'basic-living', 90);
    seed('2026-11-02', '2026-11-02T02:00:00.000Z', 'basic-living', 30);
    seed('2026-11-02', '2026-11-02T03:00:00.000Z', 'basic-living');
    const minutes = minutesToDone(db, { fromDate: '2026-11-01', toDate: '2026-11-30' });
    expect(minutes.map(Math.round)).toEqual([30, 90]);
  });
});

describe('demandStats figures', () => {
  it('covers the last 30 of the centre’s days, hours in Asia/Shanghai, the median to done', () => {
    // 2026-11-28 09:30 in Shanghai.
    const now = new Date('2026-11-28T01:30:00Z');
    // 08:xx in Shanghai on three requests, 22:xx on one (14:xx UTC the day before).
    seed('2026-11-28', '2026-11-28T00:10:00.000Z', 'basic-living', 60);
    seed('2026-11-28', '2026-11-28T00:20:00.000Z', 'basic-living', 120);
    seed('2026-11-27', '2026-11-27T00:40:00.000Z', 'health-medical', 240);
    seed('2026-11-26', '2026-11-26T14:15:00.000Z', 'basic-living');
    seed('2026-10-30', '2026-10-30T00:15:00.000Z', 'social-cultural', 10);
    const stats = demandStats(db, now, 'Asia/Shanghai');
    expect(stats.days).toHaveLength(30);
    expect(stats.days[0]).toBe('2026-10-30');
    expect(stats.days.at(-1)).toBe('2026-11-28');
    expect(stats.byCategory).toEqual([
      { category: 'basic-living', count: 3 },
      { category: 'health-medical', count: 1 },
      { category: 'social-cultural', count: 1 },
    ]);
    expect(stats.total).toBe(5);
    expect(stats.byHour).toHaveLength(24);
    expect(stats.byHour[8]).toEqual({ hour: 8, count: 4 });
    expect(stats.byHour[22]).toEqual({ hour: 22, count: 1 });
    expect(stats.byHour.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
    // Done: 10, 60, 120, 240 minutes; the median is (60 + 120) / 2.
    expect(stats.doneCount).toBe(4);
    expect(stats.medianMinutesToDone).toBe(90);
  });

  it('says there is nothing rather than inventing figures', () => {
    const stats = demandStats(db, new Date('2026-11-28T01:30:00Z'), 'Asia/Shanghai');
    expect(stats).toMatchObject({ total: 0, byCategory: [], byDay: [], doneCount: 0 });
    expect(stats.medianMinutesToDone).toBeNull();
  });

  it('adds calendar days across months and years, and takes medians of odd and even lists', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(localHour('2026-11-26T16:30:00.000Z', 'Asia/Shanghai')).toBe(0);
    expect(median([1, 5, 9])).toBe(5);
    expect(median([1, 5])).toBe(3);
    expect(median([])).toBeNull();
  });
});
