// Owns print_jobs: every receipt tried, so a failed one waits for staff to reprint it.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';

export type PrintPurpose =
  'request' | 'emergency' | 'status' | 'contact' | 'vote' | 'queue-number' | 'appointment';
export type PrintJobState = 'printing' | 'printed' | 'failed' | 'reprinted';

export interface PrintJobRecord {
  id: string;
  requestId: number | null;
  purpose: PrintPurpose;
  document: unknown;
  state: PrintJobState;
  problem: string | null;
  warnings: string[];
  createdAt: string;
  updatedAt: string;
}

interface PrintJobRow {
  id: string;
  request_id: number | null;
  purpose: PrintPurpose;
  document_json: string;
  state: PrintJobState;
  problem: string | null;
  warnings_json: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: PrintJobRow): PrintJobRecord => ({
  id: row.id,
  requestId: row.request_id,
  purpose: row.purpose,
  document: JSON.parse(row.document_json) as unknown,
  state: row.state,
  problem: row.problem,
  warnings: JSON.parse(row.warnings_json) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Recorded before the printer is touched, so a crash mid-print still leaves a reprintable job. */
export function recordPrintJob(
  db: Database,
  job: {
    id: string;
    requestId: number | null;
    purpose: PrintPurpose;
    document: unknown;
    now: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'printing', ?, ?)`,
  ).run(job.id, job.requestId, job.purpose, JSON.stringify(job.document), job.now, job.now);
}

export function markPrinted(db: Database, id: string, warnings: string[], now: string): void {
  prepared(
    db,
    "UPDATE print_jobs SET state = 'printed', warnings_json = ?, updated_at = ? WHERE id = ?",
  ).run(JSON.stringify(warnings), now, id);
}

export function markFailed(db: Database, id: string, problem: string, now: string): void {
  prepared(
    db,
    "UPDATE print_jobs SET state = 'failed', problem = ?, updated_at = ? WHERE id = ?",
  ).run(problem, now, id);
}

/** Jobs staff should reprint: failed ones, and any left 'printing' by a crash. */
export function jobsNeedingReprint(db: Database): PrintJobRecord[] {
  const rows = db
    .prepare("SELECT * FROM print_jobs WHERE state IN ('failed', 'printing') ORDER BY created_at")
    .all() as PrintJobRow[];
  return rows.map(toRecord);
}

/**
 * Deletes the jobs created before `olderThan` (an ISO time), whatever their state: each holds its
 * whole receipt document, and staff reprint only recent ones. Returns how many went.
 */
export function purgePrintJobsBefore(db: Database, olderThan: string): number {
  return db.prepare('DELETE FROM print_jobs WHERE created_at < ?').run(olderThan).changes;
}

export function readPrintJob(db: Database, id: string): PrintJobRecord | undefined {
  const row = prepared(db, 'SELECT * FROM print_jobs WHERE id = ?').get(id) as
    PrintJobRow | undefined;
  return row ? toRecord(row) : undefined;
}
