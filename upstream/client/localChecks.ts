// What the kiosk refuses before any call: an Idempotency-Key that is not a UUID, a rating out of
// range. Permanent: no retry can fix them.
import { CentreRating } from '../wire/ratings.js';
import { uuidPattern } from '../wire/requestForm.js';
import { clientCodes, refuseLocally } from './centreError.js';

export function checkIdempotencyKey(idempotencyKey: string): void {
  if (!uuidPattern.test(idempotencyKey)) {
    throw refuseLocally('idempotency_key_invalid', 'The Idempotency-Key must be a UUID.');
  }
}

export function checkRating(rating: { stars: number; tags: readonly string[] }): {
  stars: number;
  tags: string[];
} {
  const checked = CentreRating.safeParse({ stars: rating.stars, tags: [...rating.tags] });
  if (!checked.success) {
    throw refuseLocally(clientCodes.payloadInvalid, 'stars must be 1–5 and tags at most 5 slugs.');
  }
  return checked.data;
}
