// Owns staff_accounts: who may sign in to staff mode. Only the scrypt hash of a PIN, its salt and
// its cost are kept; the PIN itself never reaches this file.
import type { Database } from 'better-sqlite3';

export interface PinHash {
  hash: Buffer;
  salt: Buffer;
  n: number;
  r: number;
  p: number;
}

export interface StaffAccount {
  id: string;
  name: string;
  pin: PinHash;
  createdAt: string;
  pinChangedAt: string;
  disabledAt: string | null;
  /** The keyed hash of the staff member's card, for card-and-pin entry; null when none is bound. */
  cardIdHash: string | null;
}

interface StaffAccountRow {
  id: string;
  name: string;
  pin_hash: Buffer;
  pin_salt: Buffer;
  scrypt_n: number;
  scrypt_r: number;
  scrypt_p: number;
  created_at: string;
  pin_changed_at: string;
  disabled_at: string | null;
  card_id_hash: string | null;
}

const toAccount = (row: StaffAccountRow): StaffAccount => ({
  id: row.id,
  name: row.name,
  pin: {
    hash: row.pin_hash,
    salt: row.pin_salt,
    n: row.scrypt_n,
    r: row.scrypt_r,
    p: row.scrypt_p,
  },
  createdAt: row.created_at,
  pinChangedAt: row.pin_changed_at,
  disabledAt: row.disabled_at,
  cardIdHash: row.card_id_hash,
});

/** Adds an account; false when the id is already taken (enabled or not). */
export function insertStaffAccount(
  db: Database,
  account: { id: string; name: string; pin: PinHash; now: string },
): boolean {
  const result = db
    .prepare(
      `INSERT INTO staff_accounts (id, name, pin_hash, pin_salt, scrypt_n, scrypt_r, scrypt_p,
         created_at, pin_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    )
    .run(
      account.id,
      account.name,
      account.pin.hash,
      account.pin.salt,
      account.pin.n,
      account.pin.r,
      account.pin.p,
      account.now,
      account.now,
    );
  return result.changes === 1;
}

export function getStaffAccount(db: Database, id: string): StaffAccount | undefined {
  const row = db.prepare('SELECT * FROM staff_accounts WHERE id = ?').get(id) as
    StaffAccountRow | undefined;
  return row ? toAccount(row) : undefined;
}

/** Every account, enabled or not, by id. */
export function listStaffAccounts(db: Database): StaffAccount[] {
  const rows = db.prepare('SELECT * FROM staff_accounts ORDER BY id').all() as StaffAccountRow[];
  return rows.map(toAccount);
}

export function enabledStaffAccounts(db: Database): StaffAccount[] {
  return listStaffAccounts(db).filter((account) => account.disabledAt === null);
}

/** False when there is no such account. A disabled account stays disabled. */
export function disableStaffAccount(db: Database, id: string, now: string): boolean {
  const result = db
    .prepare('UPDATE staff_accounts SET disabled_at = COALESCE(disabled_at, ?) WHERE id = ?')
    .run(now, id);
  return result.changes === 1;
}

/** A new PIN also enables the account again: resetting is how staff get back in. */
export function replaceStaffPin(db: Database, id: string, pin: PinHash, now: string): boolean {
  const result = db
    .prepare(
      `UPDATE staff_accounts SET pin_hash = ?, pin_salt = ?, scrypt_n = ?, scrypt_r = ?,
         scrypt_p = ?, pin_changed_at = ?, disabled_at = NULL WHERE id = ?`,
    )
    .run(pin.hash, pin.salt, pin.n, pin.r, pin.p, now, id);
  return result.changes === 1;
}

/** Binds (or, with null, unbinds) the staff member's own card for card-and-pin entry. */
export function setStaffCard(db: Database, id: string, cardIdHash: string | null): boolean {
  const result = db
    .prepare('UPDATE staff_accounts SET card_id_hash = ? WHERE id = ?')
    .run(cardIdHash, id);
  return result.changes === 1;
}
