// Draining a backlog: 10,000 requests queued while the network was down, forwarded by the real
// upload worker to the reference centre server (a separate process on loopback), each marked in
// flight before its POST and its answer committed as it comes. The baseline, in the same run,
// posts the same requests with the same client and concurrency straight from a list, without
// the queue, to a fresh centre. Also: the WAL bytes the queue writes per forwarded request.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueue, queueSummary } from '../../db/repositories/outbox.js';
import { getRequest, insertRequest } from '../../db/repositories/requests.js';
import { recordAccepted } from '../../db/repositories/requestStatus.js';
import { newRequestRow } from '../support/newRequestRow.js';
import { numberRequest } from '../../electron/services/intake/ticketNumbers.js';
import { startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';
import { seal } from '../../electron/services/security/sealedFields.js';
import {
  classifyCentreFailure,
  createCentreGateway,
} from '../../electron/services/upload/centreClientGateway.js';
import type { RequestLocation } from '../../electron/services/upload/centreGateway.js';
import { outgoingRequest } from '../../electron/services/upload/outgoingRequest.js';
import { createUploadWorker } from '../../electron/services/upload/uploadWorker.js';
import { createCentreClient } from '../../upstream/client/index.js';
import { startCentreProcess } from '../support/centreProcess.js';
import { catalogueResolver } from '../unit/upload/catalogueResolver.js';
import { type BenchRow, type Benchmark, round } from './benchTypes.js';
import { demoKit } from '../../demo/demoKit.js';

const backlog = 10_000;
const inFlight = 4;
const kioskLocation: RequestLocation = {
  lat: 39.9219,
  long: 116.4436,
  address: '幸福里社区服务中心',
};

export const drainBench: Benchmark = {
  name: 'drain a backlog into the centre',
  async run(): Promise<BenchRow[]> {
    const root = mkdtempSync(join(tmpdir(), 'kiosk-bench-drain-'));
    const runtime = startKioskRuntime({
      dataDir: join(root, 'kiosk'),
      shell: 'test',
      demo: demoKit,
      env: { KIOSK_ID: 'A03' },
      logger: createMemoryLogger(),
    });
    const { db, keys, directory } = runtime;
    const centre = await startCentreProcess(join(root, 'centre'), { CENTRE_TOKEN_CHANCE: '0' });
    const baselineCentre = await startCentreProcess(join(root, 'centre-baseline'), {
      CENTRE_TOKEN_CHANCE: '0',
    });
    try {
      const ids: number[] = [];
      db.transaction(() => {
        for (let i = 0; i < backlog; i += 1) {
          const day = `2026-11-${String(1 + Math.floor(i / 9000)).padStart(2, '0')}`;
          const createdAt = new Date().toISOString();
          const request = insertRequest(
            db,
            newRequestRow({
              serviceDate: day,
              createdAt,
              needId: null,
              urgency: i % 10 === 0 ? 'urgent' : 'normal',
              personalSealed: seal(keys, {
                name: '张三明',
                phone: '13812345678',
                description: `水管漏水 ${i}`,
              }),
            }),
            (seq) => numberRequest('A03', day, seq),
          );
          recordAccepted(db, request.id, createdAt);
          enqueue(db, {
            kind: 'request',
            requestId: request.id,
            idempotencyKey: randomUUID(),
            priority: i % 10 === 0 ? 1 : 2,
            now: createdAt,
          });
          ids.push(request.id);
        }
      })();

      const client = (baseUrl: string, apiKey: string) =>
        createCentreClient({ baseUrl, apiKey, timeoutMs: 10_000 });
      const gateway = createCentreGateway(client(centre.url, centre.apiKey));
      // The mapping is checked against the platform's own list, as in production.
      const resolveService = catalogueResolver({
        services: await gateway.getServices(),
        definitions: [],
        rules: [{ category: 'basic-living', serviceCode: 'basic-living-other' }],
      });
      const worker = createUploadWorker({
        db,
        gateway,
        classify: classifyCentreFailure,
        keys,
        directory,
        resolveService,
        kioskLocation: () => kioskLocation,
        settings: {
          backoff: { baseMs: 100, capMs: 2_000 },
          maxInFlight: inFlight,
          idleMs: 1_000,
          statusPollMs: 3_600_000,
          directoryPollMs: 3_600_000,
          retentionDays: 7,
          heldRetryMs: 3_600_000,
        },
        logger: createMemoryLogger(),
        now: () => new Date(),
      });
      // The WAL the drain writes: emptied first, no checkpoint while it runs.
      const wal = `${join(root, 'kiosk', 'kiosk.sqlite')}-wal`;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('wal_autocheckpoint = 0');
      const started = performance.now();
      while (queueSummary(db).waiting > 0) await worker.drainQueue();
      const queuedSeconds = (performance.now() - started) / 1000;
      const walBytesPerRequest = statSync(wal).size / backlog;
      db.pragma('wal_autocheckpoint = 1000');
      db.pragma('wal_checkpoint(TRUNCATE)');
      const { held, dead } = queueSummary(db);
      if (held + dead > 0) throw new Error(`${held} held and ${dead} dead: the drain is not clean`);

      const payloads = ids.map((id) => {
        const request = getRequest(db, id);
        if (!request) throw new Error(`request ${id} vanished`);
        const prepared = outgoingRequest(request, {
          keys,
          resolveService,
          kioskLocation: () => kioskLocation,
        });
        if (prepared.kind !== 'ready') throw new Error(prepared.problem);
        return prepared.request;
      });
      const direct = createCentreGateway(client(baselineCentre.url, baselineCentre.apiKey));
      const plainStarted = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < payloads.length) {
            const payload = payloads[next];
            next += 1;
            if (payload) await direct.postRequest(payload, randomUUID());
          }
        }),
      );
      const plainSeconds = (performance.now() - plainStarted) / 1000;
      const rate = backlog / queuedSeconds;
      const plainRate = backlog / plainSeconds;
      return [
        {
          benchmark: `drain ${backlog} queued requests into the local centre`,
          figure: round(rate, 0),
          unit: 'req/s',
          target: '>= 500',
          met: rate >= 500,
        },
        {
          benchmark: 'WAL bytes per forwarded request (in-flight mark + answer)',
          figure: Math.round(walBytesPerRequest),
          unit: 'bytes',
          target: '-',
          met: null,
        },
        {
          benchmark: 'the same POSTs in a plain loop, no queue (baseline)',
          figure: round(plainRate, 0),
          unit: 'req/s',
          target: '-',
          met: null,
        },
        {
          benchmark: 'queue throughput ÷ plain loop',
          figure: round(rate / plainRate, 2),
          unit: 'x',
          target: '-',
          met: null,
        },
      ];
    } finally {
      await centre.stop();
      await baselineCentre.stop();
      await runtime.close();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
