// Owns audit_log: an append-only record of what staff did, each row chained to the one before by
// SHA-256 (previous row's hash + this row's canonical content). The canonical form is defined here
// once, so writing a row and verifying the chain can never disagree about it.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** What a row may say beyond its action: short facts, never a resident's details. */
export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEntry {
  at: string;
  /** The staff member the action belongs to; null before anyone is known (e.g. a wrong PIN). */
  staffId: string | null;
  action: string;
  detail: AuditDetail;
}

export interface AuditRow extends AuditEntry {
  seq: number;
  prevHash: string;
  rowHash: string;
}

/** The previous hash of the first row. */
export const auditGenesisHash = '0'.repeat(64);

/** Seven digits in a row is a phone number, an ID number or part of one: never in the audit. */
const longDigitRun = /\d{7,}/;

export class AuditPersonalDataError extends Error {
  constructor(field: string) {
    super(`audit row refused: "${field}" looks like a phone or ID number`);
    this.name = 'AuditPersonalDataError';
  }
}

function refusePersonalNumbers(entry: AuditEntry): void {
  if (entry.staffId !== null && longDigitRun.test(entry.staffId)) {
    throw new AuditPersonalDataError('staffId');
  }
  for (const [key, value] of Object.entries(entry.detail)) {
    if (longDigitRun.test(key) || (typeof value === 'string' && longDigitRun.test(value))) {
      throw new AuditPersonalDataError(key);
    }
    if (typeof value === 'number' && longDigitRun.test(String(Math.abs(Math.trunc(value))))) {
      throw new AuditPersonalDataError(key);
    }
  }
}

/** Keys sorted, no spaces: the same row always gives the same bytes. */
export function canonicalAuditContent(row: AuditEntry & { seq: number }): string {
  const detail = Object.fromEntries(
    Object.keys(row.detail)
      .sort()
      .map((key) => [key, row.detail[key] ?? null]),
  );
  return JSON.stringify([row.seq, row.at, row.staffId, row.action, detail]);
}

export function auditRowHash(prevHash: string, row: AuditEntry & { seq: number }): string {
  return createHash('sha256')
    .update(prevHash, 'utf8')
    .update(canonicalAuditContent(row), 'utf8')
    .digest('hex');
}

interface AuditLogRow {
  seq: number;
  at: string;
  staff_id: string | null;
  action: string;
  detail_json: string;
  prev_hash: string;
  row_hash: string;
}

function parseDetail(text: string): AuditDetail {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as AuditDetail;
    }
  } catch {
    // The column has a json_valid check; a row edited outside the kiosk still gets listed.
  }
  return { unreadable: text };
}

const toRow = (row: AuditLogRow): AuditRow => ({
  seq: row.seq,
  at: row.at,
  staffId: row.staff_id,
  action: row.action,
  detail: parseDetail(row.detail_json),
  prevHash: row.prev_hash,
  rowHash: row.row_hash,
});

/** Appends one row after the current last one, in its own immediate transaction. */
export function appendAudit(db: Database, entry: AuditEntry): AuditRow {
  refusePersonalNumbers(entry);
  return db
    .transaction(() => {
      const last = db
        .prepare('SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1')
        .get() as { seq: number; row_hash: string } | undefined;
      const seq = (last?.seq ?? 0) + 1;
      const prevHash = last?.row_hash ?? auditGenesisHash;
      const rowHash = auditRowHash(prevHash, { ...entry, seq });
      db.prepare(
        `INSERT INTO audit_log (seq, at, staff_id, action, detail_json, prev_hash, row_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        seq,
        entry.at,
        entry.staffId,
        entry.action,
        JSON.stringify(entry.detail),
        prevHash,
        rowHash,
      );
      return { ...entry, seq, prevHash, rowHash };
    })
    .immediate();
}

/** Every row in order, for verification. */
export function allAuditRows(db: Database): AuditRow[] {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditLogRow[];
  return rows.map(toRow);
}

/** The newest `count` rows, oldest first. */
export function lastAuditRows(db: Database, count: number): AuditRow[] {
  const rows = db
    .prepare('SELECT * FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?) ORDER BY seq')
    .all(count) as AuditLogRow[];
  return rows.map(toRow);
}
