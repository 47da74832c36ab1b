// POST /requests/{id}/ratings.json (extension): the resident's rating of a finished request, once,
// under an Idempotency-Key like every POST. Form: stars=1..5, tags=a,b (from the kiosk's list).
import { RatingTag } from '../../wire/vocabulary.js';
import type { Open311ErrorBody } from '../../wire/errors.js';
import { ratingFields } from '../../wire/ratings.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import { findRating, insertRating } from '../store/ratings.js';
import { findRequest } from '../store/serviceRequests.js';

type RatingForm =
  { ok: true; stars: number; tags: string[] } | { ok: false; errors: Open311ErrorBody[] };

function readRatingForm(form: URLSearchParams): RatingForm {
  const errors: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  for (const name of form.keys()) {
    if (!(ratingFields as readonly string[]).includes(name)) {
      errors.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
    }
  }
  const starsRaw = form.get('stars')?.trim() ?? '';
  const stars = /^[1-5]$/.test(starsRaw) ? Number(starsRaw) : null;
  if (stars === null) errors.push({ code: 'rating_invalid', description: 'stars must be 1 to 5.' });
  const tags = (form.get('tags') ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (tags.some((tag) => !RatingTag.safeParse(tag).success) || new Set(tags).size !== tags.length) {
    errors.push({
      code: 'rating_invalid',
      description: `tags must be distinct, from: ${RatingTag.options.join(', ')}.`,
    });
  }
  return errors.length > 0 || stars === null ? { ok: false, errors } : { ok: true, stars, tags };
}

export async function postRating(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Ratings are sent form-encoded, like requests.');
  }
  const id = ctx.params.id ?? '';
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, `POST /requests/${id}/ratings`, form, () => {
    const request = findRequest(deps.db, id);
    if (!request)
      return errorReply('service_request_not_found', `service_request_id ${id} was not found.`);
    const rating = readRatingForm(form);
    if (!rating.ok) return errorsReply(rating.errors);
    if (request.stage !== 'done') {
      return errorReply('request_not_done', 'Only a finished (done) request can be rated.');
    }
    if (findRating(deps.db, id)) {
      return errorReply('already_rated', 'This request has already been rated.');
    }
    const ratedAt = deps.now().toISOString();
    insertRating(deps.db, { requestId: id, stars: rating.stars, tags: rating.tags, ratedAt });
    return jsonReply(201, [
      { service_request_id: id, stars: rating.stars, tags: rating.tags, rated_datetime: ratedAt },
    ]);
  });
}
