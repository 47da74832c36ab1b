// Stands in for the upload worker (a later issue) that brings the centre's answers into the
// kiosk's status cache: moves a request on, straight in the test host's database, through the
// repository that owns the table.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { recordStage } from '../../../db/repositories/requestStatus.js';
import type { HostProcess } from '../../support/startHostProcess.js';

export function advanceRequest(
  kiosk: HostProcess,
  ticket: string,
  stage: 'in-progress' | 'done',
  handlerNote: string | null,
): void {
  const db = new Database(join(kiosk.dataDir, 'kiosk.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const row = db
      .prepare('SELECT id FROM requests WHERE ticket = ? ORDER BY id DESC LIMIT 1')
      .get(ticket) as { id: number } | undefined;
    if (!row) throw new Error(`No request ${ticket} in the test kiosk's database.`);
    const at = new Date().toISOString();
    if (stage === 'done')
      recordStage(db, row.id, { stage: 'in-progress', at, handlerNote: null, updatedAt: at });
    recordStage(db, row.id, { stage, at, handlerNote, updatedAt: at });
  } finally {
    db.close();
  }
}
