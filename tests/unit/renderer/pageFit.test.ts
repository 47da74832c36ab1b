// The pager's rule: a page ends before the first item whose bottom passes the window's bottom.
import { describe, expect, it } from 'vitest';
import { firstOverflowing } from '../../../renderer/src/layout/pageFit.js';

describe('what fits on a page', () => {
  it('is everything when every item ends inside the window', () => {
    expect(firstOverflowing([100, 200, 300], 300)).toBeNull();
    expect(firstOverflowing([], 300)).toBeNull();
  });
  it('ends at the first item that passes the bottom, even when a later one is shorter', () => {
    expect(firstOverflowing([100, 200, 301, 250], 300)).toBe(2);
    expect(firstOverflowing([400], 300)).toBe(0);
  });
  it('forgives half a pixel of rounding', () => {
    expect(firstOverflowing([300.4], 300)).toBeNull();
    expect(firstOverflowing([300.6], 300)).toBe(0);
  });
});
