// The reprint side of print_jobs: which kept job a reprint repeats and who asked for it, the
// jobs of one request, and the failed ones waiting for staff. The job itself is recorded by
// printJobs.ts like any other; this file only links it and reads the links back.
import type { Database } from 'better-sqlite3';
import type { PrintJobState, PrintPurpose } from './printJobs.js';

export interface PrintJobLine {
  id: string;
  requestId: number | null;
  ticket: string | null;
  purpose: PrintPurpose;
  state: PrintJobState;
  problem: string | null;
  reprintOf: string | null;
  reprintedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  request_id: number | null;
  ticket: string | null;
  purpose: PrintPurpose;
  state: PrintJobState;
  problem: string | null;
  reprint_of: string | null;
  reprinted_by: string | null;
  created_at: string;
  updated_at: string;
}

const toLine = (row: Row): PrintJobLine => ({
  id: row.id,
  requestId: row.request_id,
  ticket: row.ticket,
  purpose: row.purpose,
  state: row.state,
  problem: row.problem,
  reprintOf: row.reprint_of,
  reprintedBy: row.reprinted_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const selectJobs = `SELECT j.id, j.request_id, r.ticket, j.purpose, j.state, j.problem,
    j.reprint_of, j.reprinted_by, j.created_at, j.updated_at
  FROM print_jobs j LEFT JOIN requests r ON r.id = j.request_id`;

export function printJobLine(db: Database, id: string): PrintJobLine | undefined {
  const row = db.prepare(`${selectJobs} WHERE j.id = ?`).get(id) as Row | undefined;
  return row ? toLine(row) : undefined;
}

/** A request's print jobs, newest first. */
export function printJobsOfRequest(db: Database, requestId: number): PrintJobLine[] {
  const rows = db
    .prepare(`${selectJobs} WHERE j.request_id = ? ORDER BY j.created_at DESC, j.rowid DESC`)
    .all(requestId) as Row[];
  return rows.map(toLine);
}

/** Jobs that did not print and were not reprinted since, newest first. */
export function failedPrintJobs(db: Database, limit = 50): PrintJobLine[] {
  const rows = db
    .prepare(`${selectJobs} WHERE j.state = 'failed' ORDER BY j.created_at DESC LIMIT ?`)
    .all(limit) as Row[];
  return rows.map(toLine);
}

/** The job whose document a reprint repeats: a reprint of a reprint goes back to the first. */
export function originalJobId(db: Database, id: string): string {
  const row = db
    .prepare(
      `WITH RECURSIVE chain (id, reprint_of, depth) AS (
         SELECT id, reprint_of, 0 FROM print_jobs WHERE id = ?
         UNION ALL
         SELECT p.id, p.reprint_of, c.depth + 1 FROM print_jobs p JOIN chain c ON p.id = c.reprint_of
         WHERE c.depth < 100)
       SELECT id FROM chain WHERE reprint_of IS NULL LIMIT 1`,
    )
    .get(id) as { id: string } | undefined;
  return row?.id ?? id;
}

/**
 * The reprint was recorded (printJobs.recordPrintJob): link it to the job staff chose, and mark
 * that job reprinted when it had failed, so it leaves the failed list.
 */
export function linkReprint(
  db: Database,
  link: { reprintId: string; of: string; staffId: string; now: string },
): void {
  db.transaction(() => {
    db.prepare('UPDATE print_jobs SET reprint_of = ?, reprinted_by = ? WHERE id = ?').run(
      link.of,
      link.staffId,
      link.reprintId,
    );
    db.prepare(
      "UPDATE print_jobs SET state = 'reprinted', updated_at = ? WHERE id = ? AND state = 'failed'",
    ).run(link.now, link.of);
  })();
}
