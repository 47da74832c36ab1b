// What the demand view's charts say, worked out once from the figures so each chart's sentence
// and its table say the same thing: the top category, the busiest day and hour, the median
// time to done in words a person uses (minutes, hours or days). No React, no chart code.
import type { DemandStats } from '../../../contract/staffTools.js';

export interface DemandHighlights {
  topCategory: { category: string; count: number } | null;
  busiestDay: { day: string; count: number } | null;
  busiestHour: { hour: number; count: number } | null;
  /** Per day, oldest first: the total and each category's count. */
  perDay: { day: string; total: number; categories: { category: string; count: number }[] }[];
}

export function demandHighlights(stats: DemandStats): DemandHighlights {
  const perDay = stats.days.map((day) => {
    const categories = stats.byDay
      .filter((row) => row.day === day)
      .map(({ category, count }) => ({ category, count }))
      .sort((a, b) => b.count - a.count);
    return { day, total: categories.reduce((sum, entry) => sum + entry.count, 0), categories };
  });
  // Ties go to the earliest day and the earliest hour: stable, and easy to say.
  const busiestDay = perDay.reduce<{ day: string; count: number } | null>(
    (best, entry) =>
      entry.total > (best?.count ?? 0) ? { day: entry.day, count: entry.total } : best,
    null,
  );
  const busiestHour = stats.byHour.reduce<{ hour: number; count: number } | null>(
    (best, entry) => (entry.count > (best?.count ?? 0) ? entry : best),
    null,
  );
  return { topCategory: stats.byCategory[0] ?? null, busiestDay, busiestHour, perDay };
}

/** A duration as a person says it: minutes under two hours, hours under two days, then days. */
export function durationWords(minutes: number): {
  unit: 'minutes' | 'hours' | 'days';
  count: number;
} {
  if (minutes < 120) return { unit: 'minutes', count: Math.round(minutes) };
  if (minutes < 48 * 60) return { unit: 'hours', count: Math.round(minutes / 60) };
  return { unit: 'days', count: Math.round(minutes / 1440) };
}

/** "11-28" for a service date "2026-11-28": short, and the same in every language. */
export function shortDay(day: string): string {
  return day.slice(5);
}
