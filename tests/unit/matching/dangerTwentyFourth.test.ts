// The twenty-fourth batch's danger rules, each probed with other words than the batch's: every
// phrasing of dangerPhrasesTwentyFourth.ts must signal its kind and put an answering resource
// first; its near misses must not raise the emergency offer.
import { describe, expect, it } from 'vitest';
import { twentyFourthDangers, twentyFourthNearMisses } from './dangerPhrasesTwentyFourth.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('the twenty-fourth batch: danger told by what is seen', () => {
  it.each(twentyFourthDangers.map((phrase) => [phrase.text, phrase] as const))(
    '%s',
    (_text, phrase) => {
      const answer = demoMatcher.answer(ask(phrase.category, phrase.text), 3);
      expect(answer.danger?.kinds, 'danger kinds').toContain(phrase.kind);
      const first = answer.results[0];
      expect(first?.reasons).toContainEqual(
        expect.objectContaining({ kind: 'danger', danger: answer.danger?.kinds[0] }),
      );
    },
  );
});

describe('the twenty-fourth batch: calm in danger words', () => {
  it.each(twentyFourthNearMisses.map((entry) => [entry.text, entry] as const))(
    '%s',
    (_text, entry) => {
      expect(demoMatcher.answer(ask(entry.category, entry.text), 3).danger).toBeNull();
    },
  );
});
