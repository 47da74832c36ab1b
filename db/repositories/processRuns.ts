// Owns the process_runs table: when the kiosk's services started and whether they stopped cleanly.
import type { Database } from 'better-sqlite3';

export type Shell = 'electron' | 'host' | 'test';

export interface ProcessRun {
  id: number;
  startedAt: string;
  stoppedAt: string | null;
  version: string;
  shell: Shell;
}

interface ProcessRunRow {
  id: number;
  started_at: string;
  stopped_at: string | null;
  version: string;
  shell: Shell;
}

const toRun = (row: ProcessRunRow): ProcessRun => ({
  id: row.id,
  startedAt: row.started_at,
  stoppedAt: row.stopped_at,
  version: row.version,
  shell: row.shell,
});

export function recordStart(db: Database, shell: Shell, version: string, now: Date): ProcessRun {
  const row = db
    .prepare('INSERT INTO process_runs (started_at, version, shell) VALUES (?, ?, ?) RETURNING *')
    .get(now.toISOString(), version, shell) as ProcessRunRow;
  return toRun(row);
}

export function recordStop(db: Database, runId: number, now: Date): void {
  db.prepare('UPDATE process_runs SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL').run(
    now.toISOString(),
    runId,
  );
}

/** Earlier runs that never recorded a stop: each one is a crash or a power cut. */
export function uncleanRunsBefore(db: Database, runId: number): ProcessRun[] {
  const rows = db
    .prepare('SELECT * FROM process_runs WHERE stopped_at IS NULL AND id < ? ORDER BY id')
    .all(runId) as ProcessRunRow[];
  return rows.map(toRun);
}

/** The newest `count` runs, oldest first (the staff log export lists them). */
export function recentProcessRuns(db: Database, count: number): ProcessRun[] {
  const rows = db
    .prepare('SELECT * FROM (SELECT * FROM process_runs ORDER BY id DESC LIMIT ?) ORDER BY id')
    .all(count) as ProcessRunRow[];
  return rows.map(toRun);
}
