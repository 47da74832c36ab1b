// A lost or swapped kiosk.key, as it happens: the key file goes, the kiosk restarts.
import { copyFileSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { openDatabase } from '../../../db/openDatabase.js';
import { readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';
import { insertRequest } from '../../../db/repositories/requests.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { checkKeyContinuity } from '../../../electron/services/security/keyContinuity.js';
import { openKioskKeys } from '../../../electron/services/security/kioskKeys.js';
import { seal, unseal } from '../../../electron/services/security/sealedFields.js';
import { newRequestRow } from '../../support/newRequestRow.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const dirs: string[] = [];
const kiosks: TestKiosk[] = [];
afterEach(async () => {
  await Promise.all(kiosks.splice(0).map((kiosk) => kiosk.stop()));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-key-continuity-'));
  dirs.push(dir);
  return dir;
};
async function kioskOn(dataDir: string) {
  const kiosk = await startTestKiosk({ dataDir });
  kiosks.push(kiosk);
  return kiosk;
}

const draft: RequestDraft = {
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水',
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
};

const storageOf = async (kiosk: TestKiosk) => (await kiosk.call('getKioskInfo', {})).storage;
const sealedRows = (kiosk: TestKiosk) =>
  kiosk.runtime.db
    .prepare('SELECT id, personal_sealed AS sealed FROM requests ORDER BY id')
    .all() as { id: number; sealed: Buffer }[];

describe('a kiosk whose key file was lost', () => {
  it('says so in the log and in getKioskInfo, keeps the old rows and still saves new ones', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = await kioskOn(dataDir);
    const firstTicket = (await first.call('submitRequest', draft)).ticket;
    await first.call('submitRequest', draft);
    expect(await storageOf(first)).toMatchObject({
      keyProtection: 'file',
      keyReplacedAt: null,
      unreadableSealedRows: 0,
    });
    await first.runtime.close();
    kiosks.splice(0);

    unlinkSync(join(dataDir, 'kiosk.key'));
    const second = await kioskOn(dataDir);
    const error = second.logs.find((line) => line.includes('not the one the stored requests'));
    expect(error).toContain('"level":"error"');
    expect(error).toContain('"unreadableSealedRows":2');
    expect(error).toContain('"madeNow":true');
    const storage = await storageOf(second);
    expect(storage.unreadableSealedRows).toBe(2);
    expect(storage.keyReplacedAt).not.toBeNull();

    const saved = await second.call('submitRequest', draft);
    // The day's numbering goes on (it starts at a random point on a new database).
    const sequence = (ticket: string) => Number(ticket.slice(-4));
    expect(sequence(saved.ticket)).toBe(sequence(firstTicket) + 2);
    const rows = sealedRows(second);
    expect(rows).toHaveLength(3);
    const [oldest, , newest] = rows;
    expect(() => unseal(second.runtime.keys, oldest?.sealed ?? Buffer.alloc(0))).toThrow();
    expect(unseal(second.runtime.keys, newest?.sealed ?? Buffer.alloc(0))).toMatchObject({
      name: '张三明',
    });
  });

  it('counts the rows again at each start and reads them once the old key is restored', async () => {
    const dataDir = join(tempDir(), 'data');
    const backup = join(tempDir(), 'kiosk.key.backup');
    const first = await kioskOn(dataDir);
    await first.call('submitRequest', draft);
    copyFileSync(join(dataDir, 'kiosk.key'), backup);
    await first.runtime.close();
    kiosks.splice(0);

    unlinkSync(join(dataDir, 'kiosk.key'));
    const lost = await kioskOn(dataDir);
    expect((await storageOf(lost)).unreadableSealedRows).toBe(1);
    await lost.runtime.close();
    kiosks.splice(0);
    const again = await kioskOn(dataDir);
    // The same new key: nothing changed since, but the old row is still unreadable.
    expect(again.logs.some((line) => line.includes('some sealed rows cannot be opened'))).toBe(
      true,
    );
    expect((await storageOf(again)).unreadableSealedRows).toBe(1);
    await again.runtime.close();
    kiosks.splice(0);

    copyFileSync(backup, join(dataDir, 'kiosk.key'));
    const restored = await kioskOn(dataDir);
    expect((await storageOf(restored)).unreadableSealedRows).toBe(0);
  });
});

describe('the key check on its own', () => {
  it('records the key id of a new database and finds nothing to report', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'kiosk.sqlite'));
    const opened = openKioskKeys(dir);
    const logger = createMemoryLogger();
    const state = checkKeyContinuity(db, opened, logger, new Date('2026-11-28T00:00:00Z'));
    expect(state).toEqual({
      keyId: opened.keys.keyId,
      protection: 'file',
      replacedAt: null,
      unreadableSealedRows: 0,
    });
    expect(opened.keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(readMeta(db, 'kiosk_key_id')).toBe(opened.keys.keyId);
    expect(logger.lines).toEqual([]);
    db.close();
  });

  it('takes the key of a database from before key ids, when its newest sealed row opens', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'kiosk.sqlite'));
    const opened = openKioskKeys(dir);
    const numbering = (seq: number) => ({ ticket: `T${seq}`, lookupCode: `L${seq}` });
    insertRequest(db, newRequestRow({ personalSealed: seal(opened.keys, { n: 1 }) }), numbering);
    const state = checkKeyContinuity(db, opened, createMemoryLogger(), new Date());
    expect(state.replacedAt).toBeNull();
    expect(readMeta(db, 'kiosk_key_id')).toBe(opened.keys.keyId);
    db.close();
  });

  it('notices another kiosk’s key copied in, even with no row sealed yet, as a warning', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'kiosk.sqlite'));
    writeMeta(db, 'kiosk_key_id', '0123456789abcdef', new Date());
    const logger = createMemoryLogger();
    const state = checkKeyContinuity(db, openKioskKeys(dir), logger, new Date('2026-11-28Z'));
    expect(state.replacedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(readMeta(db, 'kiosk_key_previous_id')).toBe('0123456789abcdef');
    expect(logger.lines.join('\n')).toMatch(/"level":"warn".*the kiosk key changed/);
    db.close();
  });
});
