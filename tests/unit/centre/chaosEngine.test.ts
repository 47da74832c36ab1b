// The chaos engine: seeded, so the same seed gives the same faults in the same order.
import { describe, expect, it } from 'vitest';
import { createChaosEngine } from '../../../centre/server/chaos/chaosEngine.js';
import { seededRandom } from '../../../centre/server/chaos/random.js';

const options = {
  seed: 7,
  error500: 0.1,
  rateLimit429: 0.1,
  retryAfterSeconds: 1,
  hang: 0.05,
  drop: 0.05,
  malformed: 0.05,
};
const run = (seed: number, n: number) => {
  const engine = createChaosEngine({ ...options, seed });
  return Array.from({ length: n }, () => engine.decide());
};

describe('chaos', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(run(7, 500)).toEqual(run(7, 500));
    expect(run(8, 500)).not.toEqual(run(7, 500));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('strikes at the configured rates, before and after handling', () => {
    const engine = createChaosEngine(options);
    const n = 20_000;
    for (let i = 0; i < n; i += 1) engine.decide();
    const { decided, faults } = engine.stats();
    expect(decided).toBe(n);
    const rate = (name: string) => {
      const counts = faults[name] ?? { before: 0, after: 0 };
      return (counts.before + counts.after) / n;
    };
    expect(rate('error500')).toBeCloseTo(0.1, 1);
    expect(rate('rateLimit429')).toBeCloseTo(0.1, 1);
    expect(rate('hang')).toBeCloseTo(0.05, 1);
    expect(rate('drop')).toBeCloseTo(0.05, 1);
    expect(rate('malformed')).toBeCloseTo(0.05, 1);
    const after = faults.error500?.after ?? 0;
    const before = faults.error500?.before ?? 0;
    expect(after / (after + before)).toBeGreaterThan(0.4);
    expect(after / (after + before)).toBeLessThan(0.6);
  });

  it('can be made to strike always after, or always before, with every malformed variant', () => {
    const after = createChaosEngine({ seed: 1, malformed: 1, afterShare: 1 });
    const decisions = Array.from({ length: 200 }, () => after.decide());
    expect(decisions.every((d) => d.fault === 'malformed' && d.when === 'after')).toBe(true);
    expect(new Set(decisions.map((d) => (d.fault === 'none' ? '' : d.variant)))).toEqual(
      new Set(['truncated-json', 'wrong-shape', 'html-ok', 'html-error']),
    );
    const before = createChaosEngine({ seed: 1, drop: 1, afterShare: 0 });
    expect(before.decide()).toMatchObject({ fault: 'drop', when: 'before' });
  });

  it('does nothing with every probability at 0', () => {
    const engine = createChaosEngine({ seed: 3 });
    expect(Array.from({ length: 50 }, () => engine.decide().fault)).toEqual(Array(50).fill('none'));
  });
});
