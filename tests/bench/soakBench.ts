// `npm run soak`: 24 simulated hours of resident visits against the real host runtime (the
// services, SQLite, the simulated card reader and printer, the upload worker) served by the real
// HTTP host, on a clock the soak moves (about half a minute per visit), while the network to the
// reference centre (a separate process) goes down every two simulated hours, by turns refusing
// and hanging, and the printer runs out of paper or goes offline now and then.
//
// Warm-up (not measured) lasts at least 300 visits and until the runtime's in-memory log tail
// holds its 2,000 lines. Then one sample every simulated hour (100 visits), while the link is up,
// the queue drained and connections idle past their keep-alive, after two global.gc() calls:
// RSS (and its split), heapUsed, external and arrayBuffers of this process (which is the host),
// V8's young generation, and the open handles (soakProbe.ts). Growth is the least-squares slope
// per 1,000 visits over all samples (soakRows.ts). The baseline, in the same run, is the same
// sampling with an idle host: the same simulated time passing and the network flapping, but no
// visits. At the end every request the kiosk saved must be at the centre exactly once, nothing
// dead-lettered, and the host must still answer. SOAK_SNAPSHOT_DIR and SOAK_SNAPSHOT_AT write
// heap snapshots at chosen visit counts, to compare in DevTools (not for a measuring run: a
// snapshot leaves RSS hundreds of MB higher).
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queueSummary } from '../../db/repositories/outbox.js';
import { demoKit } from '../../demo/demoKit.js';
import { startHttpHost } from '../../electron/host/httpHost.js';
import { rendererDir } from '../../electron/services/appPaths.js';
import { startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createLogger } from '../../electron/services/logger.js';
import { startCentreProcess } from '../support/centreProcess.js';
import { seededRandom } from '../support/seededRandom.js';
import type { BenchRow, Benchmark } from './benchTypes.js';
import { soakRows } from './soakRows.js';
import { round } from './benchTypes.js';
import { lookAtMemory, snapshotAt, snapshotPlan } from './soakProbe.js';
import {
  type Sample,
  type SampleField,
  handleCount,
  handleKinds,
  networkAt,
  printerAt,
  quietly,
  realDelay,
} from './soakMeasure.js';
import { type NetworkState, startSoakProxy } from './soakProxy.js';
import { createVisitor, emptyTally, soakApi } from './soakVisits.js';

const hourMs = 3_600_000;
/** Idle samples for the baseline: six simulated hours with no visits. */
const baselineIntervals = 6;
const warmUpVisitCount = 300;
/**
 * The runtime keeps its last 2,000 log lines in memory for staff (staffTools/logTail.ts): a
 * bounded store that fills over the first ~2,000 visits. Warm-up lasts until it is full.
 */
const logTailLines = 2_000;
const warmUpVisitLimit = 6_000;

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

export const soakBench: Benchmark = {
  name: 'soak: 24 simulated hours of visits',
  async run(): Promise<BenchRow[]> {
    const gc = globalThis.gc;
    if (!gc)
      throw new Error('the soak needs global.gc(): run node with --expose-gc (npm run soak)');
    // One sample every simulated hour, while the link is up (it is down in the last 20 minutes
    // of every two hours); SOAK_HOURS makes the measured run longer, at the same 100 visits an
    // hour unless SOAK_VISITS says otherwise.
    const hours = 2 * Math.ceil(numberFromEnv('SOAK_HOURS', 24) / 2);
    const simulatedMs = hours * hourMs;
    const intervals = hours;
    const visits = Math.ceil(numberFromEnv('SOAK_VISITS', 100 * hours) / intervals) * intervals;
    const snapshots = snapshotPlan(process.env);
    const visitsPerInterval = visits / intervals;
    const stepMs = simulatedMs / visits;
    const random = seededRandom(20261128);

    const root = mkdtempSync(join(tmpdir(), 'kiosk-soak-'));
    const centre = await startCentreProcess(join(root, 'centre'));
    const proxy = await startSoakProxy(centre.url);
    const clock = { now: new Date('2026-11-27T22:00:00Z') };
    const started = clock.now.getTime();
    // The host's log, kept to its last lines: a log held in memory would be the leak measured.
    const lastLines: string[] = [];
    let logLines = 0;
    const logger = createLogger((line) => {
      logLines += 1;
      lastLines.push(line);
      if (lastLines.length > 50) lastLines.shift();
    });
    const runtime = startKioskRuntime({
      dataDir: join(root, 'kiosk'),
      shell: 'host',
      env: {
        KIOSK_ID: 'A03',
        KIOSK_UPSTREAM_URL: proxy.url,
        KIOSK_UPSTREAM_API_KEY: centre.apiKey,
        KIOSK_UPSTREAM_TIMEOUT_MS: '2000',
        // Thousands of visits in minutes of real time: past the lobby's limit, not measured here.
        KIOSK_SUBMISSIONS_PER_HOUR: '100000',
      },
      logger,
      now: () => clock.now,
      demo: demoKit,
    });
    const host = await startHttpHost({
      dispatch: runtime.dispatch,
      rendererDir,
      port: 0,
      logger,
    });
    const api = soakApi(host.url, host.token);
    const printer = runtime.devices.printer.virtualPrinter;
    if (!printer) throw new Error('the soak needs the simulated printer');
    let network: NetworkState = 'up';
    const tally = emptyTally();
    const visit = createVisitor(api, random, tally);

    const advance = async (ms: number) => {
      clock.now = new Date(clock.now.getTime() + ms);
      const wanted = networkAt(clock.now.getTime() - started);
      if (wanted !== network) {
        network = wanted;
        await proxy.set(network);
      }
    };
    const drained = () => {
      const queue = queueSummary(runtime.db);
      return queue.waiting === 0 && queue.held === 0;
    };
    /** Until the queue is empty: real time first, then moving the clock past any backoff. */
    const waitForDrain = async (realMs: number) => {
      const until = Date.now() + realMs;
      while (!drained()) {
        if (Date.now() > until) throw new Error(`the queue did not drain: ${lastLines.join('\n')}`);
        await realDelay(200);
        if (network === 'up') clock.now = new Date(clock.now.getTime() + 30_000);
      }
    };
    const sample = async (at: number): Promise<Sample> => {
      await waitForDrain(60_000);
      await quietly(gc);
      const memory = lookAtMemory();
      const proxyHeapUsed = await proxy.heapUsed();
      // A connection opened by a heartbeat or a status poll just then is not a leak: a leaked
      // handle is there at every look, so the fewest of three looks a few hundred ms apart count.
      let resources = process.getActiveResourcesInfo();
      for (let look = 0; look < 2; look += 1) {
        await realDelay(300);
        const again = process.getActiveResourcesInfo();
        if (again.length < resources.length) resources = again;
      }
      return {
        at,
        ...memory,
        proxyHeapUsed,
        handles: handleCount(resources),
        printerBytes: printer.retainedBufferBytes,
        kinds: handleKinds(resources),
      };
    };

    try {
      if ((await api.page()) !== 200) throw new Error('the host does not serve its page');
      for (let tries = 0; ; tries += 1) {
        const info = await api.call<{ platform?: { servicesFetchedAt?: string | null } }>(
          'getKioskInfo',
          {},
        );
        if (info.platform?.servicesFetchedAt) break;
        if (tries % 50 === 0) process.stderr.write(`soak: waiting for the catalogue\n`);
        if (tries > 300) throw new Error('the kiosk never read the centre’s services');
        await realDelay(100);
      }

      // Warm-up: caches, JIT and SQLite's page cache settle. Not measured.
      let n = 0;
      const visitOnce = async () => {
        n += 1;
        const condition = printerAt(n);
        if (condition) printer.setCondition(condition);
        await visit(n);
        await advance(stepMs);
      };
      const warmUpStarted = Date.now();
      while (n < warmUpVisitCount || (logLines < logTailLines && n < warmUpVisitLimit)) {
        await visitOnce();
        if (n % 100 === 0) {
          process.stderr.write(
            `soak: warm-up ${n} visits, printer ${round(printer.bytesReceived / 1e6)} MB, ` +
              `${round((Date.now() - warmUpStarted) / 1000)} s; ms per call ${[...api.timings]
                .map(([name, t]) => `${name} ${round(t.ms / t.calls)}×${t.calls}`)
                .join(', ')}\n`,
          );
        }
      }
      const warmUpVisits = n;
      const warmUpSeconds = (Date.now() - warmUpStarted) / 1000;
      // Back to the start of a network cycle (up), from where both loops run.
      const cycleMs = 2 * hourMs;
      await advance(cycleMs - ((clock.now.getTime() - started) % cycleMs));

      // Baseline: an idle host, the same simulated time and network cycles, no visits.
      // The first collection after warm-up hands pages back to the system: not the idle trend.
      await sample(0);
      const idle: Sample[] = [await sample(0)];
      for (let interval = 1; interval <= baselineIntervals; interval += 1) {
        for (let step = 0; step < visitsPerInterval; step += 1) await advance(stepMs);
        await realDelay(20);
        idle.push(await sample(interval * visitsPerInterval));
      }

      // The measured day.
      const day: Sample[] = [await sample(0)];
      const dayStarted = Date.now();
      for (let interval = 1; interval <= intervals; interval += 1) {
        for (let step = 0; step < visitsPerInterval; step += 1) await visitOnce();
        const taken = await sample(interval * visitsPerInterval);
        day.push(taken);
        const mbOf = (field: SampleField) => round(taken[field] / 1e6, 2);
        process.stderr.write(
          `soak: ${taken.at}/${visits} visits, MB rss ${mbOf('rss')} (anon ${mbOf('rssAnon')}, ` +
            `file ${mbOf('rssFile')}, shmem ${mbOf('rssShmem')}), heapUsed ${mbOf('heapUsed')}, ` +
            `heapTotal ${mbOf('heapTotal')} (young ${mbOf('newSpace')}), external ${mbOf('external')}, arrayBuffers ` +
            `${mbOf('arrayBuffers')}, v8 malloc ${mbOf('mallocedMemory')}, printer ` +
            `${mbOf('printerBytes')}, proxy heap ${mbOf('proxyHeapUsed')}; handles ` +
            `${JSON.stringify(taken.kinds)}\n`,
        );
        if (snapshots?.at.has(taken.at))
          process.stderr.write(`soak: heap snapshot ${snapshotAt(snapshots.dir, taken.at)}\n`);
      }
      const daySeconds = (Date.now() - dayStarted) / 1000;

      // Everything the kiosk saved reaches the centre exactly once.
      printer.setCondition({ paperOut: false, answersStatus: true });
      await proxy.set((network = 'up'));
      await waitForDrain(180_000);
      const kioskCodes = (
        runtime.db.prepare('SELECT lookup_code FROM requests').all() as { lookup_code: string }[]
      ).map((row) => row.lookup_code);
      const dead = queueSummary(runtime.db).dead;
      const centreDb = new BetterSqlite3(join(centre.dataDir, 'centre.sqlite'), {
        readonly: true,
      });
      const centreCodes = (
        centreDb.prepare('SELECT lookup_code FROM service_requests').all() as {
          lookup_code: string | null;
        }[]
      ).map((row) => row.lookup_code);
      centreDb.close();
      const atCentre = new Map<string, number>();
      for (const code of centreCodes) if (code) atCentre.set(code, (atCentre.get(code) ?? 0) + 1);
      const lost = kioskCodes.filter((code) => !atCentre.has(code)).length;
      const duplicated = [...atCentre.values()].reduce((sum, count) => sum + count - 1, 0);
      const strangers = [...atCentre.keys()].filter((code) => !kioskCodes.includes(code)).length;
      const answers =
        (await api.page()) === 200 &&
        (await api.call<{ kioskId?: string }>('getKioskInfo', {})).kioskId === 'A03';

      const inMb = (samples: Sample[], field: SampleField) =>
        samples.map((s) => round(s[field] / 1e6)).join(' ');
      console.error(
        `soak: ${visits} visits (${tally.requests} requests, ${tally.emergencies} emergencies, ` +
          `${tally.withCard} with a card, ${tally.checks} checks; receipts ${tally.printed} ` +
          `printed, ${tally.notPrinted} not) in ${round(daySeconds)} s after ${warmUpVisits} ` +
          `warm-up visits (${round(warmUpSeconds)} s); ${kioskCodes.length} saved, ` +
          `${centreCodes.length} at the centre, ${lost} lost, ${duplicated} duplicated, ` +
          `${strangers} unknown, ${dead} dead; ${logLines} log lines\n` +
          `soak: handles first ${JSON.stringify(day[0]?.kinds)} last ${JSON.stringify(day.at(-1)?.kinds)}\n` +
          `soak: rss MB ${inMb(day, 'rss')}; idle ${inMb(idle, 'rss')}\n` +
          `soak: heapUsed MB ${inMb(day, 'heapUsed')}; idle ${inMb(idle, 'heapUsed')}`,
      );
      return soakRows({
        hours,
        visits,
        warmUpVisits,
        day,
        idle,
        saved: kioskCodes.length,
        lostOrDuplicated: lost + duplicated + strangers + dead,
        answers,
      });
    } finally {
      api.close();
      await host.close();
      await runtime.close();
      await proxy.stop();
      await centre.stop();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
