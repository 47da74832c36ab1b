// A purge must leave no copy of the sealed bytes on disk: grep the database file and its WAL.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import { insertRequest, purgePersonalFields } from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const numbering = (seq: number) => ({ ticket: `A03-1128-${seq}`, lookupCode: `L-${seq}` });
const onDisk = (path: string) =>
  Buffer.concat([
    readFileSync(path),
    existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0),
  ]);

describe('purged personal fields', () => {
  it('are gone from the WAL and from the database file, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-purge-'));
    dirs.push(dir);
    const path = join(dir, 'kiosk.sqlite');
    const db = openDatabase(path);
    // Sealed fields look like random bytes; 48 of them never turn up on disk by chance.
    const sealed = Array.from({ length: 30 }, () => randomBytes(300));
    const ids = sealed.map(
      (personalSealed) =>
        insertRequest(
          db,
          newRequestRow({ personalSealed, createdAt: '2026-11-01T00:00:00.000Z' }),
          numbering,
        ).id,
    );
    // Half in the database file by an earlier checkpoint, all in the WAL's frames.
    db.pragma('wal_checkpoint(PASSIVE)');
    db.prepare('UPDATE requests SET upstream_id = id').run();
    const needle = (bytes: Buffer) => bytes.subarray(100, 148);
    expect(sealed.every((bytes) => onDisk(path).includes(needle(bytes)))).toBe(true);

    const purged = purgePersonalFields(db, '2026-11-20T00:00:00.000Z', '2026-11-28T00:00:00.000Z');
    expect(purged).toBe(ids.length);
    const bytes = onDisk(path);
    const left = sealed.filter((value) => bytes.includes(needle(value)));
    expect(left).toHaveLength(0);
    expect(readFileSync(`${path}-wal`)).toHaveLength(0);
    // The rows themselves stay: only their personal fields went.
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM requests WHERE purged_at IS NOT NULL').get(),
    ).toEqual({
      n: ids.length,
    });
    db.close();
  });
});
