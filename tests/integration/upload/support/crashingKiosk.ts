// The kiosk's real host process for the fault-injection runs: started on a free port with its own
// data dir, killed with SIGKILL at random moments, started again on the same data dir; requests
// submitted over its HTTP API as the screen would; its database read (read-only) for what it
// saved and what its outbox still holds.
import BetterSqlite3 from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface KioskChild {
  process: ChildProcess;
  url: string;
  token: string;
}

/** Every kiosk started and not yet exited, so a run that fails or times out leaves none behind. */
const running = new Set<ChildProcess>();

export async function killRunningKiosks(): Promise<void> {
  await Promise.all([...running].map((child) => kill({ process: child, url: '', token: '' })));
}

export async function startKiosk(
  dataDir: string,
  env: Record<string, string>,
): Promise<KioskChild> {
  const child = spawn(process.execPath, [resolve('build/node/electron/host/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      KIOSK_DATA_DIR: dataDir,
      KIOSK_ID: 'A03',
      // Long enough for an honest reply on a loaded 2-core machine; chaos `slow` is longer.
      KIOSK_UPSTREAM_TIMEOUT_MS: '2000',
      KIOSK_RETRY_BASE_MS: '20',
      KIOSK_RETRY_CAP_MS: '400',
      KIOSK_STATUS_POLL_SECONDS: '3600',
      // 1,000 requests in a few minutes: far past the lobby's limit, which is not tested here.
      KIOSK_SUBMISSIONS_PER_HOUR: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // Waits for the event, listening or exit, not for a clock: on a loaded 2-core machine a start
  // took 10-17 s (a 15 s guard failed both runs of a baseline), and a start that hangs is still
  // caught by the run's own timeout.
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`kiosk exited at start (${signal ?? code}): ${out}`)),
    );
  });
  const page = await (await fetch(url)).text();
  const token = /name="kiosk-api-token" content="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('the kiosk page carries no token');
  return { process: child, url, token };
}

export function kill(child: KioskChild): Promise<void> {
  return new Promise((done) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return done();
    child.process.once('exit', () => done());
    child.process.kill('SIGKILL');
  });
}

export function readKioskDb<T>(dataDir: string, query: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(join(dataDir, 'kiosk.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export const kioskCount = (dataDir: string): number =>
  readKioskDb(
    dataDir,
    (db) => (db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n,
  );

export interface OutboxCounts {
  waiting: number;
  held: number;
  dead: number;
}

export const outboxState = (dataDir: string): OutboxCounts => {
  const row = readKioskDb(dataDir, (db) =>
    db
      .prepare(
        `SELECT SUM(state = 'waiting') AS waiting, SUM(state = 'held') AS held,
           SUM(state = 'dead') AS dead FROM outbox`,
      )
      .get(),
  ) as { waiting: number | null; held: number | null; dead: number | null };
  return { waiting: row.waiting ?? 0, held: row.held ?? 0, dead: row.dead ?? 0 };
};

/** What the n-th resident asks for: a category and a need (null: "something else"). */
export type NeedChooser = (n: number) => { category: string; needId: string | null };

export const somethingElse: NeedChooser = (n) => ({
  category: n % 7 === 0 ? 'health-medical' : 'basic-living',
  needId: null,
});

export async function submit(
  child: KioskChild,
  n: number,
  need: NeedChooser = somethingElse,
): Promise<boolean> {
  try {
    const response = await fetch(`${child.url}api/submitRequest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': child.token },
      body: JSON.stringify({
        ...need(n),
        description: `第${n}号测试需求：水管漏水`,
        urgency: n % 5 === 0 ? 'urgent' : 'normal',
        contact: { phone: `139${String(n).padStart(8, '0')}` },
        language: 'zh-CN',
      }),
    });
    return response.ok;
  } catch {
    return false; // killed mid-call: whether it was saved is read from the database
  }
}

/** Waits until the kiosk has read its platform's services once (they are cached from then on). */
export async function waitForCatalogue(child: KioskChild, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${child.url}api/getKioskInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': child.token },
      body: '{}',
    });
    const reply = (await response.json()) as {
      value?: { platform?: { servicesFetchedAt?: string | null } };
    };
    if (reply.value?.platform?.servicesFetchedAt) return;
    if (Date.now() > until) throw new Error('the kiosk never read its platform’s services');
    await new Promise((done) => setTimeout(done, 100));
  }
}
