// The staff log export: what an IT person needs to see why a kiosk misbehaved — its version and
// identity, device and queue state, its recent runs, the audit trail and the newest log lines —
// as JSON lines in one file, in the data dir's exports/ or the folder in logExportDir (a USB
// stick). It reads no table that holds a resident's details, and every line passes exportScrub.
import type { Database } from 'better-sqlite3';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError } from '../../../contract/errors.js';
import type { LogExportResult } from '../../../contract/staffTools.js';
import { lastAuditRows } from '../../../db/repositories/auditLog.js';
import { recentProcessRuns } from '../../../db/repositories/processRuns.js';
import { scrubForExport } from './exportScrub.js';

export interface LogExportSources {
  db: Database;
  kioskId: string;
  version: string;
  demoMode: boolean;
  /** Device states, queue counts, disk: facts already free of personal data. */
  state: () => Promise<Record<string, unknown>>;
  logLines: () => readonly Record<string, unknown>[];
  now: () => Date;
}

export const exportsFolderName = 'exports';

export function exportFolder(dataDir: string, logExportDir: string): string {
  return logExportDir === '' ? join(dataDir, exportsFolderName) : logExportDir;
}

export async function exportLines(sources: LogExportSources): Promise<string[]> {
  const runs = recentProcessRuns(sources.db, 20);
  const records: unknown[] = [
    {
      kind: 'export',
      kioskId: sources.kioskId,
      version: sources.version,
      demoMode: sources.demoMode,
      exportedAt: sources.now().toISOString(),
    },
    { kind: 'state', ...(await sources.state()) },
    ...runs.map((run) => ({ kind: 'run', ...run })),
    ...lastAuditRows(sources.db, 2000).map((row) => ({
      kind: 'audit',
      seq: row.seq,
      at: row.at,
      staffId: row.staffId,
      action: row.action,
      detail: row.detail,
    })),
    ...sources.logLines().map((line) => ({ kind: 'log', ...line })),
  ];
  return records.map((record) => JSON.stringify(scrubForExport(record)));
}

/** Writes the export atomically (a temporary file renamed), 0600, and says where it went. */
export async function writeLogExport(
  sources: LogExportSources,
  folder: string,
): Promise<LogExportResult> {
  const lines = await exportLines(sources);
  const text = `${lines.join('\n')}\n`;
  const stamp = sources.now().toISOString().replace(/[:.]/g, '-');
  const file = join(folder, `kiosk-log-${sources.kioskId}-${stamp}.jsonl`);
  const temporary = `${file}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, file);
  } catch (error) {
    // A USB stick that is missing, full or read-only: staff are told which folder and why.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new KioskError('unavailable', `The logs could not be written to ${folder} (${code}).`);
  }
  return { file, lines: lines.length, bytes: Buffer.byteLength(text) };
}
