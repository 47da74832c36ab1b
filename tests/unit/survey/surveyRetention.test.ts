// Settled survey entries are transient: one delivered (a placeholder left) and one the centre
// refused with 404 (the sheet kept on the kiosk, local-only) go with the retention sweep once
// older than the window, the sheet with its entry. Recent ones, unsettled ones (waiting, dead),
// one a dead letter still names, and other kinds' settled entries stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import { enqueue, markSent } from '../../../db/repositories/outbox.js';
import { recordDeadLetter } from '../../../db/repositories/outboxDeadLetters.js';
import { insertSheet, markReleased } from '../../../db/repositories/surveys.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { createRetentionSweep } from '../../../electron/services/retention/retentionSweep.js';
import {
  deliveredSheet,
  surveyAnswersKind,
} from '../../../electron/services/upload/senders/surveySender.js';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-28T01:30:00Z');
const ago = (days: number) => new Date(now.getTime() - days * day).toISOString();

let dir: string;
let db: Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-survey-retention-'));
  db = openDatabase(join(dir, 'kiosk.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let sheets = 0;
/** A sheet and its entry, saved `savedDaysAgo` days ago; its outbox id. */
function saved(savedDaysAgo: number, kind = surveyAnswersKind): { id: number; sheet: string } {
  sheets += 1;
  const sheet = `00000000-0000-4000-8000-${String(sheets).padStart(12, '0')}`;
  insertSheet(
    db,
    {
      responseId: sheet,
      surveyId: 'needs-2026',
      answeredOn: '2026-11-01',
      answers: {},
    },
    ago(savedDaysAgo),
  );
  markReleased(db, sheet);
  const entry = enqueue(db, {
    kind,
    subjectId: sheet,
    idempotencyKey: `key-${sheets}`,
    priority: 2,
    now: ago(savedDaysAgo),
  });
  return { id: entry.id, sheet };
}

function settled(
  entry: { id: number; sheet: string },
  outcome: 'answered' | 'local-only',
  daysAgo: number,
) {
  if (outcome === 'answered') {
    // What surveySender.recordSent leaves: no sheet, a placeholder subject.
    db.prepare('DELETE FROM survey_answers WHERE response_id = ?').run(entry.sheet);
    db.prepare('UPDATE outbox SET subject_id = ? WHERE id = ?').run(deliveredSheet, entry.id);
  }
  markSent(db, entry.id, { upstreamId: null, outcome, now: ago(daysAgo) });
}

const outboxIds = () =>
  (db.prepare('SELECT id FROM outbox ORDER BY id').all() as { id: number }[]).map((row) => row.id);
const sheetIds = () =>
  (
    db.prepare('SELECT response_id FROM survey_answers ORDER BY response_id').all() as {
      response_id: string;
    }[]
  ).map((row) => row.response_id);

describe('the retention sweep and survey entries', () => {
  it('purges settled survey entries past the window, with the sheets they still hold', () => {
    const deliveredOld = saved(9);
    settled(deliveredOld, 'answered', 8);
    const refusedOld = saved(9);
    settled(refusedOld, 'local-only', 8);
    const refusedRecent = saved(4);
    settled(refusedRecent, 'local-only', 3);
    const waitingOld = saved(30);
    const deadOld = saved(30);
    recordDeadLetter(db, {
      outboxId: deadOld.id,
      reason: 'refused',
      httpStatus: 400,
      errors: [],
      requestSealed: null,
      mapping: null,
      now: ago(29),
    });
    // Dead once, resent by staff, then delivered: the dead letter keeps it for staff.
    const resentOld = saved(30);
    recordDeadLetter(db, {
      outboxId: resentOld.id,
      reason: 'refused',
      httpStatus: 400,
      errors: [],
      requestSealed: null,
      mapping: null,
      now: ago(29),
    });
    settled(resentOld, 'answered', 28);
    const otherKind = saved(30, 'appointment-booking');
    settled(otherKind, 'local-only', 29);

    const result = createRetentionSweep({
      db,
      retentionDays: 7,
      now: () => now,
      logger: createMemoryLogger(),
    }).sweep();

    expect(result).toMatchObject({ printJobs: 0, snapshots: 0, surveyEntries: 2 });
    expect(outboxIds()).toEqual(
      [refusedRecent, waitingOld, deadOld, resentOld, otherKind].map((entry) => entry.id),
    );
    expect(sheetIds()).toEqual(
      [refusedRecent, waitingOld, deadOld, otherKind].map((entry) => entry.sheet),
    );
    // The sheet refused with 404 is gone with its entry.
    expect(sheetIds()).not.toContain(refusedOld.sheet);
  });
});
