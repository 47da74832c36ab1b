// `npm run staff` and `npm run audit` as the IT person runs them: the built entry points as real
// processes on a kiosk's data dir, PINs from STAFF_PIN or piped stdin, exit codes that scripts use.
// Needs `npm run build:node` first, like the other tests that start built entry points.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-staff-'));
  openDatabase(join(dataDir, 'kiosk.sqlite')).close();
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function run(
  entry: 'staffMain' | 'auditMain',
  args: string[],
  env: Record<string, string> = {},
  input = '',
) {
  const result = spawnSync(
    process.execPath,
    [resolve(`build/node/electron/services/staff/${entry}.js`), ...args],
    { env: { ...process.env, KIOSK_DATA_DIR: dataDir, ...env }, input, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run staff / npm run audit', () => {
  it('adds with STAFF_PIN, lists, and verifies the audit trail', () => {
    expect(run('staffMain', ['add', 'wang.li', '王丽'], { STAFF_PIN: '246810' })).toMatchObject({
      code: 0,
      stdout: 'Added wang.li (王丽).\n',
    });
    const list = run('staffMain', ['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^wang\.li\t王丽\tenabled\t/);
    expect(list.stdout).not.toContain('246810');
    expect(run('auditMain', ['verify'])).toMatchObject({
      code: 0,
      stdout: 'Audit trail intact: 1 rows.\n',
    });
    expect(run('auditMain', ['show', '--last', '5']).stdout).toMatch(
      /^1\t\S+\twang\.li\taccount-added\tby=staff-command\n$/,
    );
  }, 60_000);

  it('reads the PIN twice from piped stdin and changes nothing when they differ', () => {
    expect(run('staffMain', ['add', 'zhao.min', '赵敏'], {}, '135790\n135791\n')).toMatchObject({
      code: 1,
    });
    expect(run('staffMain', ['list']).stdout).toContain('No staff accounts yet');
    expect(run('staffMain', ['add', 'zhao.min', '赵敏'], {}, '135790\n135790\n').code).toBe(0);
    expect(run('staffMain', ['reset-pin', 'zhao.min'], {}, '975310\n975310\n').code).toBe(0);
    expect(run('staffMain', ['disable', 'zhao.min']).code).toBe(0);
    expect(run('staffMain', ['list']).stdout).toMatch(/^zhao\.min\t赵敏\tdisabled /);
  }, 60_000);

  it('exits 1 and names the first broken row when the trail was edited', () => {
    run('staffMain', ['add', 'wang.li', '王丽'], { STAFF_PIN: '246810' });
    run('staffMain', ['disable', 'wang.li']);
    run('staffMain', ['reset-pin', 'wang.li'], { STAFF_PIN: '135790' });
    const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
    db.prepare("UPDATE audit_log SET staff_id = 'someone.else' WHERE seq = 2").run();
    db.close();
    const verdict = run('auditMain', ['verify']);
    expect(verdict.code).toBe(1);
    expect(verdict.stderr).toContain('Audit trail broken at row 2 of 3');
    expect(run('auditMain', ['frobnicate']).code).toBe(2);
  }, 60_000);

  it('says where it looked when there is no kiosk database', () => {
    const result = run('auditMain', ['verify'], { KIOSK_DATA_DIR: join(dataDir, 'missing') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no kiosk database at');
  });
});
