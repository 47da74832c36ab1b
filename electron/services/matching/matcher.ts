// Ranks service resources for a request. Every resource in the chosen category is a candidate,
// plus any other resource a word points to, so closed and full resources are listed lower
// rather than hidden. Scores come from scoring.ts; the weights from weights.ts.
import { categoryIds } from '../../../contract/community.js';
import { categoryBit } from './features.js';
import { centreTimeZone, isOpenAtMinute, localTime, minuteOfWeek } from './openingHours.js';
import { queryFeatures } from './queryFeatures.js';
import { type ResourceIndex, buildResourceIndex } from './resourceIndex.js';
import { type RequestContext, explainMatch, scoreOf } from './scoring.js';
import { selectTop } from './topK.js';
import type { MatchQuery, Matcher, MatcherInput, ResourceMatch } from './types.js';
import { openPoints, openPointsUrgent } from './weights.js';

/** Per-resource working arrays, allocated once and reused by every request. */
class Scratch {
  private readonly raw: Float64Array;
  /** raw[i] belongs to the current request only when stamps[i] equals the current stamp. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  readonly scores: Float64Array;
  readonly candidates: Int32Array;
  /** Resources the current request's words reached. */
  touched: number[] = [];

  constructor(count: number) {
    this.raw = new Float64Array(count);
    this.stamps = new Uint32Array(count);
    this.scores = new Float64Array(count);
    this.candidates = new Int32Array(count);
  }

  /** A new stamp invalidates every raw score of the previous request without clearing. */
  nextRequest(): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.touched = [];
  }

  addRaw(resourceIndex: number, amount: number): void {
    if (this.stamps[resourceIndex] !== this.stamp) {
      this.stamps[resourceIndex] = this.stamp;
      this.raw[resourceIndex] = 0;
      this.touched.push(resourceIndex);
    }
    this.raw[resourceIndex] = (this.raw[resourceIndex] ?? 0) + amount;
  }

  rawOf(resourceIndex: number): number {
    return this.stamps[resourceIndex] === this.stamp ? (this.raw[resourceIndex] ?? 0) : 0;
  }
}

function checkQuery(query: MatchQuery, limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`match: limit must be a whole number ≥ 0, got ${limit}`);
  }
  if (!categoryIds.includes(query.category)) {
    throw new RangeError(`match: unknown category "${String(query.category)}"`);
  }
}

function openByHoursGroup(index: ResourceIndex, minute: number): Uint8Array {
  const open = new Uint8Array(index.hoursGroups.length);
  index.hoursGroups.forEach((hours, group) => {
    open[group] = isOpenAtMinute(hours, minute) ? 1 : 0;
  });
  return open;
}

export function createMatcher(input: MatcherInput): Matcher {
  const index = buildResourceIndex(input);
  const timeZone = input.timeZone ?? centreTimeZone;
  // Fail on a bad zone now, not on the first resident's request.
  localTime(new Date(0), timeZone);
  const scratch = new Scratch(index.resources.length);

  const match = (query: MatchQuery, limit: number): ResourceMatch[] => {
    checkQuery(query, limit);
    const minute = minuteOfWeek(localTime(query.at, timeZone));
    if (limit === 0 || index.resources.length === 0) return [];

    const features = queryFeatures(query, index);
    const context: RequestContext = {
      query,
      features,
      openByHoursGroup: openByHoursGroup(index, minute),
      openWorth: features.urgent ? openPointsUrgent : openPoints,
    };

    scratch.nextRequest();
    for (const [key, queryWeight] of features.weights) {
      const posting = index.postings.get(key);
      if (!posting) continue;
      const factor = queryWeight * posting.idf;
      for (let i = 0; i < posting.resources.length; i += 1) {
        scratch.addRaw(posting.resources[i] ?? 0, factor * (posting.weights[i] ?? 0));
      }
    }

    let count = 0;
    const consider = (resourceIndex: number) => {
      const raw = scratch.rawOf(resourceIndex);
      scratch.scores[resourceIndex] = scoreOf(index, resourceIndex, raw, context);
      scratch.candidates[count] = resourceIndex;
      count += 1;
    };
    for (const resourceIndex of index.byCategory.get(query.category) ?? []) consider(resourceIndex);
    const bit = categoryBit(query.category);
    for (const resourceIndex of scratch.touched) {
      if (((index.categoryBits[resourceIndex] ?? 0) & bit) === 0) consider(resourceIndex);
    }

    return selectTop(scratch.candidates, count, scratch.scores, index.idRank, limit).map(
      (resourceIndex) =>
        explainMatch(
          index,
          resourceIndex,
          scratch.rawOf(resourceIndex),
          scratch.scores[resourceIndex] ?? 0,
          context,
        ),
    );
  };

  return { match, problems: index.problems };
}
