// Moving a request to a later stage, shared by the admin HTTP call and the staff CLI so both
// enforce the same rule in the same transaction as the write.
import type { Database } from 'better-sqlite3';
import type { Stage } from '../../wire/vocabulary.js';
import { isForwardMove } from '../requests/stageRules.js';
import { type StoredRequest, findRequest, writeStage } from './serviceRequests.js';

export type StageMoveResult =
  | { ok: true; request: StoredRequest }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'not-forward'; current: Stage };

export function moveStage(
  db: Database,
  id: string,
  stage: Stage,
  note: string | null,
  at: string,
): StageMoveResult {
  return db
    .transaction((): StageMoveResult => {
      const request = findRequest(db, id);
      if (!request) return { ok: false, reason: 'not-found' };
      if (!isForwardMove(request.stage, stage)) {
        return { ok: false, reason: 'not-forward', current: request.stage };
      }
      writeStage(db, id, stage, note, at);
      return { ok: true, request: findRequest(db, id) as StoredRequest };
    })
    .immediate();
}
