import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DataDirLockedError,
  type LockDeps,
  lockDataDir,
  realLockDeps,
} from '../../../electron/services/security/dataDirLock.js';
import { transpiledModule } from '../../support/transpiledModule.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-lock-'));
  dirs.push(dir);
  return dir;
};
const children: ChildProcess[] = [];
afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

let modulePath: string;
beforeAll(() => {
  modulePath = transpiledModule(resolve('electron/services/security/dataDirLock.ts'));
});

/** Another kiosk process: takes the lock, says so on stdout, and holds it until killed. */
function otherKiosk(dir: string): Promise<{ child: ChildProcess; said: string }> {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(modulePath)});
    try { lockDataDir(${JSON.stringify(dir)}); console.log('locked'); }
    catch (error) { console.log(error.message); process.exit(3); }
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((done, fail) => {
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8');
      if (said.includes('\n')) done({ child, said: said.trim() });
    });
    child.once('error', fail);
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });

describe('the data folder lock, between two real processes', () => {
  it('refuses a second kiosk, naming the folder and the other pid', async () => {
    const dir = tempDir();
    const { child, said } = await otherKiosk(dir);
    expect(said).toBe('locked');
    let refusal: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(`(pid ${child.pid} on ${hostname()}`);
    expect((refusal as Error).message).toContain(`the data folder ${dir}.`);
  });

  it('is refused to the other process while this one holds it, and free again after release', async () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    const refused = await otherKiosk(dir);
    expect(refused.said).toContain(`(pid ${process.pid} on`);
    expect(refused.said).toContain(dir);
    lock.release();
    expect(existsSync(join(dir, 'kiosk.lock'))).toBe(false);
    expect((await otherKiosk(dir)).said).toBe('locked');
  });

  it('takes over the lock of a kiosk that died without releasing it', async () => {
    const dir = tempDir();
    const { child } = await otherKiosk(dir);
    child.kill('SIGKILL');
    await exited(child);
    const lock = lockDataDir(dir);
    expect(lock.tookOverFrom?.pid).toBe(child.pid);
    expect(readdirSync(dir)).toEqual(['kiosk.lock']);
    lock.release();
  });
});

describe('the data folder lock, judged', () => {
  const deps = (over: Partial<LockDeps> = {}): LockDeps => ({
    ...realLockDeps(),
    pid: 1000,
    host: 'kiosk-pc',
    bootId: 'boot-2',
    isAlive: () => true,
    ...over,
  });
  const writeLock = (dir: string, owner: Record<string, unknown>) =>
    writeFileSync(join(dir, 'kiosk.lock'), JSON.stringify({ nonce: 'n', ...owner }));

  it('treats a pid from before a reboot as stale, though a process has that pid now', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 77, host: 'kiosk-pc', bootId: 'boot-1', startedAt: 'x' });
    expect(lockDataDir(dir, deps()).tookOverFrom?.pid).toBe(77);
  });

  it('keeps a lock from another machine on a shared folder: its pid cannot be checked here', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 77, host: 'other-pc', bootId: 'boot-9', startedAt: 'x' });
    expect(() => lockDataDir(dir, deps({ isAlive: () => false }))).toThrow(/on other-pc/);
  });

  it('takes over a garbled lock file, and a lock left by this same process', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kiosk.lock'), 'not json');
    const first = lockDataDir(dir, deps());
    const second = lockDataDir(dir, deps());
    expect(second.tookOverFrom?.nonce).toBe(first.owner.nonce);
    // The older taking's release must not drop the newer lock.
    first.release();
    expect(existsSync(join(dir, 'kiosk.lock'))).toBe(true);
    second.release();
    expect(existsSync(join(dir, 'kiosk.lock'))).toBe(false);
  });
});
