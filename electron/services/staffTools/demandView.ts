// The staff demand view's figures: the last 30 of the centre's days, requests per category and
// day, per hour of the day in the centre's time zone, and the median time from made to done.
import type { Database } from 'better-sqlite3';
import type { DemandStats } from '../../../contract/staffTools.js';
import {
  minutesToDone,
  requestTimes,
  requestsByCategoryAndDay,
} from '../../../db/repositories/demandStats.js';
import { serviceDate } from '../intake/serviceDate.js';

export const demandDays = 30;

/** YYYY-MM-DD plus (or minus) whole days, as calendar arithmetic (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function localHour(iso: string, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'hour')?.value;
  return Number(hour ?? 0) % 24;
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function demandStats(db: Database, now: Date, timeZone: string): DemandStats {
  const toDate = serviceDate(now, timeZone);
  const fromDate = addDays(toDate, -(demandDays - 1));
  const window = { fromDate, toDate };
  const days = Array.from({ length: demandDays }, (_, index) => addDays(fromDate, index));
  const byDay = requestsByCategoryAndDay(db, window);
  const totals = new Map<string, number>();
  for (const row of byDay) totals.set(row.category, (totals.get(row.category) ?? 0) + row.count);
  const byCategory = [...totals]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  const hours = Array.from({ length: 24 }, () => 0);
  for (const at of requestTimes(db, window)) {
    const hour = localHour(at, timeZone);
    hours[hour] = (hours[hour] ?? 0) + 1;
  }
  const done = minutesToDone(db, window);
  const middle = median(done);
  return {
    days,
    byCategory,
    byDay,
    byHour: hours.map((count, hour) => ({ hour, count })),
    total: byCategory.reduce((sum, entry) => sum + entry.count, 0),
    medianMinutesToDone: middle === null ? null : Math.round(middle),
    doneCount: done.length,
  };
}
