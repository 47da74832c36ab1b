// Owns request_status: the local cache of each request's stage, readable with the network down.
// A handler's note is cached to be shown and printed, not archived: a platform that sends a
// 200,000-character one must not fill the disk or the screen, so it is capped on the way in
// (and on the way out, for a note cached before the cap). It is cleaned by the kiosk's one text
// rule first (text/plainText.ts): a bidi override or zero-width characters in a platform's
// note would otherwise reorder or hide words on the kiosk's screen.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';
import { maxHandlerNoteChars } from '../../contract/constants.js';
import { capText } from '../../text/capText.js';
import { cleanPlainText } from '../../text/plainText.js';

export type Stage = 'accepted' | 'in-progress' | 'done';

export const maxCachedNoteChars = maxHandlerNoteChars;

/** What of a platform's note is kept: clean, at most maxCachedNoteChars, and null for nothing. */
function cachedNote(note: string | null): string | null {
  const clean = note === null ? '' : cleanPlainText(note, { multiline: true });
  return clean === '' ? null : capText(clean, maxCachedNoteChars);
}

export interface CachedStatus {
  requestId: number;
  stage: Stage;
  acceptedAt: string;
  inProgressAt: string | null;
  doneAt: string | null;
  handlerNote: string | null;
  updatedAt: string;
}

interface StatusRow {
  request_id: number;
  stage: Stage;
  accepted_at: string;
  in_progress_at: string | null;
  done_at: string | null;
  handler_note: string | null;
  updated_at: string;
}

const toStatus = (row: StatusRow): CachedStatus => ({
  requestId: row.request_id,
  stage: row.stage,
  acceptedAt: row.accepted_at,
  inProgressAt: row.in_progress_at,
  doneAt: row.done_at,
  handlerNote: cachedNote(row.handler_note),
  updatedAt: row.updated_at,
});

/** A request saved at the kiosk is accepted from that moment: the kiosk has taken it on. */
export function recordAccepted(db: Database, requestId: number, at: string): void {
  prepared(
    db,
    'INSERT INTO request_status (request_id, stage, accepted_at, updated_at) VALUES (?, ?, ?, ?)',
  ).run(requestId, 'accepted', at, at);
}

export function readStatus(db: Database, requestId: number): CachedStatus | undefined {
  const row = db.prepare('SELECT * FROM request_status WHERE request_id = ?').get(requestId) as
    StatusRow | undefined;
  return row ? toStatus(row) : undefined;
}

/** What the centre reports; a stage never goes backwards in the cache. */
export function recordStage(
  db: Database,
  requestId: number,
  update: { stage: Stage; at: string; handlerNote: string | null; updatedAt: string },
): void {
  const order: Record<Stage, number> = { accepted: 0, 'in-progress': 1, done: 2 };
  const current = readStatus(db, requestId);
  if (!current) throw new Error(`No cached status for request ${requestId}.`);
  const stage = order[update.stage] >= order[current.stage] ? update.stage : current.stage;
  db.prepare(
    `UPDATE request_status SET stage = @stage,
       in_progress_at = COALESCE(in_progress_at, CASE WHEN @stage IN ('in-progress', 'done') THEN @at END),
       done_at = COALESCE(done_at, CASE WHEN @stage = 'done' THEN @at END),
       handler_note = COALESCE(@handlerNote, handler_note),
       updated_at = @updatedAt
     WHERE request_id = @requestId`,
  ).run({
    stage,
    at: update.at,
    handlerNote: cachedNote(update.handlerNote),
    updatedAt: update.updatedAt,
    requestId,
  });
}

export function markPolled(db: Database, requestId: number, at: string): void {
  db.prepare('UPDATE request_status SET polled_at = ? WHERE request_id = ?').run(at, requestId);
}
