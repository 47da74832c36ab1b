import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { prepareDataDir } from '../../../electron/services/security/dataDirAccess.js';
import { transpiledModule } from '../../support/transpiledModule.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-datadir-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the data folder at start', () => {
  it('is made 0700 when new', () => {
    const dir = join(tempDir(), 'nested', 'data');
    prepareDataDir(dir, createMemoryLogger());
    expect(modeOf(dir)).toBe(0o700);
  });

  it('is tightened from 0755 to 0700, and the log says so', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const logger = createMemoryLogger();
    prepareDataDir(dir, logger);
    expect(modeOf(dir)).toBe(0o700);
    expect(logger.lines.join('\n')).toMatch(/tightened to 0700.*"was":"755"/);
    const quiet = createMemoryLogger();
    prepareDataDir(dir, quiet);
    expect(quiet.lines).toEqual([]);
  });

  it('refuses a file where the folder should be, naming it', () => {
    const file = join(tempDir(), 'data');
    writeFileSync(file, '');
    expect(() => prepareDataDir(file, createMemoryLogger())).toThrow(
      `The kiosk's data folder ${file} is not a folder.`,
    );
  });
});

// Root may write anywhere, so as root the check runs as "nobody"; otherwise the write bits go.
const runningAsRoot = process.getuid?.() === 0;
const nobody = 65534;

describe('a data folder the kiosk may not write', () => {
  let modulePath: string;
  beforeAll(() => {
    modulePath = transpiledModule(resolve('electron/services/security/dataDirAccess.ts'));
    chmodSync(dirname(modulePath), 0o755);
    chmodSync(modulePath, 0o644);
  });

  function prepareInChild(dir: string): string {
    const script = `
      const { prepareDataDir } = await import(${JSON.stringify(modulePath)});
      const logger = { info() {}, warn() {}, error() {} };
      try { prepareDataDir(${JSON.stringify(dir)}, logger); console.log('ok'); }
      catch (error) { console.log(error.message); }`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      ...(runningAsRoot ? { uid: nobody, gid: nobody } : {}),
    });
    expect(child.stderr).toBe('');
    return child.stdout.trim();
  }

  /** A folder others may enter: the child must reach it even as another user. */
  function openParent(): string {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    return parent;
  }

  it('gets one message naming the folder and what is needed', () => {
    const dir = join(openParent(), 'data');
    mkdirSync(dir, { mode: 0o555 });
    chmodSync(dir, 0o555);
    const message = prepareInChild(dir);
    expect(message).toContain(`The kiosk's data folder ${dir} is not writable (EACCES).`);
    expect(message).toContain('needs a folder it can read and write');
    expect(message).toContain('KIOSK_DATA_DIR');
  });

  it('gets the same kind of message when the folder cannot be made', () => {
    const parent = openParent();
    const locked = join(parent, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const dir = join(locked, 'data');
    const message = prepareInChild(dir);
    expect(message).toContain(`The kiosk cannot create its data folder ${dir} (EACCES).`);
  });

  it('names a database file it may not write inside a writable folder', () => {
    const dir = join(openParent(), 'data');
    mkdirSync(dir, { mode: 0o700 });
    const database = join(dir, 'kiosk.sqlite');
    writeFileSync(database, '', { mode: 0o400 });
    chmodSync(database, 0o400);
    if (runningAsRoot) chownSync(dir, nobody, nobody);
    const message = prepareInChild(dir);
    expect(message).toContain(`The kiosk cannot write ${database} in its data folder (EACCES).`);
  });

  it('passes a folder that is the kiosk user’s own', () => {
    const dir = join(openParent(), 'data');
    mkdirSync(dir, { mode: 0o700 });
    if (runningAsRoot) chownSync(dir, nobody, nobody);
    expect(prepareInChild(dir)).toBe('ok');
  });
});
