// The outbox sender for a resident's rating of a finished request. It waits (no attempt counted)
// until the platform has numbered the request, then goes under the entry's key. The port has no
// search for ratings, so a rating that may have been sent is sent again under the same key (a
// platform that ignores the key may then hold it twice); a platform without ratings leaves it on
// the kiosk (`local-only`). See senderProtocol.ts and docs/exactly-once.md.
import { readRating } from '../../../../db/repositories/ratings.js';
import { getRequest, upstreamRefs } from '../../../../db/repositories/requests.js';
import { isoAfter } from '../backoff.js';
import type { OutboxSender } from './senderProtocol.js';

export const ratingKind = 'rating';

interface OutgoingRating {
  upstreamId: string;
  stars: number;
  tags: string[];
}

export const ratingSender: OutboxSender<null, OutgoingRating> = {
  kind: ratingKind,
  read(deps, entry) {
    const request = entry.requestId === null ? undefined : getRequest(deps.db, entry.requestId);
    if (!request) {
      const dead = {
        reason: 'request-missing',
        status: null,
        errors: [],
        sent: null,
        mapping: null,
      };
      return { label: null, settle: { kind: 'dead', ...dead } };
    }
    const { upstreamId } = upstreamRefs(deps.db, request.id);
    const rating = readRating(deps.db, request.id);
    // The platform cannot take a rating for a request it has not numbered yet.
    if (!upstreamId || !rating) {
      const until = isoAfter(deps.now(), deps.backoff.baseMs);
      return { label: request.ticket, settle: { kind: 'postponed', until } };
    }
    const value = { upstreamId, stars: rating.stars, tags: rating.tags };
    return { label: request.ticket, found: null, outgoing: { value, serviceCode: null } };
  },
  lookUp: () => Promise.resolve({ kind: 'unsupported' }),
  async send(deps, rating, idempotencyKey) {
    const reply = await deps.gateway.postRating(
      rating.upstreamId,
      { stars: rating.stars, tags: rating.tags },
      idempotencyKey,
    );
    return {
      outcome: reply.kind === 'accepted' ? 'answered' : 'local-only',
      upstreamId: rating.upstreamId,
      upstreamToken: null,
    };
  },
  refused: () => ({ sent: null, mapping: null }),
  // The request already holds its centre id; the outbox row records the rest.
  recordSent: () => undefined,
};
