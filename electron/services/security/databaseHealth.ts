// What the kiosk does with a database that fails its start-up check (db/quickCheck.ts).
//
// Decision: keep serving, on the same file. Refusing to start would turn one damaged page into
// a lobby with no kiosk and requests that are never forwarded; SQLite confines the damage to
// the b-tree pages it hit, so new requests are still saved (a save that touches a damaged page
// fails and the resident is told "not saved", as with a full disk). Nothing is lost: before
// anything is written, the file as found (database and WAL) is copied aside once, 0600, for IT
// to recover from. The log says so in one error line and getKioskInfo (storage) flags it.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type QuickCheckResult, quickCheck } from '../../../db/quickCheck.js';
import type { Logger } from '../logger.js';

export interface DatabaseHealth {
  integrity: 'ok' | 'damaged' | 'unfinished' | 'not-run';
  problem: string | null;
}

export interface DatabaseHealthOptions {
  timeoutMs?: number;
  nativeBinding?: string;
}

/** Up to 10 s: about 1 GB on a slow SSD, far more than a kiosk keeps. */
export const defaultCheckTimeoutMs = 10_000;

function keepDamagedCopy(path: string, now: Date, logger: Logger): string | undefined {
  const prefix = `${basename(path)}.damaged-`;
  const earlier = readdirSync(dirname(path)).find((name) => name.startsWith(prefix));
  if (earlier) return join(dirname(path), earlier);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const copy = join(dirname(path), `${prefix}${stamp}`);
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return copy;
  } catch (error) {
    logger.error('the damaged database could not be copied aside', {
      copy,
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

export function checkDatabaseHealth(
  path: string,
  logger: Logger,
  now: Date,
  options: DatabaseHealthOptions = {},
): DatabaseHealth {
  const result: QuickCheckResult = quickCheck(path, {
    timeoutMs: options.timeoutMs ?? defaultCheckTimeoutMs,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  switch (result.state) {
    case 'ok':
      logger.info('database check passed', { ms: result.ms });
      return { integrity: 'ok', problem: null };
    case 'damaged': {
      const copy = keepDamagedCopy(path, now, logger);
      logger.error(
        'the database is damaged: the kiosk keeps serving and saving new requests, but some ' +
          'stored rows may not be readable; the file as found is kept for recovery',
        { file: path, problem: result.problem, ...(copy ? { copy } : {}) },
      );
      return { integrity: 'damaged', problem: result.problem };
    }
    case 'unfinished':
      logger.warn('the database check did not finish in time; serving unchecked', {
        ms: result.ms,
      });
      return { integrity: 'unfinished', problem: `not finished after ${result.ms} ms` };
    case 'not-run':
      logger.warn('the database check could not run', { problem: result.problem });
      return { integrity: 'not-run', problem: result.problem };
  }
}
