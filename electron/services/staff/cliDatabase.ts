// The staff and audit commands open the same kiosk.sqlite the kiosk uses, found the same way
// (KIOSK_DATA_DIR, else the app's .kiosk-data), so they work beside a running kiosk (WAL).
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../db/openDatabase.js';
import { appRoot } from '../appPaths.js';

export function openKioskDatabase(env: Record<string, string | undefined>): Database {
  const dataDir = env.KIOSK_DATA_DIR
    ? resolve(env.KIOSK_DATA_DIR)
    : resolve(appRoot, '.kiosk-data');
  const file = join(dataDir, 'kiosk.sqlite');
  if (!existsSync(file)) {
    throw new Error(`no kiosk database at ${file}; start the kiosk once, or set KIOSK_DATA_DIR`);
  }
  return openDatabase(file);
}
