// The outbox sender for an anonymous survey answer sheet (needs survey, 需求调研). The entry
// names the sheet by its random id (subject_id); the sheet goes under the entry's idempotency
// key, and a sheet whose reply was lost is looked up by that id on the centre before anything is
// sent again, so the centre never counts one resident's answers twice. Once the centre holds the
// sheet, the kiosk deletes its copy and the entry forgets the sheet's id (subject and upstream id
// become a placeholder), so the delivery times the outbox keeps cannot be joined to the centre's
// sheet: the kiosk keeps no answers it no longer needs, and nothing that dates them. A centre that no
// longer takes surveys (404) leaves the sheet on the kiosk, settled (`local-only`). See
// senderProtocol.ts and docs/exactly-once.md.
import { randomUUID } from 'node:crypto';
import { enqueue, replaceSubject } from '../../../../db/repositories/outbox.js';
import {
  deleteSheet,
  dueSheets,
  markReleased,
  readSheet,
} from '../../../../db/repositories/surveys.js';
import { isoAfter } from '../backoff.js';
import type { SurveySheet } from '../centreGateway.js';
import type { OutboxSender } from './senderProtocol.js';

export const surveyAnswersKind = 'survey-answers';
/** What a delivered entry keeps instead of the sheet's id. */
export const deliveredSheet = 'delivered';

interface SheetRef {
  surveyId: string;
  responseId: string;
}

interface OutgoingSheet extends SheetRef {
  sheet: SurveySheet;
}

export const surveySender: OutboxSender<SheetRef, OutgoingSheet> = {
  kind: surveyAnswersKind,
  // The entry's created_at is the UTC day's start (surveyService.ts): no age to tell.
  undated: true,
  // A sheet enters the outbox at its release (the visit plus a random wait; migration 0023),
  // so its row is numbered among that later moment's entries, not the visit's.
  releaseDue(db, at) {
    const due = dueSheets(db, at);
    db.transaction(() => {
      for (const sheet of due) {
        enqueue(db, {
          kind: surveyAnswersKind,
          subjectId: sheet.responseId,
          idempotencyKey: randomUUID(),
          priority: 2,
          now: `${sheet.releaseAt.slice(0, 10)}T00:00:00.000Z`,
          nextAttemptAt: sheet.releaseAt,
        });
        markReleased(db, sheet.responseId);
      }
    })();
    return due.length;
  },
  read(deps, entry) {
    const sheet = entry.subjectId === null ? undefined : readSheet(deps.db, entry.subjectId);
    if (!sheet) {
      const dead = { reason: 'survey-sheet-missing', status: null, errors: [], sent: null };
      return { label: null, settle: { kind: 'dead', ...dead, mapping: null } };
    }
    const found = { surveyId: sheet.surveyId, responseId: sheet.responseId };
    if (!deps.gateway.surveys) {
      const until = isoAfter(deps.now(), deps.heldRetryMs);
      return {
        label: null,
        found,
        outgoing: { kind: 'held', reason: 'the centre takes no surveys here', until },
      };
    }
    const value = {
      ...found,
      sheet: { responseId: sheet.responseId, answeredOn: sheet.answeredOn, answers: sheet.answers },
    };
    return { label: null, found, outgoing: { value, serviceCode: null } };
  },
  async lookUp(deps, found) {
    if (!deps.gateway.surveys) return { kind: 'unsupported' };
    const result = await deps.gateway.surveys.findResponse(found.surveyId, found.responseId);
    return result.kind === 'found' ? { kind: 'found', id: deliveredSheet } : result;
  },
  async send(deps, outgoing, idempotencyKey) {
    const surveys = deps.gateway.surveys;
    if (!surveys) return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    const reply = await surveys.postResponse(outgoing.surveyId, outgoing.sheet, idempotencyKey);
    return {
      outcome: reply.kind === 'accepted' ? 'answered' : 'local-only',
      upstreamId: reply.kind === 'accepted' ? deliveredSheet : null,
      upstreamToken: null,
    };
  },
  refused: () => ({ sent: null, mapping: null }),
  recordSent(db, entry, settled) {
    if (settled.outcome !== 'local-only' && entry.subjectId !== null) {
      deleteSheet(db, entry.subjectId);
      replaceSubject(db, entry.id, deliveredSheet);
    }
  },
};
