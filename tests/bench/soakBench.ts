// `npm run soak`: 24 simulated hours of resident visits against the real host runtime (the
// services, SQLite, the simulated card reader and printer, the upload worker) served by the real
// HTTP host, on a clock the soak moves (about half a minute per visit), while the network to the
// reference centre (a separate process) goes down every two simulated hours, by turns refusing
// and hanging, and the printer runs out of paper or goes offline now and then.
//
// Samples come after warm-up, each at the same point of the network's cycle (up, queue drained,
// connections idle past their keep-alive), after two global.gc() calls: RSS, heapUsed and
// arrayBuffers of this process (which is the host) and its open handles. Growth is the
// least-squares slope per 1,000 visits. The baseline, in the same run, is the same sampling with
// an idle host: the same simulated time passing and the network flapping, but no visits. At the
// end every request the kiosk saved must be at the centre exactly once, nothing dead-lettered,
// and the host must still answer.
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
import { seededRandom } from '../support/rawHttp.js';
import type { BenchRow, Benchmark } from './benchTypes.js';
import { round } from './benchTypes.js';
import {
  type Sample,
  growthPer1000,
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
const simulatedMs = 24 * hourMs;
/** Samples in the measured day: one every two simulated hours, at the start of a network cycle. */
const intervals = 12;
const baselineIntervals = 3;
const warmUpVisitCount = 300;

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
    const visits = Math.ceil(numberFromEnv('SOAK_VISITS', 2_400) / intervals) * intervals;
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
      const memory = process.memoryUsage();
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
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        arrayBuffers: memory.arrayBuffers,
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
      while (n < warmUpVisitCount) {
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
        day.push(await sample(interval * visitsPerInterval));
        process.stderr.write(
          `soak: ${interval * visitsPerInterval}/${visits} visits, ` +
            `rss ${round((day.at(-1)?.rss ?? 0) / 1e6)} MB, handles ${JSON.stringify(day.at(-1)?.kinds)}\n`,
        );
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

      const first = day[0];
      const last = day.at(-1);
      const idleFirst = idle[0];
      const idleLast = idle.at(-1);
      if (!first || !last || !idleFirst || !idleLast) throw new Error('no samples');
      const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
      const perVisits = (
        samples: Sample[],
        key: 'rss' | 'heapUsed' | 'arrayBuffers' | 'printerBytes',
      ) => mb(growthPer1000(samples, key));
      console.error(
        `soak: ${visits} visits (${tally.requests} requests, ${tally.emergencies} emergencies, ` +
          `${tally.withCard} with a card, ${tally.checks} checks; receipts ${tally.printed} ` +
          `printed, ${tally.notPrinted} not) in ${round(daySeconds)} s after ${warmUpVisits} ` +
          `warm-up visits (${round(warmUpSeconds)} s); ${kioskCodes.length} saved, ` +
          `${centreCodes.length} at the centre, ${lost} lost, ${duplicated} duplicated, ` +
          `${strangers} unknown, ${dead} dead; ${logLines} log lines\n` +
          `soak: handles first ${JSON.stringify(first.kinds)} last ${JSON.stringify(last.kinds)}\n` +
          `soak: rss MB ${day.map((s) => round(s.rss / 1e6)).join(' ')}; idle ${idle
            .map((s) => round(s.rss / 1e6))
            .join(' ')}`,
      );
      const rssGrowth = perVisits(day, 'rss');
      const printerGrowth = perVisits(day, 'printerBytes');
      const handleGrowth = last.handles - first.handles;
      return [
        {
          benchmark: `soak: visits in 24 simulated hours (network down 12×, printer failing)`,
          figure: visits,
          unit: 'visits',
          target: '-',
          met: null,
        },
        {
          benchmark: 'soak: host RSS growth per 1,000 visits',
          figure: rssGrowth,
          // The simulated printer keeps the last 4 MB it received, by design: part of the growth.
          unit: `MB (${printerGrowth} of it the simulated printer's byte log)`,
          target: '≤ 2',
          met: rssGrowth <= 2,
        },
        {
          benchmark: 'soak: idle host RSS growth in the same time (baseline)',
          figure: perVisits(idle, 'rss'),
          unit: 'MB',
          target: '-',
          met: null,
        },
        {
          benchmark: 'soak: heapUsed growth per 1,000 visits (idle host alongside)',
          figure: perVisits(day, 'heapUsed'),
          unit: `MB (idle ${perVisits(idle, 'heapUsed')})`,
          target: '-',
          met: null,
        },
        {
          benchmark: 'soak: arrayBuffers growth per 1,000 visits (idle host alongside)',
          figure: perVisits(day, 'arrayBuffers'),
          unit: `MB (idle ${perVisits(idle, 'arrayBuffers')})`,
          target: '-',
          met: null,
        },
        {
          benchmark: 'soak: open handles, last sample − first',
          figure: handleGrowth,
          unit: `handles (idle ${idleLast.handles - idleFirst.handles})`,
          target: '= 0',
          met: handleGrowth <= 0,
        },
        {
          benchmark: 'soak: requests lost or duplicated at the centre',
          figure: lost + duplicated + strangers + dead,
          unit: `of ${kioskCodes.length}`,
          target: '= 0',
          met: lost + duplicated + strangers + dead === 0 && kioskCodes.length > 0,
        },
        {
          benchmark: 'soak: host answers after the run',
          figure: answers ? 1 : 0,
          unit: 'yes = 1',
          target: '= 1',
          met: answers,
        },
      ];
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
