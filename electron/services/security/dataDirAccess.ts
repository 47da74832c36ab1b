// The data dir holds residents' requests and the key that seals them. At start it must exist,
// be the kiosk user's alone (0700) and be writable; when it is not, one message names the folder
// and says what is needed, instead of a database error about "readonly" somewhere later.
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

export class DataDirError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataDirError';
  }
}

const posix = process.platform !== 'win32';

function whoAmI(): string {
  return posix && process.getuid
    ? `the kiosk's user (uid ${process.getuid()})`
    : "the kiosk's user";
}

function needed(dir: string): string {
  return (
    `The kiosk needs a folder it can read and write, owned by ${whoAmI()} with mode 0700: ` +
    `fix ${dir}, or set KIOSK_DATA_DIR to such a folder.`
  );
}

function codeOf(error: unknown): string {
  return (
    (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'error')
  );
}

/** Writes and removes a probe file: the only test that also catches a read-only mount as root. */
function probeWritable(dir: string): void {
  const probe = join(dir, `.write-check-${process.pid}`);
  writeFileSync(probe, '', { flag: 'w', mode: 0o600 });
  unlinkSync(probe);
}

/** Files the kiosk rewrites; an existing one it may not write is named, like the folder. */
const writableFiles = ['kiosk.sqlite', 'kiosk.sqlite-wal', 'kiosk.sqlite-shm'];

export function prepareDataDir(dir: string, logger: Logger): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (codeOf(error) === 'EEXIST' || codeOf(error) === 'ENOTDIR')
      throw new DataDirError(`The kiosk's data folder ${dir} is not a folder. ${needed(dir)}`);
    throw new DataDirError(
      `The kiosk cannot create its data folder ${dir} (${codeOf(error)}). ${needed(dir)}`,
      { cause: error },
    );
  }
  const stat = statSync(dir);
  if (!stat.isDirectory()) {
    throw new DataDirError(`The kiosk's data folder ${dir} is not a folder. ${needed(dir)}`);
  }
  if (posix && (stat.mode & 0o077) !== 0) {
    const was = (stat.mode & 0o777).toString(8);
    try {
      chmodSync(dir, 0o700);
      logger.warn('the data folder was open to other users; tightened to 0700', { dir, was });
    } catch (error) {
      logger.error('the data folder is open to other users and could not be tightened', {
        dir,
        was,
        code: codeOf(error),
      });
    }
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
    probeWritable(dir);
  } catch (error) {
    // A full disk is not a permission problem: the kiosk starts, and says "saved" only for
    // what it could save (README, "Running on real hardware").
    if (codeOf(error) === 'ENOSPC') {
      logger.error('the data folder’s disk is full', { dir });
      return;
    }
    throw new DataDirError(
      `The kiosk's data folder ${dir} is not writable (${codeOf(error)}). ${needed(dir)}`,
      { cause: error },
    );
  }
  for (const name of writableFiles) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') continue;
      throw new DataDirError(
        `The kiosk cannot write ${path} in its data folder (${codeOf(error)}). ${needed(dir)}`,
        { cause: error },
      );
    }
  }
}
