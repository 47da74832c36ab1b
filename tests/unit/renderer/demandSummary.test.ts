// The demand view's sentences come from these figures: the top category, the busiest day and
// hour (ties to the earliest), each day's breakdown, and a duration in the unit a person uses.
import { describe, expect, it } from 'vitest';
import type { DemandStats } from '../../../contract/staffTools.js';
import {
  demandHighlights,
  durationWords,
  shortDay,
} from '../../../renderer/src/staff/demandSummary.js';

const hours = (counts: Record<number, number>) =>
  Array.from({ length: 24 }, (_, hour) => ({ hour, count: counts[hour] ?? 0 }));

const stats: DemandStats = {
  days: ['2026-11-26', '2026-11-27', '2026-11-28'],
  byCategory: [
    { category: 'basic-living', count: 5 },
    { category: 'health-medical', count: 2 },
  ],
  byDay: [
    { day: '2026-11-26', category: 'basic-living', count: 1 },
    { day: '2026-11-27', category: 'basic-living', count: 3 },
    { day: '2026-11-27', category: 'health-medical', count: 1 },
    { day: '2026-11-28', category: 'basic-living', count: 1 },
    { day: '2026-11-28', category: 'health-medical', count: 1 },
  ],
  byHour: hours({ 9: 3, 14: 3, 16: 1 }),
  total: 7,
  medianMinutesToDone: 95,
  doneCount: 3,
};

describe('demand highlights', () => {
  it('finds the top category, the busiest day and the earliest of the busiest hours', () => {
    const highlights = demandHighlights(stats);
    expect(highlights.topCategory).toEqual({ category: 'basic-living', count: 5 });
    expect(highlights.busiestDay).toEqual({ day: '2026-11-27', count: 4 });
    expect(highlights.busiestHour).toEqual({ hour: 9, count: 3 });
    expect(highlights.perDay).toEqual([
      { day: '2026-11-26', total: 1, categories: [{ category: 'basic-living', count: 1 }] },
      {
        day: '2026-11-27',
        total: 4,
        categories: [
          { category: 'basic-living', count: 3 },
          { category: 'health-medical', count: 1 },
        ],
      },
      {
        day: '2026-11-28',
        total: 2,
        categories: [
          { category: 'basic-living', count: 1 },
          { category: 'health-medical', count: 1 },
        ],
      },
    ]);
  });

  it('has no highlights when nothing was asked', () => {
    const empty = demandHighlights({
      ...stats,
      byCategory: [],
      byDay: [],
      byHour: hours({}),
      total: 0,
    });
    expect(empty).toMatchObject({ topCategory: null, busiestDay: null, busiestHour: null });
  });

  it('says durations in minutes, hours or days', () => {
    expect(durationWords(95)).toEqual({ unit: 'minutes', count: 95 });
    expect(durationWords(300)).toEqual({ unit: 'hours', count: 5 });
    expect(durationWords(4 * 1440 + 100)).toEqual({ unit: 'days', count: 4 });
    expect(shortDay('2026-11-28')).toBe('11-28');
  });
});
