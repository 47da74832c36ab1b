// Store and forward under fire: the kiosk's services run as a child process (the real host) that
// is SIGKILLed at random moments while 1,000 requests are submitted and forwarded to a centre
// that answers with random 500s, 429s with Retry-After, hangs, dropped connections and malformed
// replies. At the end the centre must hold exactly the kiosk's 1,000 requests, none twice.
// Twice: once against the centre with the kiosk's extensions (Idempotency-Key honoured, x_ticket
// kept), once against the strict centre — a plain platform that ignores the key, keeps no
// x_ticket, de-duplicates nothing and answers some POSTs only after the kiosk has given up on
// them — where only the kiosk's look-up by the facts line in each description stands between a
// lost reply and a duplicate.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFactsLine } from '../../../upstream/wire/factsLine.js';
import { type CentreProcess, startCentreProcess } from '../../support/centreProcess.js';
import {
  type KioskChild,
  kill,
  killRunningKiosks,
  kioskCount,
  outboxState,
  readKioskDb,
  startKiosk,
  type NeedChooser,
  submit,
  waitForCatalogue,
} from './support/crashingKiosk.js';
import { seededRandom } from '../../support/seededRandom.js';

const target = 1000;
const minimumKills = 20;
/** A drain that delivers nothing for this long is stuck. */
const stuckAfterMs = 60_000;
/** Room for a loaded 2-core machine: a quiet one takes about three minutes per run. */
const runTimeoutMs = 900_000;
const root = mkdtempSync(join(tmpdir(), 'kiosk-fault-'));
const centres: CentreProcess[] = [];
/**
 * Common needs, filed under five different services: a look-up lists one service's records, so
 * spreading the requests keeps each look-up's reply a fifth as long.
 */
const commonNeeds = [
  { category: 'basic-living', needId: 'pipe-leak' },
  { category: 'basic-living', needId: 'power-cut' },
  { category: 'basic-living', needId: 'rubbish-removal' },
  { category: 'health-medical', needId: 'chronic-followup' },
  { category: 'safety-emergency', needId: 'patrol' },
];
afterAll(async () => {
  await killRunningKiosks();
  await Promise.all(centres.map((centre) => centre.stop()));
  rmSync(root, { recursive: true, force: true });
});

interface Run {
  name: string;
  seed: number;
  centreEnv: Record<string, string>;
  kioskEnv: Record<string, string>;
  need?: NeedChooser;
  /** What identifies each stored request on the centre, read from its database. */
  centreKeys(db: BetterSqlite3.Database): (string | null)[];
  /** The same identifier on the kiosk. */
  kioskKeys(db: BetterSqlite3.Database): string[];
}

interface Outcome {
  kioskKeys: string[];
  centreKeys: (string | null)[];
  kills: number;
  outbox: { waiting: number; held: number; dead: number };
}

async function runUnderFire(run: Run): Promise<Outcome> {
  const random = seededRandom(run.seed);
  const kioskDataDir = join(root, `${run.name}-kiosk`);
  const centre = await startCentreProcess(join(root, `${run.name}-centre`), run.centreEnv);
  centres.push(centre);
  const env = {
    KIOSK_UPSTREAM_URL: centre.url,
    KIOSK_UPSTREAM_API_KEY: centre.apiKey,
    ...run.kioskEnv,
  };
  const started = Date.now();
  let kills = 0;
  let lostReplies = 0;
  let child: KioskChild = await startKiosk(kioskDataDir, env);
  // A kiosk that has read its platform once, as every kiosk in service has: the catalogue is
  // cached from then on, so the crashes below test forwarding, not the very first read.
  await waitForCatalogue(child);
  const restart = async () => {
    await kill(child);
    kills += 1;
    child = await startKiosk(kioskDataDir, env);
  };

  // Submit until the kiosk holds exactly `target` requests. Every 25 to 55 answered submissions
  // the kiosk is killed, a random 0–150 ms into the next one: mid-call at times, and always
  // while the worker forwards. Counting submissions, not seconds, keeps the number of crashes
  // the same however slowly a loaded machine restarts the host.
  const nextKillAfter = () => 25 + Math.floor(random() * 30);
  let untilKill = nextKillAfter();
  let n = 0;
  while (kioskCount(kioskDataDir) < target) {
    n += 1;
    if (untilKill > 0) {
      untilKill -= 1;
      if (!(await submit(child, n, run.need))) lostReplies += 1;
      continue;
    }
    const killer = new Promise<'kill'>((done) => setTimeout(() => done('kill'), random() * 150));
    const ok = await Promise.race([submit(child, n, run.need), killer]);
    if (ok !== true) lostReplies += 1;
    await restart();
    untilKill = nextKillAfter();
  }
  const progress = (what: string) => {
    const state = outboxState(kioskDataDir);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `fault injection (${run.name}): ${what} at ${seconds} s, ${kills} SIGKILLs, ` +
        `outbox waiting ${state.waiting} held ${state.held} dead ${state.dead}`,
    );
  };
  progress('all submitted');
  // Keep killing while the queue drains, until enough crashes have happened.
  const unsettled = () => {
    const state = outboxState(kioskDataDir);
    return state.waiting + state.held;
  };
  // Stopped by progress, not by the clock: a loaded machine drains slowly but steadily, while a
  // queue that makes no headway for a minute is stuck and fails the assertions below.
  let killAt = Date.now() + 250 + random() * 900;
  let progressAt = Date.now();
  let fewestUnsettled = unsettled();
  let headwayAt = Date.now();
  while (kills < minimumKills || unsettled() > 0) {
    await new Promise((done) => setTimeout(done, 50));
    if (Date.now() - progressAt > 15_000) {
      progressAt = Date.now();
      progress('draining');
    }
    if (kills < minimumKills && Date.now() >= killAt) {
      await restart();
      killAt = Date.now() + 250 + random() * 900;
      headwayAt = Date.now();
    }
    const left = unsettled();
    if (left < fewestUnsettled) {
      fewestUnsettled = left;
      headwayAt = Date.now();
    }
    if (Date.now() - headwayAt > stuckAfterMs) break;
  }
  await kill(child);

  const outbox = outboxState(kioskDataDir);
  const kioskKeys = readKioskDb(kioskDataDir, run.kioskKeys);
  const centreDb = new BetterSqlite3(join(centre.dataDir, 'centre.sqlite'), { readonly: true });
  const centreKeys = run.centreKeys(centreDb);
  centreDb.close();
  const distinct = new Set(centreKeys).size;
  console.log(
    `fault injection (${run.name}): kiosk saved ${kioskKeys.length}, centre holds ` +
      `${centreKeys.length} (${distinct} distinct: ${target - distinct} lost, ` +
      `${centreKeys.length - distinct} duplicated), ${kills} SIGKILLs, ${lostReplies} ` +
      `submissions without a reply, outbox waiting ${outbox.waiting} held ${outbox.held} ` +
      `dead ${outbox.dead}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { kioskKeys, centreKeys, kills, outbox };
}

function expectExactlyOnce(outcome: Outcome): void {
  expect(outcome.kills).toBeGreaterThanOrEqual(minimumKills);
  expect(outcome.kioskKeys).toHaveLength(target);
  expect(outcome.outbox).toEqual({ waiting: 0, held: 0, dead: 0 });
  expect(outcome.centreKeys).toHaveLength(target);
  expect(new Set(outcome.centreKeys).size).toBe(target);
  expect([...outcome.centreKeys].sort()).toEqual([...outcome.kioskKeys].sort());
}

// The two runs share nothing (own centre, own data dir) and mostly wait on timeouts: together.
describe.concurrent('store and forward under faults and crashes', () => {
  it(
    `delivers exactly ${target} requests through random upstream faults and at least ${minimumKills} SIGKILLs`,
    { timeout: runTimeoutMs },
    async () => {
      const outcome = await runUnderFire({
        name: 'extensions',
        seed: 20261128,
        centreEnv: {
          CENTRE_CHAOS: JSON.stringify({
            seed: 7,
            error500: 0.1,
            rateLimit429: 0.08,
            retryAfterSeconds: 1,
            hang: 0.03,
            drop: 0.05,
            malformed: 0.05,
          }),
        },
        need: (n) =>
          commonNeeds[n % commonNeeds.length] ?? { category: 'basic-living', needId: null },
        kioskEnv: {},
        centreKeys: (db) =>
          (
            db.prepare('SELECT lookup_code FROM service_requests').all() as {
              lookup_code: string;
            }[]
          ).map((row) => row.lookup_code),
        kioskKeys: (db) =>
          (db.prepare('SELECT lookup_code FROM requests').all() as { lookup_code: string }[]).map(
            (row) => row.lookup_code,
          ),
      });
      expectExactlyOnce(outcome);
    },
  );

  it(
    `delivers exactly ${target} requests to a strict platform that ignores Idempotency-Key, through slow replies and at least ${minimumKills} SIGKILLs`,
    { timeout: runTimeoutMs },
    async () => {
      const outcome = await runUnderFire({
        name: 'strict',
        seed: 20261201,
        centreEnv: {
          CENTRE_STRICT: '1',
          CENTRE_JURISDICTIONS: 'xingfuli',
          // Every resend that is not caught by the kiosk's look-up is stored again.
          CENTRE_DEDUPLICATE: '0',
          CENTRE_CHAOS: JSON.stringify({
            seed: 11,
            // Stored, then answered after the kiosk's 2 s timeout.
            slow: 0.06,
            slowMs: 2500,
            error500: 0.05,
            rateLimit429: 0.02,
            retryAfterSeconds: 1,
            drop: 0.03,
            malformed: 0.03,
          }),
        },
        // The platform files these under five of its own codes, by the kiosk's guess.
        need: (n) =>
          commonNeeds[n % commonNeeds.length] ?? { category: 'basic-living', needId: null },
        kioskEnv: {
          KIOSK_UPSTREAM_JURISDICTION: 'xingfuli',
          KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
        },
        // Strict keeps no x_ticket: the ticket is in the description's facts line.
        centreKeys: (db) =>
          (
            db.prepare('SELECT description FROM service_requests').all() as {
              description: string | null;
            }[]
          ).map((row) => parseFactsLine(row.description)?.ticket ?? null),
        kioskKeys: (db) =>
          (db.prepare('SELECT ticket FROM requests').all() as { ticket: string }[]).map(
            (row) => row.ticket,
          ),
      });
      expectExactlyOnce(outcome);
    },
  );
});
