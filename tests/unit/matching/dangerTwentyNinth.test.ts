// The twenty-ninth batch's danger rules, each probed with other words than the batch's: every
// phrasing of dangerPhrasesTwentyNinth.ts must signal its kind and put an answering resource
// first; its near misses must not raise the emergency offer.
import { describe, expect, it } from 'vitest';
import { twentyNinthDangers, twentyNinthNearMisses } from './dangerPhrasesTwentyNinth.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('the twenty-ninth batch: danger told second-hand, buried or in fragments', () => {
  it.each(twentyNinthDangers.map((phrase) => [phrase.text, phrase] as const))(
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

describe('the twenty-ninth batch: calm in danger words', () => {
  it.each(twentyNinthNearMisses.map((entry) => [entry.text, entry] as const))(
    '%s',
    (_text, entry) => {
      expect(demoMatcher.answer(ask(entry.category, entry.text), 3).danger).toBeNull();
    },
  );
});
