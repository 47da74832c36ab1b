// How sure the matcher is that a resource answers what the resident said, from 0 to 1: the
// resource's keyword points (the resident's words and their synonym groups, weighted by how rare
// they are, saturating) as a share of the most keyword points can give. A need naming something
// no community service does is never trusted on its words alone. A resource is confident when it
// is sure enough on its own and close enough to the best one; a resource put first for a danger
// is always confident. The cut-offs were set on the tuning part of the labelled needs
// (tests/unit/matching/labelledNeeds.ts) and are checked on the held-out part by the bench.
import { keywordSaturation } from './weights.js';

/** The need names something outside every community service (a pet, a ticket). */
export const outOfScopeFactor = 0.25;
/** Below this a resource is not shown to the resident. */
export const confidentAtLeast = 0.2;
/** ...nor when it is less than this share of the best resource's confidence. */
export const confidentRelativeToBest = 0.5;

/** The request's words that reached resources are all generic ones (evidenceShape.ts). */
export const genericOnlyFactor = 0.25;

export interface RequestEvidence {
  wordless: boolean;
  outOfScope: boolean;
  genericOnly?: boolean;
}

/** `raw`: the keyword evidence the resource earned from the request (the matcher's raw score). */
export function confidenceOf(raw: number, request: RequestEvidence): number {
  if (request.wordless || raw <= 0) return 0;
  const fit = 1 - Math.exp(-raw / keywordSaturation);
  const scope = request.outOfScope
    ? outOfScopeFactor
    : request.genericOnly === true
      ? genericOnlyFactor
      : 1;
  return Math.round(fit * scope * 100) / 100;
}

/**
 * The least raw evidence a resource needs to be confident, given the best confidence among the
 * request's resources; Infinity when none can be (wordless, or out of scope: such a need always
 * goes to staff unless it signals danger, however its other words match). Comparing raw scores
 * with it spares an exponential per candidate; it is the exact inverse of confidenceOf's curve.
 */
export function rawNeededForConfidence(best: number, request: RequestEvidence): number {
  if (request.outOfScope || request.wordless || request.genericOnly === true) {
    return Number.POSITIVE_INFINITY;
  }
  const wanted = Math.max(confidentAtLeast, confidentRelativeToBest * best);
  // Rounding to hundredths shows `wanted − 0.005` as `wanted`; count it as shown.
  const fit = Math.max(0, wanted - 0.005);
  return fit >= 1 ? Number.POSITIVE_INFINITY : -keywordSaturation * Math.log(1 - fit);
}
