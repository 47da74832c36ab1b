import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-db-modes-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the database files', () => {
  it('are made 0600: the database, its WAL and its shared-memory file', () => {
    const path = join(tempDir(), 'kiosk.sqlite');
    const previous = process.umask(0o022);
    try {
      const db = openDatabase(path);
      db.prepare("INSERT INTO kiosk_meta VALUES ('k', 'v', 'now')").run();
      expect(modeOf(path)).toBe(0o600);
      expect(modeOf(`${path}-wal`)).toBe(0o600);
      expect(modeOf(`${path}-shm`)).toBe(0o600);
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('are tightened when an older kiosk left them 0644, and the caller is told which', () => {
    const path = join(tempDir(), 'kiosk.sqlite');
    openDatabase(path).close();
    writeFileSync(`${path}-wal`, '');
    chmodSync(path, 0o644);
    chmodSync(`${path}-wal`, 0o664);
    const tightened: string[] = [];
    const db = openDatabase(path, { onTightened: (file, was) => tightened.push(`${file} ${was}`) });
    expect(tightened).toEqual([`${path} 644`, `${path}-wal 664`]);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(`${path}-wal`)).toBe(0o600);
    db.close();
  });
});
