// One drain measurement, shared by the loopback and the far, strict centre benchmarks: a backlog
// queued while the network was down, forwarded by the real upload worker (marks in flight before
// each POST, answers committed as they come) to the reference centre as a separate process,
// optionally behind a delaying proxy. The baseline posts the same forms with the same client and
// pool size straight from a list to a fresh centre of the same kind, and stops at the same point
// (all answered). It runs half before and half after the queue, so both see the same load on a
// shared machine. Also: the WAL bytes the queue writes per forwarded request.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { enqueue, queueSummary } from '../../db/repositories/outbox.js';
import { getRequest, insertRequest } from '../../db/repositories/requests.js';
import { recordAccepted } from '../../db/repositories/requestStatus.js';
import { numberRequest } from '../../electron/services/intake/ticketNumbers.js';
import { demoKit } from '../../demo/demoKit.js';
import { startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';
import type { KioskKeys } from '../../electron/services/security/kioskKeys.js';
import { seal } from '../../electron/services/security/sealedFields.js';
import {
  classifyCentreFailure,
  createCentreGateway,
} from '../../electron/services/upload/centreClientGateway.js';
import type {
  CentreGateway,
  OutgoingRequest,
  RequestLocation,
} from '../../electron/services/upload/centreGateway.js';
import { outgoingRequest } from '../../electron/services/upload/outgoingRequest.js';
import type { ServiceResolver } from '../../electron/services/upload/serviceResolution.js';
import { createUploadWorker } from '../../electron/services/upload/uploadWorker.js';
import { createCentreClient } from '../../upstream/client/index.js';
import { startCentreProcess } from '../support/centreProcess.js';
import { newRequestRow } from '../support/newRequestRow.js';
import { catalogueResolver } from '../unit/upload/catalogueResolver.js';
import { type LatencyProxy, startLatencyProxy } from './latencyProxy.js';

export interface DrainScenario {
  backlog: number;
  /** The worker's pool and the baseline's: calls open at once. */
  pool: number;
  /** Strict mode: a plain, unforgiving Open311 platform with its own service codes. */
  strict: boolean;
  /** Added to every reply by a delaying proxy; 0: straight to the centre. */
  latencyMs: number;
}

export interface DrainFigures {
  queueRate: number;
  plainRate: number;
  walBytesPerRequest: number;
  /** The kiosk process's CPU time per request (user + system), less sensitive to load. */
  queueCpuMs: number;
  plainCpuMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const kioskLocation: RequestLocation = {
  lat: 39.9219,
  long: 116.4436,
  address: '幸福里社区服务中心',
};

function fillBacklog(db: Database, keys: KioskKeys, backlog: number): number[] {
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
          // Every description differs: a strict centre refuses identical requests as duplicates.
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
  return ids;
}

/** The mapping, checked against the platform's own list as in production. */
async function mappingFor(gateway: CentreGateway, strict: boolean): Promise<ServiceResolver> {
  const services = await gateway.getServices();
  const definitions = await Promise.all(
    services.filter((s) => s.metadata).map((s) => gateway.getServiceDefinition(s.code)),
  );
  const serviceCode = strict ? 'WTR-LEAK' : 'basic-living-other';
  return catalogueResolver({
    services,
    definitions,
    rules: [{ category: 'basic-living', serviceCode }],
  });
}

/** `pool` callers posting `forms` in order; resolves in seconds once all are answered. */
async function plainLoop(gateway: CentreGateway, forms: OutgoingRequest[], pool: number) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: pool }, async () => {
      while (next < forms.length) {
        const form = forms[next];
        next += 1;
        if (form) await gateway.postRequest(form, randomUUID());
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function runDrainScenario(scenario: DrainScenario): Promise<DrainFigures> {
  const { backlog, pool, strict, latencyMs } = scenario;
  const root = mkdtempSync(join(tmpdir(), 'kiosk-bench-drain-'));
  const runtime = startKioskRuntime({
    dataDir: join(root, 'kiosk'),
    shell: 'test',
    demo: demoKit,
    env: { KIOSK_ID: 'A03' },
    logger: createMemoryLogger(),
  });
  const { db, keys, directory } = runtime;
  const centreEnv = { CENTRE_TOKEN_CHANCE: '0', ...(strict ? { CENTRE_STRICT: '1' } : {}) };
  const centre = await startCentreProcess(join(root, 'centre'), centreEnv);
  const baselineCentre = await startCentreProcess(join(root, 'centre-baseline'), centreEnv);
  let proxy: LatencyProxy | undefined;
  let baselineProxy: LatencyProxy | undefined;
  try {
    if (latencyMs > 0) {
      proxy = await startLatencyProxy(centre.url, latencyMs);
      baselineProxy = await startLatencyProxy(baselineCentre.url, latencyMs);
    }
    const ids = fillBacklog(db, keys, backlog);
    const gatewayTo = (baseUrl: string, apiKey: string) =>
      createCentreGateway(
        createCentreClient({
          baseUrl,
          apiKey,
          timeoutMs: 10_000,
          ...(strict ? { jurisdictionId: 'xingfuli' } : {}),
        }),
      );
    const gateway = gatewayTo(proxy?.url ?? centre.url, centre.apiKey);
    const resolveService = await mappingFor(gateway, strict);
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
        maxInFlight: pool,
        idleMs: 1_000,
        statusPollMs: 3_600_000,
        directoryPollMs: 3_600_000,
        retentionDays: 7,
        heldRetryMs: 3_600_000,
      },
      logger: createMemoryLogger(),
      now: () => new Date(),
    });
    // The baseline's forms, built before anything is timed.
    const forms = ids.map((id) => {
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
    const direct = gatewayTo(baselineProxy?.url ?? baselineCentre.url, baselineCentre.apiKey);
    const half = Math.floor(forms.length / 2);
    let plainCpu = process.cpuUsage();
    const plainBefore = await plainLoop(direct, forms.slice(0, half), pool);
    let plainCpuUsed = cpuMs(plainCpu);

    // The WAL the drain writes: emptied first, no checkpoint while it runs.
    const wal = `${join(root, 'kiosk', 'kiosk.sqlite')}-wal`;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('wal_autocheckpoint = 0');
    const queueCpu = process.cpuUsage();
    const started = performance.now();
    while (queueSummary(db).waiting > 0) await worker.drainQueue();
    const queuedSeconds = (performance.now() - started) / 1000;
    const queueCpuUsed = cpuMs(queueCpu);
    const walBytesPerRequest = statSync(wal).size / backlog;
    db.pragma('wal_autocheckpoint = 1000');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const { held, dead } = queueSummary(db);
    if (held + dead > 0) throw new Error(`${held} held and ${dead} dead: the drain is not clean`);

    plainCpu = process.cpuUsage();
    const plainAfter = await plainLoop(direct, forms.slice(half), pool);
    plainCpuUsed += cpuMs(plainCpu);
    return {
      queueRate: backlog / queuedSeconds,
      plainRate: forms.length / (plainBefore + plainAfter),
      walBytesPerRequest,
      queueCpuMs: queueCpuUsed / backlog,
      plainCpuMs: plainCpuUsed / forms.length,
    };
  } finally {
    await Promise.all([proxy, baselineProxy].map((p) => p?.stop()));
    await centre.stop();
    await baselineCentre.stop();
    await runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
