// `npm run audit -- verify|show [--last N]`: checks the staff audit trail's hash chain (exit 1
// naming the first broken row) and lists its newest rows for a supervisor.
import type { Database } from 'better-sqlite3';
import { type AuditRow, allAuditRows, lastAuditRows } from '../../../db/repositories/auditLog.js';
import { chainProblemText, verifyAuditChain } from './auditChain.js';

const usage = 'usage: npm run audit -- verify | show [--last N]';

export function formatAuditRow(row: AuditRow): string {
  const detail = Object.entries(row.detail)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
  return `${row.seq}\t${row.at}\t${row.staffId ?? '-'}\t${row.action}\t${detail}`;
}

export function runAuditCommand(
  args: readonly string[],
  db: Database,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const [command, flag, value] = args;
  if (command === 'verify' && flag === undefined) {
    const verdict = verifyAuditChain(allAuditRows(db));
    if (verdict.intact) {
      out(`Audit trail intact: ${verdict.rows} rows.`);
      return 0;
    }
    err(
      `Audit trail broken at row ${verdict.brokenSeq} of ${verdict.rows}: ${chainProblemText[verdict.problem]}.`,
    );
    return 1;
  }
  if (command === 'show') {
    let count = 20;
    if (flag !== undefined) {
      const parsed = Number(value);
      if (flag !== '--last' || !Number.isInteger(parsed) || parsed < 1 || parsed > 100_000) {
        err(usage);
        return 2;
      }
      count = parsed;
    }
    const rows = lastAuditRows(db, count);
    if (rows.length === 0) out('The audit trail is empty.');
    for (const row of rows) out(formatAuditRow(row));
    return 0;
  }
  err(usage);
  return 2;
}
