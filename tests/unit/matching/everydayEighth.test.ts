// Fresh phrasings of the eighth everyday pass (the round of the 47th batch: needs told in the
// words elderly residents really use), written as probes beyond that batch's cases: each reaches
// the service a front desk would send it to.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const first = (category: CategoryId, description: string) =>
  matcher.answer({ category, needId: null, description, gridId: null, at }, 3).results[0]?.resource
    .id;

describe('everyday words, eighth pass: old names of household appliances', () => {
  it.each([
    ['basic-living', '家里的录音机不转了', 'handyman-volunteers'],
    ['basic-living', '老式收音机没声了', 'handyman-volunteers'],
    ['basic-living', '戏匣子坏了听不了评书', 'handyman-volunteers'],
    ['basic-living', '电熨斗不热了', 'handyman-volunteers'],
    ['basic-living', '电热毯不发热了', 'handyman-volunteers'],
    ['basic-living', '缝纫机踩不动了', 'handyman-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('still reads a fever as a fever and cold heating as the heating', () => {
    expect(first('health-medical', '孩子不发热了但还咳嗽')).toBe('health-station');
    expect(first('basic-living', '暖气不热了')).toBe('gas-heating-station');
  });
});
