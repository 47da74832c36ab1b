// Staff and test calls (the handler's desk): move a request to a later stage with an optional note
// for the resident, and count what the centre holds. Never subject to chaos: a test that injects
// faults still needs a reliable way to drive and inspect the centre. In strict mode the same desk
// stays (in-progress shows as a status_notes change, done as closed), but it is not part of the
// surface a kiosk is meant to use.
import type { Stage } from '../../wire/vocabulary.js';
import { StageForm } from '../../wire/admin.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, jsonReply } from '../http/reply.js';
import { open311Record } from '../requests/open311Record.js';
import { countIdempotencyRecords } from '../store/idempotencyRecords.js';
import { countRatings, findRating } from '../store/ratings.js';
import { countByStage } from '../store/serviceRequests.js';
import { countSurveyResponses } from '../store/surveyResponses.js';
import { countBallots } from '../store/voteBallots.js';
import { moveStage } from '../store/stageMoves.js';
import { countPendingTokens } from '../store/tokens.js';
import { strictRecord } from '../strict/strictRecord.js';

export function postStage(deps: CentreDeps, ctx: CallContext): Reply {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Stage moves are sent form-encoded.');
  }
  const form = formOf(ctx);
  if (repeatedNames(form).length > 0) {
    return errorReply('form_invalid', 'Each field may appear once.');
  }
  const parsed = StageForm.safeParse({
    stage: form.get('stage') ?? undefined,
    note: form.get('note') || undefined,
  });
  if (!parsed.success) {
    return errorReply(
      'stage_invalid',
      'stage must be in-progress or done; note at most 500 characters.',
    );
  }
  const id = ctx.params.id ?? '';
  const { stage, note } = parsed.data;
  const moved = moveStage(deps.db, id, stage, note ?? null, deps.now().toISOString());
  if (!moved.ok) {
    return moved.reason === 'not-found'
      ? errorReply('service_request_not_found', `service_request_id ${id} was not found.`)
      : errorReply(
          'stage_not_forward',
          `The request is already ${moved.current}; stages only move forward.`,
        );
  }
  return jsonReply(200, [
    deps.mode.strict
      ? strictRecord(moved.request)
      : open311Record(moved.request, findRating(deps.db, id)),
  ]);
}

export function getStats(deps: CentreDeps): Reply {
  const byStage: Record<Stage, number> = countByStage(deps.db);
  return jsonReply(200, {
    requests: Object.values(byStage).reduce((sum, n) => sum + n, 0),
    by_stage: byStage,
    ratings: countRatings(deps.db),
    survey_responses: countSurveyResponses(deps.db),
    vote_ballots: countBallots(deps.db),
    tokens_pending: countPendingTokens(deps.db, deps.now().toISOString()),
    idempotency_records: countIdempotencyRecords(deps.db),
    chaos: deps.chaosStats(),
  });
}
