// Backoff and Retry-After from a platform the kiosk does not control: huge, negative and garbage
// values never throw, never lose the other answers of the round, and never wait past the cap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitingEntries } from '../../../db/repositories/outbox.js';
import {
  isoAfter,
  longestWaitMs,
  retryDelayMs,
  usableRetryAfterMs,
} from '../../../electron/services/upload/backoff.js';
import { type Harness, draft, failing, startHarness } from './workerHarness.js';

const policy = { baseMs: 1000, capMs: 60_000 };
const hostile = [99_999_999_999_999, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e308];

describe('retry delays', () => {
  it('backs off with full jitter up to the cap and never sooner than a sane Retry-After', () => {
    expect(retryDelayMs(policy, 0, undefined, () => 0.999)).toBeLessThan(1000);
    expect(retryDelayMs(policy, 3, undefined, () => 0.5)).toBe(4000);
    expect(retryDelayMs(policy, 20, undefined, () => 0.999)).toBeLessThan(60_000);
    expect(retryDelayMs(policy, 2, 10_000, () => 0)).toBe(10_000);
  });

  it.each(hostile)('turns a Retry-After of %d into a whole wait within the cap', (value) => {
    const wait = retryDelayMs(policy, 1, value, () => 0.5);
    expect(Number.isInteger(wait)).toBe(true);
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(wait).toBeLessThanOrEqual(60_000);
  });

  it('ignores what cannot be a wait and caps even a misconfigured policy at a day', () => {
    expect(usableRetryAfterMs(-1)).toBeUndefined();
    expect(usableRetryAfterMs(Number.NaN)).toBeUndefined();
    expect(usableRetryAfterMs('30')).toBeUndefined();
    expect(retryDelayMs({ baseMs: 1e300, capMs: 1e300 }, 500, 1e300, () => 2)).toBe(longestWaitMs);
    expect(retryDelayMs({ baseMs: Number.NaN, capMs: -1 }, Number.NaN, undefined, () => 0.5)).toBe(
      0,
    );
    const now = new Date('2026-11-28T01:30:00.000Z');
    expect(isoAfter(now, 99_999_999_999_999)).toBe('2026-11-29T01:30:00.000Z');
    expect(isoAfter(now, Number.NaN)).toBe('2026-11-29T01:30:00.000Z');
    expect(isoAfter(now, -10)).toBe(now.toISOString());
  });
});

describe('the worker under hostile Retry-After', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.stop());

  it.each(hostile)(
    'keeps the round’s other answers and pauses no longer than the cap (Retry-After %d)',
    async (retryAfterMs) => {
      const { kiosk, centre, worker } = harness;
      for (let i = 0; i < 3; i += 1)
        await kiosk.call('submitRequest', draft({ description: `第${i}号` }));
      centre.failures.push(failing('retryable', 'http_429', { status: 429, retryAfterMs }));
      expect(await worker.drainQueue()).toBe(2);
      expect(centre.records).toHaveLength(2);
      const [entry] = waitingEntries(kiosk.runtime.db);
      const wait = Date.parse(entry?.nextAttemptAt ?? '') - kiosk.clock.now.getTime();
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThanOrEqual(60_000);
      harness.later(60_000);
      expect(await worker.drainQueue()).toBe(1);
      expect(centre.records).toHaveLength(3);
    },
  );

  it('waits out a sane Retry-After for the whole queue and shows the stall to staff', async () => {
    const { kiosk, centre, worker } = harness;
    await kiosk.call('submitRequest', draft());
    centre.failures.push(failing('retryable', 'http_429', { status: 429, retryAfterMs: 30_000 }));
    await worker.drainQueue();
    await kiosk.call('submitRequest', draft({ description: '另一个' }));
    harness.later(29_000);
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(1);
    expect(worker.state().stalled).toEqual({
      since: '2026-11-28T01:30:00.000Z',
      reason: 'http_429',
      nextAttemptAt: '2026-11-28T01:30:30.000Z',
    });
    harness.later(1_000);
    expect(await worker.drainQueue()).toBe(2);
    expect(worker.state().stalled).toBeNull();
  });

  it('stops knocking when the platform keeps failing, and says why', async () => {
    const { kiosk, centre, worker } = harness;
    for (let i = 0; i < 10; i += 1)
      await kiosk.call('submitRequest', draft({ description: `第${i}号` }));
    for (let i = 0; i < 10; i += 1)
      centre.failures.push(failing('retryable', 'http_503 (HTTP 503): down', { status: 503 }));
    expect(await worker.drainQueue()).toBe(0);
    // One round of maxInFlight calls, then the queue pauses instead of trying all ten.
    expect(centre.keysSeen).toHaveLength(4);
    expect(worker.state()).toMatchObject({
      queueDepth: 10,
      stalled: { reason: 'http_503 (HTTP 503): down' },
    });
  });
});
