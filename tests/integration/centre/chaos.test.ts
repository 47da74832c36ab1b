// Fault injection against the real server: seeded runs repeat, a fault after storing loses only
// the reply (a retry with the same key gets the stored answer), and with faults at the rates the
// kiosk's fault-injection test uses, retrying every request with its key stores each exactly once.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreError } from '../../../upstream/client/index.js';
import type { ChaosOptions } from '../../../upstream/server/chaos/chaosOptions.js';
import { CentreStats } from '../../../upstream/wire/admin.js';
import {
  type TestCentre,
  samplePayload,
  startTestCentre,
  testApiKey,
} from './support/testCentre.js';

const centres: TestCentre[] = [];
async function centre(chaos: ChaosOptions | null): Promise<TestCentre> {
  const started = await startTestCentre({ chaos });
  centres.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(centres.splice(0).map((c) => c.close()));
});

async function stats(c: TestCentre): Promise<CentreStats> {
  return CentreStats.parse(
    (await c.call('GET', '/x/admin/stats.json', { query: { api_key: testApiKey } })).json,
  );
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof CentreError)) throw error;
    return `${error.kind}:${error.code}:${error.status ?? '-'}`;
  }
}

const brief = {
  error500: 0.1,
  rateLimit429: 0.1,
  retryAfterSeconds: 1,
  hang: 0.05,
  drop: 0.05,
  malformed: 0.05,
};

describe('seeded chaos', () => {
  it('gives the same outcomes, call by call, for the same seed', async () => {
    const runOnce = async (seed: number) => {
      const c = await centre({ seed, ...brief });
      // Long enough that only an injected hang times out, even on a loaded test machine.
      const client = c.client({ timeoutMs: 1_000 });
      const outcomes: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        outcomes.push(await outcome(client.postRequest(samplePayload(), randomUUID())));
        outcomes.push(await outcome(client.getServices()));
      }
      const final = await stats(c);
      return { outcomes, chaos: final.chaos, stored: final.requests };
    };
    const first = await runOnce(7);
    const second = await runOnce(7);
    expect(second).toEqual(first);
    expect(first.outcomes.filter((o) => o !== 'ok').length).toBeGreaterThan(5);
    expect(first.chaos.decided).toBe(60);
    // (Another seed giving another sequence is shown by the chaos engine's unit test.)
  });
});

describe('a fault after storing', () => {
  const faults: [string, ChaosOptions][] = [
    ['500', { seed: 1, error500: 1, afterShare: 1 }],
    ['429', { seed: 1, rateLimit429: 1, afterShare: 1, retryAfterSeconds: 3 }],
    ['a dropped connection', { seed: 1, drop: 1, afterShare: 1 }],
    ['a hang', { seed: 1, hang: 1, afterShare: 1 }],
    ['a malformed reply', { seed: 1, malformed: 1, afterShare: 1 }],
  ];
  for (const [what, chaos] of faults) {
    it(`(${what}) loses only the reply: the retry with the same key gets the stored id`, async () => {
      const c = await centre(chaos);
      const client = c.client({ timeoutMs: 1_000 });
      const payload = samplePayload();
      const key = randomUUID();
      const error = await client.postRequest(payload, key).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CentreError);
      expect((error as CentreError).kind).toBe('retryable');
      if (what === '429') expect((error as CentreError).retryAfterMs).toBe(3000);
      expect((await stats(c)).requests).toBe(1);
      c.server.setChaos(null);
      expect(await client.postRequest(payload, key)).toMatchObject({ kind: 'created', id: '1' });
      expect((await stats(c)).requests).toBe(1);
    });
  }

  it('before handling stores nothing', async () => {
    const c = await centre({ seed: 1, error500: 0.5, drop: 0.5, afterShare: 0 });
    const client = c.client({ timeoutMs: 1_000 });
    for (let i = 0; i < 10; i += 1) {
      expect(await outcome(client.postRequest(samplePayload(), randomUUID()))).toMatch(
        /^retryable/,
      );
    }
    expect((await stats(c)).requests).toBe(0);
  });

  it('never lets a malformed reply through as data, on any call', async () => {
    const c = await centre(null);
    const created = await c.client().postRequest(samplePayload(), randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    await c.moveStage(created.id, 'done');
    c.server.setChaos({ seed: 5, malformed: 1, afterShare: 0.5 });
    const client = c.client({ timeoutMs: 1_000 });
    const calls = [
      () => client.postRequest(samplePayload(), randomUUID()),
      () => client.getRequests([created.id]),
      () => client.resolveToken('t'),
      () => client.postRating(created.id, { stars: 4, tags: [] }, randomUUID()),
      () => client.getDirectory(null),
      () => client.getServices(),
    ];
    for (let round = 0; round < 8; round += 1) {
      for (const call of calls) expect(await outcome(call())).toMatch(/^retryable:/);
    }
  });
});

describe('store and forward through chaos', () => {
  it('stores every request exactly once when each is retried with its own key', async () => {
    const c = await centre({ seed: 11, ...brief, retryAfterSeconds: 0 });
    const client = c.client({ timeoutMs: 250 });
    const queue = Array.from({ length: 100 }, () => ({
      payload: samplePayload(),
      key: randomUUID(),
    }));
    const ids = new Set<string>();
    let attempts = 0;
    for (const entry of queue) {
      for (;;) {
        attempts += 1;
        try {
          const result = await client.postRequest(entry.payload, entry.key);
          if (result.kind === 'created') ids.add(result.id);
          break;
        } catch (error) {
          expect(error).toBeInstanceOf(CentreError);
          expect((error as CentreError).kind).not.toBe('permanent');
        }
      }
    }
    const final = await stats(c);
    expect(ids.size).toBe(100);
    expect(final.requests).toBe(100);
    expect(final.idempotency_records).toBe(100);
    expect(attempts).toBeGreaterThan(100);
  });
});
