// One kiosk per data folder. Two processes on one folder (an Electron kiosk and an `npm run
// host` left running, or two service-manager units) would both forward the same outbox and
// fight over the printer. The lock is a file naming its owner (pid, boot, start time); a lock
// whose process is gone (a crash, a power cut) is stale and taken over, with a log line.
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const lockFileName = 'kiosk.lock';

export interface LockOwner {
  pid: number;
  /** When that process took the lock (ISO 8601). */
  startedAt: string;
  host: string;
  /** Linux's id of the current boot: a pid from before a reboot belongs to nobody now. */
  bootId: string;
  /** Tells two takings by one process apart, so a late release never drops a newer lock. */
  nonce: string;
}

export interface LockDeps {
  pid: number;
  now: () => Date;
  host: string;
  bootId: string;
  isAlive: (pid: number) => boolean;
}

export interface DataDirLock {
  owner: LockOwner;
  /** The stale owner this lock replaced, for the start-up log. */
  tookOverFrom: LockOwner | undefined;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockOwner,
  ) {
    super(
      `Another kiosk (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is ` +
        `already using the data folder ${dir}. Stop it first: two kiosks on one folder would ` +
        `send the same requests twice. If no kiosk is running there, delete ${join(dir, lockFileName)}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function readBootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const realLockDeps = (): LockDeps => ({
  pid: process.pid,
  now: () => new Date(),
  host: hostname(),
  bootId: readBootId(),
  isAlive: processIsAlive,
});

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.nonce !== 'string') return undefined;
    return {
      pid: parsed.pid,
      startedAt: String(parsed.startedAt ?? ''),
      host: String(parsed.host ?? ''),
      bootId: String(parsed.bootId ?? ''),
      nonce: parsed.nonce,
    };
  } catch {
    return undefined;
  }
}

/** Held: its process runs on this machine in this boot, and is not this process. */
function isHeld(owner: LockOwner | undefined, deps: LockDeps): owner is LockOwner {
  if (!owner) return false;
  // Another machine sharing the folder: its processes cannot be seen from here.
  if (owner.host !== deps.host) return true;
  if (owner.bootId !== '' && deps.bootId !== '' && owner.bootId !== deps.bootId) return false;
  // This process: an earlier start that failed half-way, or a reused pid after a restart.
  if (owner.pid === deps.pid) return false;
  return deps.isAlive(owner.pid);
}

/** Moves a stale lock aside; false when it changed under us (another kiosk took it first). */
function removeStale(path: string, stale: LockOwner | undefined): boolean {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  const moved = readOwner(aside);
  if (stale && moved?.nonce !== stale.nonce) {
    // Not the lock we judged: a kiosk took it meanwhile. Put it back, unless another did.
    try {
      linkSync(aside, path);
    } catch {
      // The folder has a lock again either way; the next round reads it.
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

export function lockDataDir(dir: string, deps: LockDeps = realLockDeps()): DataDirLock {
  const path = join(dir, lockFileName);
  const owner: LockOwner = {
    pid: deps.pid,
    startedAt: deps.now().toISOString(),
    host: deps.host,
    bootId: deps.bootId,
    nonce: randomUUID(),
  };
  // Written whole under a private name, then linked into place: link() fails if a lock exists,
  // so no kiosk ever reads a half-written lock.
  const draft = `${path}.${owner.nonce}`;
  writeFileSync(draft, JSON.stringify(owner), { mode: 0o600 });
  let tookOverFrom: LockOwner | undefined;
  try {
    for (let round = 0; ; round += 1) {
      try {
        linkSync(draft, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || round >= 5) throw error;
      }
      const current = readOwner(path);
      if (isHeld(current, deps)) throw new DataDirLockedError(dir, current);
      if (removeStale(path, current)) tookOverFrom = current;
    }
  } finally {
    unlinkSync(draft);
  }
  let released = false;
  return {
    owner,
    tookOverFrom,
    release() {
      if (released) return;
      released = true;
      // Only our own lock: a newer start may have taken over a lock it judged stale.
      if (readOwner(path)?.nonce === owner.nonce) unlinkSync(path);
    },
  };
}
