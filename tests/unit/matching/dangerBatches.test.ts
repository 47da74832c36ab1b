// The danger batches (twelfth on) are split by a fixed rule written before tuning: the 1st, 3rd,
// 5th… case held-out, so at least half of each is held out. This keeps the rule from drifting
// when a case is added, and each batch leaning on danger as it was written to.
import { describe, expect, it } from 'vitest';
import { twelfthBatch } from './labelledNeedsTwelfthBatch.js';
import { thirteenthBatch } from './labelledNeedsThirteenthBatch.js';
import { seventeenthBatch } from './labelledNeedsSeventeenthBatch.js';

describe.each([
  ['twelfth', twelfthBatch],
  ['thirteenth', thirteenthBatch],
])('the %s batch', (_name, batch) => {
  it('is split held-out first, alternating in the order written', () => {
    batch.forEach((labelled, order) => {
      expect(labelled.part, labelled.description).toBe(order % 2 === 0 ? 'held-out' : 'tuning');
    });
    const held = batch.filter((labelled) => labelled.part === 'held-out').length;
    expect(held).toBeGreaterThanOrEqual(batch.length / 2);
  });

  it('holds dangers and calm near misses, under every journey', () => {
    const dangers = batch.filter((labelled) => labelled.danger === true);
    expect(dangers.length).toBeGreaterThan(batch.length / 2);
    expect(batch.length - dangers.length).toBeGreaterThan(10);
    expect(new Set(dangers.map((labelled) => labelled.category)).size).toBe(5);
  });
});

describe('the seventeenth batch (danger in every journey, written before tuning on it)', () => {
  it('is split tuning first, alternating in the order written', () => {
    seventeenthBatch.forEach((labelled, order) => {
      expect(labelled.part, labelled.description).toBe(order % 2 === 0 ? 'tuning' : 'held-out');
    });
  });

  it('holds dangers of every kind under every journey, and calm near misses', () => {
    const dangers = seventeenthBatch.filter((labelled) => labelled.danger === true);
    expect(dangers.length).toBeGreaterThanOrEqual(40);
    expect(seventeenthBatch.length - dangers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(dangers.map((labelled) => labelled.category)).size).toBe(5);
  });
});
