// A lost kiosk.key must not pass unnoticed. A new key is made when none is found, so the kiosk
// can still save new requests; but rows sealed under the old key can never be opened again, and
// the centre never receives them. The database records the id of the key it was sealed with
// (kiosk_meta); at start the key in hand is compared with it, and the sealed rows are tried.
//
// Decision: never refuse to start and never delete. With a different key the kiosk logs an
// error, records when the key changed, seals new rows with the new key, and reports how many
// rows it cannot open in getKioskInfo (storage). The upload worker dead-letters each such row
// as 'sealed-fields-unreadable' when it reaches it, so staff see every one; restoring the old
// kiosk.key from a backup makes them readable again.
import type { Database } from 'better-sqlite3';
import { readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';
import { countSealedRecords, sealedRecords } from '../../../db/repositories/sealedRecords.js';
import type { Logger } from '../logger.js';
import type { KeyProtection, OpenedKeys } from './kioskKeys.js';
import { unseal } from './sealedFields.js';

export const keyIdMeta = 'kiosk_key_id';
export const keyReplacedAtMeta = 'kiosk_key_replaced_at';
export const previousKeyIdMeta = 'kiosk_key_previous_id';

/** Start-up tries at most this many sealed rows (a few ms per thousand). */
const maxRowsTried = 50_000;

export interface KeyState {
  keyId: string;
  protection: KeyProtection;
  /** When a start found a key other than the one the database was sealed with; null if never. */
  replacedAt: string | null;
  /** Sealed rows (requests, dead letters) the current key cannot open; kept, never deleted. */
  unreadableSealedRows: number;
}

function opens(keys: OpenedKeys['keys'], sealed: Buffer): boolean {
  try {
    unseal(keys, sealed);
    return true;
  } catch {
    return false;
  }
}

function tryRows(db: Database, keys: OpenedKeys['keys'], logger: Logger) {
  try {
    return tryEveryRow(db, keys);
  } catch (error) {
    // A damaged database (databaseHealth.ts says so) must not stop the kiosk here.
    logger.warn('the sealed rows could not be read to check the kiosk key', {
      error: error instanceof Error ? error.message : String(error),
    });
    return { tried: 0, unreadable: 0, newestOpens: undefined };
  }
}

function tryEveryRow(db: Database, keys: OpenedKeys['keys']) {
  let tried = 0;
  let unreadable = 0;
  let newestOpens: boolean | undefined;
  for (const record of sealedRecords(db, maxRowsTried)) {
    const ok = opens(keys, record.sealed);
    newestOpens ??= ok;
    tried += 1;
    if (!ok) unreadable += 1;
  }
  // Rows past the limit are counted as their sample suggests, never silently as readable.
  const total = tried < maxRowsTried ? tried : countSealedRecords(db);
  const estimated = tried === 0 ? 0 : Math.round((unreadable / tried) * total);
  return { tried, unreadable: estimated, newestOpens };
}

export function checkKeyContinuity(
  db: Database,
  opened: OpenedKeys,
  logger: Logger,
  now: Date,
): KeyState {
  const { keys } = opened;
  const recorded = readMeta(db, keyIdMeta);
  const rows = tryRows(db, keys, logger);
  // A database from before key ids were recorded: the newest sealed row says whose it is.
  const changed = recorded === undefined ? rows.newestOpens === false : recorded !== keys.keyId;
  db.transaction(() => {
    if (changed) {
      writeMeta(db, keyReplacedAtMeta, now.toISOString(), now);
      writeMeta(db, previousKeyIdMeta, recorded ?? 'not recorded', now);
    }
    if (recorded !== keys.keyId) writeMeta(db, keyIdMeta, keys.keyId, now);
  })();
  const facts = {
    keyId: keys.keyId,
    previousKeyId: recorded ?? null,
    madeNow: opened.created,
    unreadableSealedRows: rows.unreadable,
  };
  if (changed && rows.unreadable > 0) {
    logger.error(
      'the kiosk key is not the one the stored requests were sealed with: they are kept but ' +
        'cannot be opened or forwarded, and cards will not find them; new requests are sealed ' +
        'with this key. Restore the earlier kiosk.key from a backup to read them.',
      facts,
    );
  } else if (changed) {
    logger.warn('the kiosk key changed; no stored row was sealed with the old one', facts);
  } else if (rows.unreadable > 0) {
    logger.warn('some sealed rows cannot be opened with the kiosk key (kept for staff)', facts);
  }
  return {
    keyId: keys.keyId,
    protection: opened.protection,
    replacedAt: readMeta(db, keyReplacedAtMeta) ?? null,
    unreadableSealedRows: rows.unreadable,
  };
}
