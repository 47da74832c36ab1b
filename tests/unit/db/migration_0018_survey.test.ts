// Migration 0018 adds the survey's two tables (the cached questionnaire, the anonymous sheets)
// beside what a kiosk already holds: its outbox entries stay as they were, and a sheet can only
// be stored with a day, never a time.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import { readSheet } from '../../../db/repositories/surveys.js';

const before = 17;
const after = 18;
const at = '2026-11-28T01:30:00.000Z';
const responseId = '0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a';

function oldDatabase(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db, loadMigrations(), before);
  db.exec(
    `INSERT INTO outbox (id, kind, subject_id, idempotency_key, priority, next_attempt_at,
       created_at) VALUES (1, 'booking', 'B-1', 'key-1', 2, '${at}', '${at}')`,
  );
  return db;
}

describe('migration 0018: the needs survey', () => {
  it('keeps the outbox and takes survey sheets queued like any kind', () => {
    const db = oldDatabase();
    const rowsBefore = db.prepare('SELECT * FROM outbox').all();
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM outbox').all()).toEqual(rowsBefore);
    db.transaction(() => {
      // Raw SQL: today's repository writes migration 0023's release_at as well.
      db.prepare(
        `INSERT INTO survey_answers (response_id, survey_id, answered_on, answers_json)
         VALUES (?, 'needs-2026', '2026-11-28', ?)`,
      ).run(responseId, JSON.stringify({ 'most-needed': 'meals', satisfaction: 4 }));
      enqueue(db, {
        kind: 'survey-answers',
        subjectId: responseId,
        idempotencyKey: 'key-2',
        priority: 2,
        now: '2026-11-28T00:00:00.000Z',
      });
    })();
    expect(readSheet(db, responseId)).toEqual({
      responseId,
      surveyId: 'needs-2026',
      answeredOn: '2026-11-28',
      answers: { 'most-needed': 'meals', satisfaction: 4 },
    });
  });

  it('refuses a sheet dated with a time, a sequence for an id, or answers that are not JSON', () => {
    const db = oldDatabase();
    migrate(db, loadMigrations(), after);
    const insert = db.prepare(
      'INSERT INTO survey_answers (response_id, survey_id, answered_on, answers_json) VALUES (?, ?, ?, ?)',
    );
    expect(() => insert.run(responseId, 'needs-2026', at, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('42', 'needs-2026', '2026-11-28', '{}')).toThrow(/CHECK/);
    expect(() => insert.run(responseId, 'needs-2026', '2026-11-28', 'not json')).toThrow(/CHECK/);
    db.prepare(
      'INSERT INTO survey_questionnaire (id, survey_id, questionnaire_json, fetched_at) VALUES (1, ?, ?, ?)',
    ).run('needs-2026', '{}', at);
    expect(() =>
      db
        .prepare(
          'INSERT INTO survey_questionnaire (id, survey_id, questionnaire_json, fetched_at) VALUES (2, ?, ?, ?)',
        )
        .run('other', '{}', at),
    ).toThrow(/CHECK/);
  });
});
