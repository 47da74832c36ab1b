// matcher.danger(): the describe screen's check, without ranking anything. It must agree with
// answer()'s danger for the same words, so the offer while typing and after submit never differ.
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';
import { dangerPhrases } from './dangerPhrases.js';

const matcher = demoMatcher();
const at = new Date('2025-03-05T02:00:00Z');

describe('matcher.danger', () => {
  it('agrees with answer() on every phrasing of the danger list', () => {
    const disagreeing = dangerPhrases.filter((phrase) => {
      const typed = matcher.danger(phrase.text, null);
      const answered = matcher.answer(
        { category: 'basic-living', needId: null, description: phrase.text, gridId: null, at },
        3,
      ).danger;
      return JSON.stringify(typed?.kinds) !== JSON.stringify(answered?.kinds);
    });
    expect(disagreeing.map((phrase) => phrase.text)).toEqual([]);
  });

  it('reads the tapped need’s title, and finds nothing in ordinary words', () => {
    expect(matcher.danger('', 'someone-fell')?.kinds).toEqual(['fall']);
    expect(matcher.danger('水龙头一直滴答滴答的关不紧', null)).toBeNull();
    expect(matcher.danger('', null)).toBeNull();
  });
});
