// What the word-sense rules (dangerPhrasesWordSense.ts) must also keep: a fall that hit the head
// is a fall and an injury, not a blow; a stove slow to light and a job question go to the gas
// service and the employment station, with no fire station before them.
import { describe, expect, it } from 'vitest';
import { ask, demoMatcher, rankedIds } from './demoMatcher.js';

describe('words read in their everyday sense', () => {
  it('reads hitting one’s head in a fall as no violence', () => {
    const answer = demoMatcher.answer(
      ask('basic-living', 'my mom slipped in the bathroom and hit her head'),
      3,
    );
    expect(answer.danger?.kinds).toEqual(['medical', 'fall']);
    expect(answer.danger?.calls).toEqual(['120']);
  });

  it('keeps a blow a blow when no head is hit', () => {
    const answer = demoMatcher.answer(ask('basic-living', 'he is hitting her again'), 3);
    expect(answer.danger?.kinds).toContain('violence');
  });

  it('ranks by what the words mean, not what they sound like', () => {
    expect(rankedIds(ask('education-employment', '五十多了还能找着活吗'))).not.toContain(
      'fire-station',
    );
    expect(rankedIds(ask('education-employment', '找不着活干，心里着急'))).not.toContain(
      'fire-station',
    );
    expect(rankedIds(ask('basic-living', '灶眼打火打了半天才着，火苗还小得可怜'))[0]).toBe(
      'gas-heating-station',
    );
    expect(
      rankedIds(
        ask('basic-living', 'the pipe under the sink broke, water leeking on the floor'),
      )[0],
    ).toBe('repair-team');
  });
});
