import { describe, expect, it } from 'vitest';
import { readIdleTimings } from '../../../renderer/src/demo/testHooks.js';
import { defaultIdleTimings } from '../../../renderer/src/visit/idleTimings.js';

describe('idle timings', () => {
  it('default to a minute of inactivity and a countdown of at least 20 s', () => {
    expect(readIdleTimings('', {})).toEqual(defaultIdleTimings);
    expect(defaultIdleTimings.idleMs).toBe(60_000);
    expect(defaultIdleTimings.warnMs).toBeGreaterThanOrEqual(20_000);
  });
  it('take the page address first, then the data attributes', () => {
    expect(readIdleTimings('?idleMs=1500&warnMs=3000', { idleMs: '9', warnMs: '9' })).toEqual({
      idleMs: 1500,
      warnMs: 3000,
    });
    expect(readIdleTimings('', { idleMs: '800', warnMs: '2000' })).toEqual({
      idleMs: 800,
      warnMs: 2000,
    });
  });
  it('ignore values that are not positive whole numbers', () => {
    expect(readIdleTimings('?idleMs=-5&warnMs=abc', { idleMs: '0' })).toEqual(defaultIdleTimings);
  });
});
