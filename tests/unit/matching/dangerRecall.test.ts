// Danger words in every journey: each phrasing of dangerPhrases.ts, typed under whatever
// category, must signal its danger, offer the emergency call and put a resource answering that
// danger first. A miss is a failing test, not a figure. Near misses must not cry wolf.
import { describe, expect, it } from 'vitest';
import { dangerPhrases, notDanger } from './dangerPhrases.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('danger recall on the whole danger list', () => {
  it.each(dangerPhrases.map((phrase) => [phrase.text, phrase] as const))('%s', (_text, phrase) => {
    const answer = demoMatcher.answer(ask(phrase.category, phrase.text), 3);
    expect(answer.danger?.kinds, 'danger kinds').toContain(phrase.kind);
    expect(answer.danger?.calls.length ?? 0).toBeGreaterThan(0);
    const first = answer.results[0];
    expect(first?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'danger', danger: answer.danger?.kinds[0] }),
    );
    expect(first?.confident).toBe(true);
    expect(first?.because).toMatch(/^因为：危险（.+）→ /);
  });

  it('names the right numbers: 120 for a faint, 119 for gas, 110 for a break-in', () => {
    const callsFor = (text: string) =>
      demoMatcher.answer(ask('social-cultural', text), 3).danger?.calls;
    expect(callsFor('有个老人突然晕倒了')).toEqual(['120']);
    expect(callsFor('家里一股煤气味')).toEqual(['119']);
    expect(callsFor('家门被人撬了')).toEqual(['110']);
    expect(callsFor('我儿子在公园里走丢了')).toEqual(['110']);
  });

  it('puts the more urgent danger first when the words signal two', () => {
    const answer = demoMatcher.answer(ask('basic-living', '煤气味很重，我爸晕倒了'), 3);
    expect(answer.danger?.kinds).toEqual(['medical', 'gas']);
    expect(answer.results.map((result) => result.resource.id).slice(0, 2)).toEqual([
      'emergency-team',
      'gas-heating-station',
    ]);
  });
});

describe('near misses', () => {
  it.each(notDanger.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
    expect(demoMatcher.answer(ask(entry.category, entry.text), 3).danger).toBeNull();
  });
});
