// Exactly once on a platform that ignores Idempotency-Key: crashes with replies outstanding,
// replies slower than the timeout, 5xx after storing and a duplicate-400, each counted on the
// platform's own records — and the cases that yield at most one duplicate when it cannot be
// searched (see docs/exactly-once.md).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getEntry, isForwarded, waitingEntries } from '../../../db/repositories/outbox.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { serverError } from '../../support/fakeCentre.js';
import { type Harness, draft, startHarness } from './workerHarness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
  harness.centre.honoursIdempotencyKey = false;
});
afterEach(() => harness.stop());

async function submit(count: number): Promise<string[]> {
  const tickets: string[] = [];
  for (let i = 0; i < count; i += 1)
    tickets.push(
      (await harness.kiosk.call('submitRequest', draft({ description: `水管漏水 ${i}` }))).ticket,
    );
  return tickets;
}

/** Every ticket on the platform, each `times` times (1: nothing lost, nothing doubled). */
function expectOnPlatform(tickets: string[], times: (ticket: string) => number = () => 1) {
  const counts = harness.centre.recordsPerTicket();
  expect(Object.fromEntries(tickets.map((t) => [t, counts.get(t) ?? 0]))).toEqual(
    Object.fromEntries(tickets.map((t) => [t, times(t)])),
  );
  expect(harness.centre.records).toHaveLength(tickets.reduce((n, t) => n + times(t), 0));
}

/** Drops the worker with its replies outstanding, reopens the database, starts a new worker. */
async function crashAndRestart() {
  await harness.kiosk.restart();
  harness.worker = harness.newWorker();
}

describe('exactly once on a platform that ignores Idempotency-Key', () => {
  it('marks an entry in flight, committed, before its POST leaves', async () => {
    const [ticket] = await submit(1);
    const seen: unknown[] = [];
    harness.centre.onPost = () => {
      const entry = waitingEntries(harness.kiosk.runtime.db)[0];
      seen.push({ inFlightSince: entry?.inFlightSince, sends: entry?.sends });
    };
    await harness.worker.drainQueue();
    expect(seen).toEqual([{ inFlightSince: harness.kiosk.clock.now.toISOString(), sends: 1 }]);
    expectOnPlatform([ticket ?? '']);
  });

  it('commits each answer as it comes, never behind a slower one', async () => {
    const tickets = await submit(2);
    harness.centre.failures.push({ hang: true, afterStoring: false });
    void harness.worker.drainQueue();
    const db = () => harness.kiosk.runtime.db;
    const requestId = (ticket: string | undefined) =>
      findRequestByTicket(db(), ticket ?? '')?.id ?? -1;
    await vi.waitFor(() => expect(isForwarded(db(), requestId(tickets[1]))).toBe(true));
    expect(isForwarded(db(), requestId(tickets[0]))).toBe(false);
    await crashAndRestart();
    await harness.worker.drainQueue();
    expectOnPlatform(tickets);
  });

  it.each([
    { searchable: true, duplicates: 0 },
    { searchable: false, duplicates: 3 },
  ])(
    'survives a crash with replies outstanding (searchable: $searchable → $duplicates duplicates)',
    async ({ searchable }) => {
      const tickets = await submit(5);
      // Four POSTs go out at once: three are stored and never answered, one never arrives.
      harness.centre.failures.push(
        { hang: true, afterStoring: true },
        { hang: true, afterStoring: true },
        { hang: true, afterStoring: false },
        { hang: true, afterStoring: true },
      );
      void harness.worker.drainQueue();
      await harness.centre.postsArrived(4);
      await crashAndRestart();
      harness.centre.searchable = searchable;
      expect(await harness.worker.drainQueue()).toBe(5);
      const stored = new Set([tickets[0], tickets[1], tickets[3]]);
      // Unsearchable: one duplicate per POST that was stored while its reply was outstanding.
      expectOnPlatform(tickets, (t) => (!searchable && stored.has(t) ? 2 : 1));
      expect(harness.centre.lookups.map((l) => l.ticket)).toEqual(tickets.slice(0, 4));
      expect(harness.worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 0 });
    },
  );

  it('keeps a platform that honours Idempotency-Key single even when it cannot be searched', async () => {
    harness.centre.honoursIdempotencyKey = true;
    harness.centre.searchable = false;
    const tickets = await submit(3);
    harness.centre.failures.push({ hang: true, afterStoring: true });
    harness.centre.slowReplies = 1;
    void harness.worker.drainQueue();
    await harness.centre.postsArrived(3);
    await crashAndRestart();
    harness.later(60_000);
    await harness.worker.drainQueue();
    expectOnPlatform(tickets);
    expect(harness.worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 0 });
  });

  it.each([
    { searchable: true, duplicates: 0 },
    { searchable: false, duplicates: 2 },
  ])(
    'looks up a reply slower than the timeout before sending again (searchable: $searchable)',
    async ({ searchable }) => {
      harness.centre.searchable = searchable;
      const tickets = await submit(2);
      harness.centre.slowReplies = 2;
      expect(await harness.worker.drainQueue()).toBe(0);
      expect(harness.worker.state().stalled).toMatchObject({ reason: 'timeout' });
      harness.later(60_000);
      expect(await harness.worker.drainQueue()).toBe(2);
      expectOnPlatform(tickets, () => (searchable ? 1 : 2));
      const settled = getEntry(harness.kiosk.runtime.db, 1);
      expect(settled).toMatchObject({ state: 'sent', sends: searchable ? 1 : 2 });
    },
  );

  it('looks up after a 5xx that stored the request, and records the id the platform gave', async () => {
    const tickets = await submit(1);
    harness.centre.failures.push({ ...serverError(), afterStoring: true });
    await harness.worker.drainQueue();
    harness.later(60_000);
    expect(await harness.worker.drainQueue()).toBe(1);
    expectOnPlatform(tickets);
    const stored = harness.kiosk.runtime.db.prepare('SELECT upstream_id FROM requests').get();
    expect(stored).toEqual({ upstream_id: 'SR-1' });
    expect(
      harness.kiosk.runtime.db.prepare('SELECT outcome FROM outbox WHERE id = 1').get(),
    ).toEqual({ outcome: 'found' });
  });

  it('looks up a duplicate-400 before dead-lettering it: a late record is found, not lost', async () => {
    const { centre } = harness;
    centre.rejectsDuplicates = true;
    centre.searchDelayMs = 60_000;
    const tickets = await submit(1);
    centre.slowReplies = 1;
    await harness.worker.drainQueue();
    harness.later(10_000);
    // The record is not searchable yet, so it is sent again; that POST takes two minutes.
    centre.onPost = () => harness.later(120_000);
    expect(await harness.worker.drainQueue()).toBe(1);
    expectOnPlatform(tickets);
    expect(harness.worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 0 });
    expect(centre.lookups).toHaveLength(2);
  });

  it('resolves a token reply that was only found after a crash', async () => {
    harness.centre.answerWithToken = true;
    const tickets = await submit(2);
    harness.centre.failures.push({ hang: true, afterStoring: true });
    void harness.worker.drainQueue();
    await harness.centre.postsArrived(2);
    // The token reply of the second is recorded in the drain's next round: wait for that commit,
    // so the crash leaves exactly the first in flight (arriving is not being answered).
    const secondState = harness.kiosk.runtime.db.prepare('SELECT state FROM outbox WHERE id = 2');
    while ((secondState.get() as { state: string }).state !== 'sent') {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await crashAndRestart();
    expect(await harness.worker.drainQueue()).toBe(1);
    expectOnPlatform(tickets);
    const refs = harness.kiosk.runtime.db
      .prepare('SELECT upstream_id, upstream_token FROM requests ORDER BY id')
      .all();
    expect(refs).toEqual([
      { upstream_id: 'SR-1', upstream_token: null },
      { upstream_id: null, upstream_token: 'T-SR-2' },
    ]);
    harness.centre.tokens.set('T-SR-2', 'SR-2');
    await harness.worker.runOnce({ statuses: true, directory: false });
    expect(
      harness.kiosk.runtime.db.prepare('SELECT upstream_id FROM requests ORDER BY id').all(),
    ).toEqual([{ upstream_id: 'SR-1' }, { upstream_id: 'SR-2' }]);
  });
});
