// Two kiosks of one centre take numbers from the reference centre while it answers, issue their
// own while it cannot be reached (each from its own space, the wait marked as estimated), and
// report them when it is back: no number is ever given twice, the centre accepts every one in
// its place, a press whose reply was lost ends with the number the resident holds, and a
// number reissued by a kiosk whose database was wiped goes to staff, not to the queue.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TakenNumber } from '../../../contract/index.js';
import { communityNames } from '../../../electron/services/community/communityNames.js';
import { createQueueGateway } from '../../../electron/services/takeNumber/queueGateway.js';
import {
  type TakeNumberService,
  createTakeNumberService,
} from '../../../electron/services/takeNumber/takeNumberService.js';
import { classifyCentreFailure } from '../../../electron/services/upload/centreClientGateway.js';
import { defaultSenderRegistry } from '../../../electron/services/upload/senders/index.js';
import {
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import { createQueueClient } from '../../../upstream/client/queueClient.js';
import {
  type TestCentre,
  startTestCentre,
  testApiKey,
} from '../../integration/centre/support/testCentre.js';
import { FakeCentre } from '../../support/fakeCentre.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { catalogueResolver, sampleCatalogue } from '../upload/catalogueResolver.js';
import { kioskLocation, settings } from '../upload/workerHarness.js';

// 09:00 in Shanghai, the centre's and the kiosks' day.
const clock = { now: new Date('2026-12-01T01:00:00Z') };
const later = (minutes: number) => {
  clock.now = new Date(clock.now.getTime() + minutes * 60_000);
};

let centre: TestCentre;
const kiosks: TestKiosk[] = [];
const workers: UploadWorker[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop();
  for (const kiosk of kiosks.splice(0)) await kiosk.stop();
  await centre.close();
});

interface Lobby {
  service: TakeNumberService;
  worker: UploadWorker;
  /** false: every call to the centre fails as a network error would. */
  network: { up: boolean; loseNextReply: boolean };
}

async function kioskOf(kioskId: string): Promise<Lobby> {
  const kiosk = await startTestKiosk({ env: { KIOSK_ID: kioskId } });
  kiosks.push(kiosk);
  const network = { up: true, loseNextReply: false };
  const queue = createQueueGateway(
    createQueueClient({
      baseUrl: centre.server.url,
      apiKey: testApiKey,
      timeoutMs: 5_000,
      async fetch(input, init) {
        if (!network.up) throw new TypeError('fetch failed');
        const response = await fetch(input, init);
        if (network.loseNextReply) {
          network.loseNextReply = false;
          throw new TypeError('fetch failed');
        }
        return response;
      },
    }),
  );
  const { db, logger } = kiosk.runtime;
  const worker = createUploadWorker({
    db,
    gateway: Object.assign(new FakeCentre(() => clock.now), { queue }),
    classify: classifyCentreFailure,
    keys: kiosk.runtime.keys,
    directory: kiosk.runtime.directory,
    resolveService: catalogueResolver(sampleCatalogue()),
    kioskLocation: () => kioskLocation,
    settings,
    logger,
    now: () => clock.now,
    random: () => 0.5,
    senders: defaultSenderRegistry,
  });
  workers.push(worker);
  const service = createTakeNumberService({
    db,
    gateway: queue,
    classify: classifyCentreFailure,
    kioskId,
    centreNames: communityNames('幸福里社区', 'Xingfuli'),
    timeZone: 'Asia/Shanghai',
    printing: kiosk.runtime.printing,
    logger,
    now: () => clock.now,
    randomUuid: randomUUID,
    onSaved: () => undefined,
  });
  return { service, worker, network };
}

const take = (lobby: Lobby, priority = false): Promise<TakenNumber> =>
  lobby.service.takeNumber({ serviceCode: 'civil-affairs', priority, language: 'zh-CN' });

const waitingAtCentre = async (): Promise<number | undefined> => {
  const reply = await centre.call('GET', '/x/queue/services.json', {
    query: { api_key: testApiKey },
  });
  return (reply.json as { service_code: string; waiting: number }[]).find(
    (s) => s.service_code === 'civil-affairs',
  )?.waiting;
};

describe('two kiosks of one centre', () => {
  it('never give the same number, online or offline, and the centre accepts them all', async () => {
    centre = await startTestCentre({ now: () => clock.now });
    const a = await kioskOf('A01');
    const b = await kioskOf('B02');
    expect((await a.service.getQueue()).kind).toBe('open');
    expect((await b.service.getQueue()).kind).toBe('open');

    const online = [await take(a), await take(b)];
    expect(online.map((n) => [n.number, n.waitingAhead, n.estimated])).toEqual([
      ['B001', 0, false],
      ['B002', 1, false],
    ]);

    a.network.up = false;
    b.network.up = false;
    later(2);
    const offer = await a.service.getQueue();
    expect(offer).toMatchObject({ kind: 'open' });
    if (offer.kind !== 'open') throw new Error('no services');
    expect(offer.services.find((s) => s.code === 'civil-affairs')).toMatchObject({
      waiting: 1,
      estimated: true,
    });
    const offline = [
      await take(a),
      await take(b),
      await take(a),
      await take(b),
      await take(a, true),
    ];
    expect(offline.map((n) => n.number)).toEqual([
      'B01-A01',
      'B01-B02',
      'B02-A01',
      'B02-B02',
      'BP01-A01',
    ]);
    expect(offline.every((n) => n.estimated)).toBe(true);
    // Kiosk A knew of none waiting, gave out B001, then its own: one, then two ahead.
    expect([offline[0]?.waitingAhead, offline[2]?.waitingAhead, offline[4]?.waitingAhead]).toEqual([
      1, 2, 0,
    ]);

    a.network.up = true;
    b.network.up = true;
    later(1);
    expect(await a.worker.drainQueue()).toBe(3);
    expect(await b.worker.drainQueue()).toBe(2);
    expect(await waitingAtCentre()).toBe(7);
    const next = await take(b);
    expect(next).toMatchObject({ number: 'B003', waitingAhead: 7, estimated: false });
    const all = [...online, ...offline, next].map((n) => n.number);
    expect(new Set(all).size).toBe(all.length);
  });

  it('leave a number reissued after a wiped database to staff, never to a second resident', async () => {
    centre = await startTestCentre({ now: () => clock.now });
    const first = await kioskOf('A01');
    await first.service.getQueue();
    first.network.up = false;
    expect((await take(first)).number).toBe('B01-A01');
    first.network.up = true;
    expect(await first.worker.drainQueue()).toBe(1);

    // The same kiosk comes back mid-day with an empty database: offline, its count starts again.
    const wiped = await kioskOf('A01');
    await wiped.service.getQueue();
    wiped.network.up = false;
    later(5);
    expect((await take(wiped)).number).toBe('B01-A01');
    wiped.network.up = true;
    await wiped.worker.drainQueue();
    // The centre keeps the first resident's B01-A01 and refuses the second: a dead letter staff
    // see (they call the second resident by hand), and the centre counts one waiting, not two.
    const entry = kiosks[1]?.runtime.db
      .prepare("SELECT state, last_error FROM outbox WHERE kind = 'queue-number'")
      .get() as { state: string; last_error: string };
    expect(entry.state).toBe('dead');
    expect(entry.last_error).toContain('queue_number_taken');
    expect(await waitingAtCentre()).toBe(1);
  });

  it('report the number the resident holds when the centre’s own reply was lost', async () => {
    centre = await startTestCentre({ now: () => clock.now });
    const a = await kioskOf('A01');
    await a.service.getQueue();
    a.network.loseNextReply = true;
    const taken = await take(a);
    // The centre issued B001 but the kiosk never heard: it gave the resident its own number.
    expect(taken).toMatchObject({ number: 'B01-A01', estimated: true });
    expect(await a.worker.drainQueue()).toBe(1);
    expect(await waitingAtCentre()).toBe(1);
    const db = kiosks[0]?.runtime.db;
    const press = db?.prepare('SELECT client_key FROM queue_numbers').get() as {
      client_key: string;
    };
    const held = await centre.call('GET', `/x/queue/tickets/${press.client_key}.json`, {
      query: { api_key: testApiKey },
    });
    expect(held.json).toMatchObject([{ number: 'B01-A01', source: 'kiosk' }]);

    // The ticket printed with the number four times as wide and tall, and the wait as 约.
    await kiosks[0]?.runtime.printing.idle();
    const job = db
      ?.prepare("SELECT document_json, state FROM print_jobs WHERE purpose = 'queue-number'")
      .get() as { document_json: string; state: string };
    expect(job.state).toBe('printed');
    const blocks = (JSON.parse(job.document_json) as { blocks: Record<string, unknown>[] }).blocks;
    expect(blocks).toContainEqual(
      expect.objectContaining({ segments: [{ keep: 'B01-A01' }], width: 4, height: 4 }),
    );
    expect(job.document_json).toContain('约');
    expect(await a.worker.drainQueue()).toBe(0);
  });
});
