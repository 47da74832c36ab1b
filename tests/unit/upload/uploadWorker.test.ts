import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { latestSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { waitingEntries } from '../../../db/repositories/outbox.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { retryDelayMs } from '../../../electron/services/upload/backoff.js';
import type { UploadWorker } from '../../../electron/services/upload/uploadWorker.js';
import type { FakeCentre } from '../../support/fakeCentre.js';
import type { TestKiosk } from '../../support/testRuntime.js';
import { type Harness, draft, failing, startHarness } from './workerHarness.js';

let harness: Harness;
let kiosk: TestKiosk;
let centre: FakeCentre;
let worker: UploadWorker;
beforeEach(async () => {
  harness = await startHarness();
  ({ kiosk, centre, worker } = harness);
});
afterEach(() => harness.stop());

const later = (ms: number) => harness.later(ms);
const sentRequests = () => centre.records.map((record) => record.request);

describe('the upload worker', () => {
  it('forwards emergencies first and records the centre’s id with the request', async () => {
    const normal = await kiosk.call('submitRequest', draft());
    const emergency = await kiosk.call('submitEmergency', { language: 'zh-CN' });
    expect(await worker.drainQueue()).toBe(2);
    expect(sentRequests().map((request) => request.facts.ticket)).toEqual([
      emergency.ticket,
      normal.ticket,
    ]);
    // The codes are the platform's own, from the mapping; the kiosk's facts travel with them.
    expect(sentRequests().map((request) => request.serviceCode)).toEqual(['EMERG', 'GENERAL']);
    expect(sentRequests()[0]?.facts).toMatchObject({ emergency: true, ticket: emergency.ticket });
    const stored = kiosk.runtime.db.prepare('SELECT upstream_id FROM requests ORDER BY id').all();
    expect(stored).toEqual([{ upstream_id: 'SR-2' }, { upstream_id: 'SR-1' }]);
    expect(worker.state()).toMatchObject({
      queueDepth: 0,
      deadLetters: 0,
      oldestWaitingSeconds: null,
    });
    expect(worker.state().lastContactAt).toBe(kiosk.clock.now.toISOString());
  });

  it('sends the personal fields the centre needs, opened only for sending', async () => {
    await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    expect(sentRequests()[0]).toMatchObject({
      name: '张三明',
      phone: '13812345678',
      description: '水管漏水',
      // The resident chose no place: intake stored where the kiosk stands, and that is sent.
      location: kiosk.runtime.platform.offer.kioskLocation(),
      attributes: {},
      declaredAttributes: [],
    });
  });

  it('retries a lost reply with the same idempotency key, so the centre stores it once', async () => {
    await kiosk.call('submitRequest', draft());
    centre.failures.push({ ...failing('retryable', 'timeout'), afterStoring: true });
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.records).toHaveLength(1);
    // Unsearchable, so the lost reply is sent again: the platform's idempotency keeps it single.
    centre.searchable = false;
    later(60_000);
    expect(await worker.drainQueue()).toBe(1);
    expect(centre.records).toHaveLength(1);
    expect(new Set(centre.keysSeen).size).toBe(1);
    expect(centre.keysSeen).toHaveLength(2);
  });

  it('waits at least as long as Retry-After, and backs off with full jitter up to the cap', async () => {
    await kiosk.call('submitRequest', draft());
    centre.failures.push(failing('retryable', 'http-429', { status: 429, retryAfterMs: 30_000 }));
    await worker.drainQueue();
    const [entry] = waitingEntries(kiosk.runtime.db);
    expect(Date.parse(entry?.nextAttemptAt ?? '') - kiosk.clock.now.getTime()).toBe(30_000);
    later(29_000);
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(1);
    later(1_000);
    expect(await worker.drainQueue()).toBe(1);

    const policy = { baseMs: 1000, capMs: 60_000 };
    expect(retryDelayMs(policy, 0, undefined, () => 0.999)).toBeLessThan(1000);
    expect(retryDelayMs(policy, 3, undefined, () => 0.5)).toBe(4000);
    expect(retryDelayMs(policy, 20, undefined, () => 0.999)).toBeLessThan(60_000);
    expect(retryDelayMs(policy, 2, 10_000, () => 0)).toBe(10_000);
  });

  it('puts a permanent refusal in the dead letters for staff, and never retries it blindly', async () => {
    await kiosk.call('submitRequest', draft());
    centre.failures.push(
      failing('permanent', 'http-400 service_code: unknown', {
        status: 400,
        errors: [{ code: '400', description: 'service_code: unknown' }],
      }),
    );
    await worker.drainQueue();
    later(3_600_000);
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(1);
    expect(worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 1 });
    const row = kiosk.runtime.db.prepare('SELECT state, last_error FROM outbox').get();
    expect(row).toEqual({ state: 'dead', last_error: 'http-400 service_code: unknown' });
  });

  it('treats 409 (still in flight at the centre) as try again later', async () => {
    await kiosk.call('submitRequest', draft());
    centre.failures.push(failing('in-flight', 'http-409', { status: 409 }));
    await worker.drainQueue();
    expect(worker.state().queueDepth).toBe(1);
    later(120_000);
    expect(await worker.drainQueue()).toBe(1);
  });

  it('resolves a token into the centre’s id later, and then polls the status into the cache', async () => {
    centre.answerWithToken = true;
    const submitted = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    const request = findRequestByTicket(kiosk.runtime.db, submitted.ticket);
    expect(
      kiosk.runtime.db.prepare('SELECT upstream_id, upstream_token FROM requests').get(),
    ).toEqual({ upstream_id: null, upstream_token: 'T-SR-1' });
    centre.tokens.set('T-SR-1', 'SR-1');
    centre.advance('SR-1', 'in-progress', '2026-11-28T03:00:00.000Z', '维修师傅下午上门');
    await worker.runOnce({ statuses: true, directory: false });
    expect(
      request &&
        kiosk.runtime.db.prepare('SELECT upstream_id FROM requests WHERE id = ?').get(request.id),
    ).toEqual({ upstream_id: 'SR-1' });
    const status = await kiosk.call('getRequestStatus', { ticket: submitted.lookupCode });
    expect(status).toMatchObject({
      stage: 'in-progress',
      handlerNote: '维修师傅下午上门',
      stages: [{}, { at: '2026-11-28T03:00:00.000Z' }, { at: null }],
    });
  });

  it('forwards a rating once the request has the centre’s id', async () => {
    const submitted = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    centre.advance('SR-1', 'done', '2026-11-29T02:00:00.000Z', '已修好');
    await worker.runOnce({ statuses: true, directory: false });
    await kiosk.call('rateRequest', { ticket: submitted.lookupCode, stars: 5, tags: ['fast'] });
    expect(await worker.drainQueue()).toBe(1);
    expect([...centre.ratings.values()]).toEqual([{ id: 'SR-1', stars: 5 }]);
  });

  it('stores a valid directory from the centre and keeps the last good one when a reply is bad', async () => {
    const renamed = { ...demoCommunity, centre: { ...demoCommunity.centre, hotline: '12345' } };
    centre.directory = { kind: 'changed', etag: '"v2"', data: renamed };
    await worker.runOnce({ statuses: false, directory: true });
    expect(latestSnapshot(kiosk.runtime.db)).toMatchObject({ source: 'upstream', etag: '"v2"' });
    expect((await kiosk.call('getCatalog', {})).hotline).toBe('12345');
    centre.directory = { kind: 'changed', etag: '"v3"', data: { centre: 'nonsense' } };
    await worker.runOnce({ statuses: false, directory: true });
    expect(latestSnapshot(kiosk.runtime.db)?.etag).toBe('"v2"');
    expect((await kiosk.call('getCatalog', {})).hotline).toBe('12345');
  });

  it('purges personal fields of forwarded requests past the retention period, keeping ticket and stage', async () => {
    const forwarded = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    centre.failures.push(failing('retryable', 'offline'));
    const notForwarded = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    later(8 * 86_400_000);
    centre.failures.push(failing('retryable', 'offline'));
    await worker.runOnce({ statuses: false, directory: false });
    const rows = kiosk.runtime.db
      .prepare(
        'SELECT ticket, personal_sealed IS NULL AS purged, masked_name FROM requests ORDER BY id',
      )
      .all();
    expect(rows).toEqual([
      { ticket: forwarded.ticket, purged: 1, masked_name: '张*明' },
      { ticket: notForwarded.ticket, purged: 0, masked_name: '张*明' },
    ]);
    expect((await kiosk.call('getRequestStatus', { ticket: forwarded.ticket })).stage).toBe(
      'accepted',
    );
  });
});
