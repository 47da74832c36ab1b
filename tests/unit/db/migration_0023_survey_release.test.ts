// Migration 0023 lets a survey sheet wait outside the outbox until its release moment: a sheet a
// version-22 kiosk saved (already enqueued with it) stays as it was, counted as released, and a
// new sheet keeps an ISO moment and nothing else in that column.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { dueSheets, insertSheet, readSheet } from '../../../db/repositories/surveys.js';

const before = 22;
const after = 23;
const oldSheet = '0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a';
const newSheet = '1c7a2a9f-4d2e-4c8b-8b64-3a2f1e0d9c8b';

describe('migration 0023: a survey sheet waits for its release', () => {
  it('keeps a version-22 sheet as released and stores the release of a new one', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.prepare(
      `INSERT INTO survey_answers (response_id, survey_id, answered_on, answers_json)
       VALUES (?, 'needs-2026', '2026-11-28', '{"most":"meals"}')`,
    ).run(oldSheet);
    migrate(db, loadMigrations(), after);

    expect(readSheet(db, oldSheet)).toEqual({
      responseId: oldSheet,
      surveyId: 'needs-2026',
      answeredOn: '2026-11-28',
      answers: { most: 'meals' },
    });
    // In the outbox already: never released a second time.
    expect(dueSheets(db, '2099-01-01T00:00:00.000Z')).toEqual([]);

    const sheet = { responseId: newSheet, surveyId: 'needs-2026', answeredOn: '2026-12-01' };
    insertSheet(db, { ...sheet, answers: {} }, '2026-12-01T03:12:00.000Z');
    expect(dueSheets(db, '2026-12-01T03:11:59.999Z')).toEqual([]);
    expect(dueSheets(db, '2026-12-01T03:12:00.000Z')).toEqual([
      { responseId: newSheet, releaseAt: '2026-12-01T03:12:00.000Z' },
    ]);
    expect(() =>
      insertSheet(
        db,
        { ...sheet, responseId: '2d8b3b0a-5e3f-4d9c-9c75-4b3a2f1e0d9c', answers: {} },
        'at noon',
      ),
    ).toThrow(/CHECK/);
    db.close();
  });
});
