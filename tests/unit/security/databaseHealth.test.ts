// A database with a really damaged page: garbage written over one of its b-tree pages.
import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { quickCheck } from '../../../db/quickCheck.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const dirs: string[] = [];
const kiosks: TestKiosk[] = [];
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((kiosk) => kiosk.stop()));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-db-health-'));
  dirs.push(dir);
  return dir;
};
async function kioskOn(dataDir: string) {
  // Forty submissions in a moment: past the lobby's rate limit, which is not tested here.
  const kiosk = await startTestKiosk({ dataDir, env: { KIOSK_SUBMISSIONS_PER_HOUR: '100000' } });
  kiosks.push(kiosk);
  return kiosk;
}

const draft = (n: number): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: `厨房水管漏水，第${n}次，${'需要维修'.repeat(10)}`,
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
});

/** Overwrites one leaf page of the requests table (not the last, where new rows go). */
function damageARequestsPage(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db
    .prepare(
      "SELECT pageno FROM dbstat WHERE name = 'requests' AND pagetype = 'leaf' ORDER BY pageno",
    )
    .all() as { pageno: number }[];
  db.close();
  expect(leaves.length).toBeGreaterThan(4);
  const page = leaves[1]?.pageno ?? 0;
  const fd = openSync(path, 'r+');
  writeSync(fd, randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
  return page;
}

describe('a database with a damaged page', () => {
  it('is found at start, logged, flagged, copied aside as found, and new requests still saved', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = await kioskOn(dataDir);
    const tickets: string[] = [];
    for (let n = 1; n <= 40; n += 1)
      tickets.push((await first.call('submitRequest', draft(n))).ticket);
    expect((await first.call('getKioskInfo', {})).storage.integrity).toBe('ok');
    await first.runtime.close();
    kiosks.splice(0);
    const path = join(dataDir, 'kiosk.sqlite');
    expect(existsSync(`${path}-wal`)).toBe(false);
    damageARequestsPage(path);
    const damaged = readFileSync(path);

    const second = await kioskOn(dataDir);
    const line = second.logs.find((entry) => entry.includes('the database is damaged'));
    expect(line).toContain('"level":"error"');
    expect(line).toContain('"problem":"');
    const storage = (await second.call('getKioskInfo', {})).storage;
    expect(storage.integrity).toBe('damaged');
    expect(storage.integrityProblem).toMatch(/page|malformed|corrupt/i);

    const copies = readdirSync(dataDir).filter(
      (name) => name.startsWith('kiosk.sqlite.damaged-') && !name.endsWith('-wal'),
    );
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dataDir, copies[0] ?? '')).equals(damaged)).toBe(true);

    const saved = await second.call('submitRequest', draft(41));
    // The day's numbering goes on after the damage (it starts at a random point on a new database).
    const sequence = (ticket: string) => Number(ticket.slice(-4));
    expect(sequence(saved.ticket)).toBe(sequence(tickets[0] ?? '') + 40);
    const last = await second.call('getRequestStatus', { ticket: tickets[39] ?? '' });
    expect(last).toMatchObject({ stage: 'accepted' });

    // A second start keeps the first copy rather than filling the disk with copies.
    await second.runtime.close();
    kiosks.splice(0);
    const third = await kioskOn(dataDir);
    expect((await third.call('getKioskInfo', {})).storage.integrity).toBe('damaged');
    expect(
      readdirSync(dataDir).filter((name) => name.includes('.damaged-') && !name.endsWith('-wal')),
    ).toHaveLength(1);
  });
});

describe('the quick check', () => {
  it('passes a sound database and reports a file that is not a database at all', () => {
    const dir = tempDir();
    const sound = join(dir, 'sound.sqlite');
    const db = new BetterSqlite3(sound);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expect(quickCheck(sound, { timeoutMs: 10_000 })).toMatchObject({ state: 'ok' });
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, randomBytes(4096));
    expect(quickCheck(garbage, { timeoutMs: 10_000 })).toMatchObject({
      state: 'damaged',
      problem: expect.stringMatching(/not a database/) as unknown,
    });
  });

  it('says it could not run, not that the file is damaged, when it cannot open it', () => {
    const missing = join(tempDir(), 'missing.sqlite');
    expect(quickCheck(missing, { timeoutMs: 10_000 })).toMatchObject({ state: 'not-run' });
    expect(
      quickCheck(join(tempDir(), 'x.sqlite'), {
        timeoutMs: 10_000,
        nativeBinding: '/nonexistent/better_sqlite3.node',
      }),
    ).toMatchObject({ state: 'not-run' });
  });
});
