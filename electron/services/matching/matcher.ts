// Ranks service resources for a request. Every resource in the chosen category is a candidate,
// plus any other resource a word points to, so closed and full resources are listed lower
// rather than hidden. Scores come from scoring.ts; the weights from weights.ts.
import { categoryIds } from '../../../contract/community.js';
import { type RequestEvidence, confidenceOf, rawNeededForConfidence } from './confidence.js';
import type { DangerKind } from './dangerWords.js';
import type { DangerSignal } from './danger.js';
import { evidenceShape } from './evidenceShape.js';
import { categoryBit } from './features.js';
import {
  type WeekWindow,
  centreTimeZone,
  isOpenAtMinute,
  isOpenDuring,
  localTime,
  minuteOfWeek,
} from './openingHours.js';
import { dangerOf, queryFeatures } from './queryFeatures.js';
import { type ResourceIndex, buildResourceIndex } from './resourceIndex.js';
import { residentText } from './text.js';
import { type RequestContext, explainMatch, requestConstants, scoreOf } from './scoring.js';
import { selectTop } from './topK.js';
import type { MatchAnswer, MatchQuery, Matcher, MatcherInput, ResourceMatch } from './types.js';
import { openPoints, openPointsUrgent } from './weights.js';

/** Per-resource working arrays, allocated once and reused by every request. */
class Scratch {
  private readonly raw: Float64Array;
  /** raw[i] belongs to the current request only when stamps[i] equals the current stamp. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  readonly scores: Float64Array;
  readonly candidates: Int32Array;
  /**
   * Resources the current request's words reached, in the order first reached: the first
   * touchedCount entries (a list kept for every request, not a new array grown each time).
   */
  readonly touched: Int32Array;
  touchedCount = 0;
  /**
   * The largest raw score so far. Raw scores only grow (every amount is ≥ 0), so after the last
   * amount this is the largest final raw score, without a second pass over the touched list.
   */
  private mostRaw = 0;
  /** Whether a negative amount came: then the largest raw score is found by a pass (mostRawOf). */
  private shrank = false;

  constructor(count: number) {
    this.raw = new Float64Array(count);
    this.stamps = new Uint32Array(count);
    this.scores = new Float64Array(count);
    this.candidates = new Int32Array(count);
    this.touched = new Int32Array(count);
  }

  /** A new stamp invalidates every raw score of the previous request without clearing. */
  nextRequest(): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.touchedCount = 0;
    this.mostRaw = 0;
    this.shrank = false;
  }

  addRaw(resourceIndex: number, amount: number): void {
    if (this.stamps[resourceIndex] !== this.stamp) {
      this.stamps[resourceIndex] = this.stamp;
      this.raw[resourceIndex] = 0;
      this.touched[this.touchedCount] = resourceIndex;
      this.touchedCount += 1;
    }
    const raw = (this.raw[resourceIndex] ?? 0) + amount;
    this.raw[resourceIndex] = raw;
    if (raw > this.mostRaw) this.mostRaw = raw;
    if (amount < 0) this.shrank = true;
  }

  /** The largest raw score of the request's touched resources (0 when none). */
  mostRawOf(): number {
    if (!this.shrank) return this.mostRaw;
    let most = 0;
    for (let i = 0; i < this.touchedCount; i += 1) {
      most = Math.max(most, this.rawOf(this.touched[i] ?? 0));
    }
    return most;
  }

  isTouched(resourceIndex: number): boolean {
    return this.stamps[resourceIndex] === this.stamp;
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

function openDuringByHoursGroup(index: ResourceIndex, window: WeekWindow): Uint8Array {
  const open = new Uint8Array(index.hoursGroups.length);
  index.hoursGroups.forEach((hours, group) => {
    open[group] = isOpenDuring(hours, window) ? 1 : 0;
  });
  return open;
}

/** The danger kind each resource answers for this request (the most urgent kind first). */
function dangerAnswerers(index: ResourceIndex, signal: DangerSignal | null) {
  const dangerOf = new Map<number, DangerKind>();
  for (const kind of signal?.kinds ?? []) {
    const answering = [index.dangerResources.get(kind) ?? []];
    // The plumbers answer a flood only when a pipe was named (DangerWords.answerersWhenSaid).
    if (signal?.answerersSaid.includes(kind)) {
      answering.push(index.dangerResourcesWhenSaid.get(kind) ?? []);
    }
    for (const resourceIndex of answering.flatMap((list) => [...list])) {
      if (!dangerOf.has(resourceIndex)) dangerOf.set(resourceIndex, kind);
    }
  }
  return dangerOf;
}

export function createMatcher(input: MatcherInput): Matcher {
  const index = buildResourceIndex(input);
  const timeZone = input.timeZone ?? centreTimeZone;
  // Fail on a bad zone now, not on the first resident's request.
  localTime(new Date(0), timeZone);
  const scratch = new Scratch(index.resources.length);

  /**
   * Scores the candidates; returns them with the context that explains them. For `match` every
   * candidate is scored; for `answer` (`onlyConfident`) only those that can be shown, the
   * resources the words reached with enough evidence and those answering a danger: a resource
   * the words did not reach is never confident, and scoring the whole category for nothing was
   * most of an answer's time at 10,000 resources.
   */
  const rank = (query: MatchQuery, onlyConfident: boolean) => {
    const now = localTime(query.at, timeZone);
    const features = queryFeatures(query, index, now);
    // A need that names a time ("周二下午有书法课吗") asks about that time; an urgent one, now.
    const named = features.urgent ? null : features.namedTime;
    const openNow = openByHoursGroup(index, minuteOfWeek(now));
    const context: RequestContext = {
      query,
      features,
      openByHoursGroup: named === null ? openNow : openDuringByHoursGroup(index, named),
      openNowByHoursGroup: openNow,
      openWorth: features.urgent ? openPointsUrgent : openPoints,
      dangerOf: dangerAnswerers(index, features.danger),
      ...requestConstants(query, features),
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
    const evidence: RequestEvidence = {
      wordless: features.wordless,
      outOfScope: features.outOfScope,
      ...evidenceShape(features, index, query.description),
    };

    // Confidence grows with raw evidence, so the best is the most-evidenced resource's.
    const best = confidenceOf(scratch.mostRawOf(), evidence);
    const rawNeeded = rawNeededForConfidence(best, evidence);
    const anyDanger = context.dangerOf.size > 0;
    const confident = (resourceIndex: number) =>
      (anyDanger && context.dangerOf.has(resourceIndex)) ||
      scratch.rawOf(resourceIndex) >= rawNeeded;
    const confidence = (resourceIndex: number) =>
      context.dangerOf.has(resourceIndex)
        ? 1
        : confidenceOf(scratch.rawOf(resourceIndex), evidence);

    let count = 0;
    const consider = (resourceIndex: number) => {
      const raw = scratch.rawOf(resourceIndex);
      scratch.scores[resourceIndex] = scoreOf(index, resourceIndex, raw, context);
      scratch.candidates[count] = resourceIndex;
      count += 1;
    };
    const bit = categoryBit(query.category);
    if (onlyConfident) {
      for (let i = 0; i < scratch.touchedCount; i += 1) {
        const resourceIndex = scratch.touched[i] ?? 0;
        if (confident(resourceIndex)) consider(resourceIndex);
      }
    } else {
      for (const resourceIndex of index.byCategory.get(query.category) ?? []) {
        consider(resourceIndex);
      }
      for (let i = 0; i < scratch.touchedCount; i += 1) {
        const resourceIndex = scratch.touched[i] ?? 0;
        if (((index.categoryBits[resourceIndex] ?? 0) & bit) === 0) consider(resourceIndex);
      }
    }
    // Danger resources the words did not reach, unless the category already brought them in.
    for (const resourceIndex of context.dangerOf.keys()) {
      const inCategory = ((index.categoryBits[resourceIndex] ?? 0) & bit) !== 0;
      const considered = scratch.isTouched(resourceIndex) || (inCategory && !onlyConfident);
      if (!considered) consider(resourceIndex);
    }

    const explain = (resourceIndex: number): ResourceMatch =>
      explainMatch(
        index,
        resourceIndex,
        scratch.rawOf(resourceIndex),
        scratch.scores[resourceIndex] ?? 0,
        context,
        { confidence: confidence(resourceIndex), confident: confident(resourceIndex) },
      );
    return { count, context, explain, best };
  };

  const match = (query: MatchQuery, limit: number): ResourceMatch[] => {
    checkQuery(query, limit);
    if (limit === 0 || index.resources.length === 0) return [];
    const { count, explain } = rank(query, false);
    return selectTop(scratch.candidates, count, scratch.scores, index.idRank, limit).map(explain);
  };

  const answer = (query: MatchQuery, limit: number): MatchAnswer => {
    checkQuery(query, limit);
    if (index.resources.length === 0) {
      return { results: [], confidence: 0, outcome: 'for-staff', danger: null };
    }
    // Only confident candidates compete for the places: no filler.
    const { count, context, explain, best } = rank(query, true);
    const results = selectTop(scratch.candidates, count, scratch.scores, index.idRank, limit).map(
      explain,
    );
    const { danger } = context.features;
    // Not confident, the answer still says how close it came (staff see it).
    const confidence = results.reduce((most, result) => Math.max(most, result.confidence), best);
    return {
      results,
      confidence,
      outcome: results.length > 0 ? 'matched' : 'for-staff',
      danger,
    };
  };

  const danger = (description: string, needId: string | null) => {
    const text = index.homophones.readPinyin(residentText(description));
    const need = needId === null ? undefined : index.needs.get(needId);
    return dangerOf(index, text, need, index.homophones.find(text));
  };

  return { match, answer, danger, problems: index.problems };
}
