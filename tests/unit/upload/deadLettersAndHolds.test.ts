// What staff are left with when the platform refuses or the mapping cannot place a request:
// a dead letter with everything (every error, the status, the sealed request as sent, the
// mapping), or a held entry with a reason that goes out once the catalogue has the service.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueue } from '../../../db/repositories/outbox.js';
import { deadLetters } from '../../../db/repositories/outboxDeadLetters.js';
import { insertRequest } from '../../../db/repositories/requests.js';
import { recordAccepted } from '../../../db/repositories/requestStatus.js';
import { numberRequest } from '../../../electron/services/intake/ticketNumbers.js';
import { seal, unseal } from '../../../electron/services/security/sealedFields.js';
import { newRequestRow } from '../../support/newRequestRow.js';
import { service } from './catalogueResolver.js';
import { type Harness, draft, failing, startHarness } from './workerHarness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(() => harness.stop());

describe('dead letters', () => {
  it('keep every error, the status, the request as sent (sealed) and the mapping', async () => {
    const { kiosk, centre, worker } = harness;
    const submitted = await kiosk.call('submitRequest', draft());
    const errors = [
      { code: '400', description: 'Error in input for POST_Service_Request' },
      { code: 'phone', description: 'phone: not a number this platform accepts' },
    ];
    centre.failures.push(failing('permanent', 'phone: not a number', { status: 400, errors }));
    await worker.drainQueue();
    harness.later(3_600_000);
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(1);
    const [letter] = deadLetters(kiosk.runtime.db);
    expect(letter).toMatchObject({
      ticket: submitted.ticket,
      kind: 'request',
      reason: 'phone: not a number',
      httpStatus: 400,
      errors,
      mapping: { serviceCode: 'GENERAL', source: 'category' },
    });
    // Sealed like other personal fields: the name is not in the stored bytes.
    expect(letter?.requestSealed?.includes(Buffer.from('张三明'))).toBe(false);
    expect(unseal(kiosk.runtime.keys, letter?.requestSealed ?? Buffer.alloc(0))).toMatchObject({
      serviceCode: 'GENERAL',
      name: '张三明',
      facts: { ticket: submitted.ticket },
    });
    expect(worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 1 });
  });

  it('dead-letter a duplicate-400 the platform holds under someone else’s request, after looking', async () => {
    const { kiosk, centre, worker } = harness;
    centre.rejectsDuplicates = true;
    await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    const second = await kiosk.call('submitRequest', draft());
    // Same service, words and place: the platform calls it a duplicate; the look-up says it is not ours.
    await worker.drainQueue();
    expect(centre.lookups.map((lookup) => lookup.ticket)).toEqual([second.ticket]);
    expect(deadLetters(kiosk.runtime.db)).toMatchObject([
      { ticket: second.ticket, httpStatus: 400, errors: [{ code: '400' }, { code: 'duplicate' }] },
    ]);
  });
  it('dead-letter a request whose sealed fields cannot be opened, without sending it', async () => {
    const { kiosk, centre, worker } = harness;
    const db = kiosk.runtime.db;
    db.transaction(() => {
      const request = insertRequest(
        db,
        newRequestRow({ personalSealed: Buffer.concat([Buffer.from([1]), Buffer.alloc(40, 9)]) }),
        (seq) => numberRequest('A03', '2026-11-28', seq),
      );
      recordAccepted(db, request.id, request.createdAt);
      enqueue(db, {
        kind: 'request',
        requestId: request.id,
        idempotencyKey: 'k-damaged',
        priority: 2,
        now: request.createdAt,
      });
    })();
    await worker.drainQueue();
    expect(centre.keysSeen).toHaveLength(0);
    expect(deadLetters(db)).toMatchObject([
      { reason: 'sealed-fields-unreadable', httpStatus: null, errors: [], requestSealed: null },
    ]);
  });
});

describe('held entries', () => {
  it('hold a request whose service the platform withdrew, and send it when the catalogue has it', async () => {
    const { kiosk, centre, catalogue, worker } = harness;
    catalogue.services = catalogue.services.filter((s) => s.code !== 'GENERAL');
    const submitted = await kiosk.call('submitRequest', draft());
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(0);
    expect(worker.state()).toMatchObject({
      queueDepth: 0,
      held: 1,
      deadLetters: 0,
      heldReason: 'the platform no longer offers service GENERAL',
    });
    // Not sent while the catalogue is unchanged, even on later passes.
    harness.later(60_000);
    expect(await worker.drainQueue()).toBe(0);
    catalogue.services = [...catalogue.services, service('GENERAL')];
    // Released and nudged: the worker sends it now; a drain waits for that one to finish.
    expect(worker.catalogueChanged()).toBe(1);
    await worker.drainQueue();
    expect(centre.records.map((r) => r.request.facts.ticket)).toEqual([submitted.ticket]);
    expect(worker.state()).toMatchObject({ held: 0, heldReason: null });
  });

  it('try a held request again after a while without a catalogue change', async () => {
    const { kiosk, catalogue, worker } = harness;
    const rules = catalogue.rules;
    catalogue.rules = [];
    await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    expect(worker.state().heldReason).toBe('no platform service is mapped for basic-living/-');
    catalogue.rules = rules;
    harness.later(3_600_000);
    expect(await worker.drainQueue()).toBe(1);
  });
});

describe('what the platform receives', () => {
  it('the mapping’s code, only declared attributes, and the resident’s own location when given', async () => {
    const { kiosk, centre, worker } = harness;
    const db = kiosk.runtime.db;
    db.transaction(() => {
      const request = insertRequest(
        db,
        newRequestRow({
          personalSealed: seal(kiosk.runtime.keys, {
            name: '李四',
            phone: null,
            description: '厨房水管漏水',
            attributes: { floor: '3', colour: 'blue', note: 'not an answer' },
            location: { lat: 39.92, long: 116.44, address: '幸福里 3 号楼' },
          }),
        }),
        (seq) => numberRequest('A03', '2026-11-28', seq),
      );
      recordAccepted(db, request.id, request.createdAt);
      enqueue(db, {
        kind: 'request',
        requestId: request.id,
        idempotencyKey: 'k-1',
        priority: 2,
        now: request.createdAt,
      });
    })();
    await worker.drainQueue();
    expect(centre.records[0]?.request).toMatchObject({
      serviceCode: 'WATER',
      description: '厨房水管漏水',
      attributes: { floor: '3' },
      declaredAttributes: ['floor'],
      location: { lat: 39.92, long: 116.44, address: '幸福里 3 号楼' },
      facts: { kioskId: 'A03', category: 'basic-living', urgency: 'normal', emergency: false },
    });
    expect(Object.keys(centre.records[0]?.request.attributes ?? {})).toEqual(['floor']);
  });
});

describe('the kiosk’s extensions on a plain platform', () => {
  it('keeps a rating the platform does not take local-only, not dead and not retried', async () => {
    const { kiosk, centre, worker } = harness;
    centre.ratingsSupported = false;
    const submitted = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    centre.advance('SR-1', 'done', '2026-11-29T02:00:00.000Z', '已修好');
    await worker.runOnce({ statuses: true, directory: false });
    await kiosk.call('rateRequest', { ticket: submitted.lookupCode, stars: 4, tags: [] });
    expect(await worker.drainQueue()).toBe(1);
    harness.later(86_400_000);
    expect(await worker.drainQueue()).toBe(0);
    expect(centre.keysSeen).toHaveLength(2);
    expect(worker.state()).toMatchObject({ queueDepth: 0, deadLetters: 0, localOnly: 1 });
  });

  it('maps a plain closed status to done with the handler’s note', async () => {
    const { kiosk, centre, worker } = harness;
    const submitted = await kiosk.call('submitRequest', draft());
    await worker.drainQueue();
    centre.statuses.set('SR-1', {
      id: 'SR-1',
      status: 'closed',
      stage: 'done',
      richStages: false,
      stageTimes: [],
      handlerNote: '已派人处理',
      updatedAt: '2026-11-29T02:00:00.000Z',
    });
    await worker.runOnce({ statuses: true, directory: false });
    expect(await kiosk.call('getRequestStatus', { ticket: submitted.lookupCode })).toMatchObject({
      stage: 'done',
      handlerNote: '已派人处理',
    });
  });

  it('keeps the current directory when the platform has none, and says so once', async () => {
    const { kiosk, centre, worker } = harness;
    centre.directory = { kind: 'unsupported' };
    const before = await kiosk.call('getCatalog', {});
    for (let i = 0; i < 3; i += 1) await worker.runOnce({ statuses: false, directory: true });
    expect(centre.directoryCalls).toBe(3);
    expect(await kiosk.call('getCatalog', {})).toEqual(before);
    expect(kiosk.logs.filter((line) => line.includes('no directory extension'))).toHaveLength(1);
  });
});
