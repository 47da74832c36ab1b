// One resource's score for one request, and the same arithmetic spelled out as reasons. Both
// read the same small helpers, so what staff see is exactly what ranked the list.
import type { DangerKind } from './dangerWords.js';
import { becauseLine } from './explain.js';
import { categoryBit, parseFeature } from './features.js';
import type { QueryFeatures } from './queryFeatures.js';
import type { ResourceIndex } from './resourceIndex.js';
import type { MatchQuery, MatchReason, ResourceMatch } from './types.js';
import {
  categoryPoints,
  communityWidePoints,
  dangerPointsOf,
  describedCategoryPoints,
  hasCapacityPoints,
  keywordPointsMax,
  keywordSaturation,
  ownGridPoints,
} from './weights.js';

export interface RequestContext {
  query: MatchQuery;
  features: QueryFeatures;
  /**
   * Per hours group of the index: 1 when open at the request's instant, or, for a need that names
   * a time ("周二下午", not urgent), at some moment of that time: what the open points reward.
   */
  openByHoursGroup: Uint8Array;
  /** The same at the request's instant, always: what a result reports as open now. */
  openNowByHoursGroup: Uint8Array;
  /** Points for being open now: more when the request is urgent. */
  openWorth: number;
  /** Resource index → the danger it answers, for the dangers the words signal. */
  dangerOf: ReadonlyMap<number, DangerKind>;
  /** categoryBit of the chosen category, worked out once per request, not once per resource. */
  chosenBit: number;
  /** The resident's grid, else the one the need's words name (features.namedGridId). */
  residentGrid: string | null;
}

/** The per-request constants of a context, from what it was made of. */
export function requestConstants(query: MatchQuery, features: QueryFeatures) {
  return {
    chosenBit: categoryBit(query.category),
    residentGrid: query.gridId ?? features.namedGridId,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Raw keyword evidence → points, saturating so a long description cannot drown the category. */
export function keywordPoints(raw: number): number {
  return raw <= 0 ? 0 : keywordPointsMax * (1 - Math.exp(-raw / keywordSaturation));
}

/**
 * The resident's grid, else the one the need's words name; a local resource in a building the
 * words name counts as in the resident's grid (queryFeatures.ts' placesNamed).
 */
function gridPoints(index: ResourceIndex, resourceIndex: number, context: RequestContext) {
  const gridId = index.resources[resourceIndex]?.gridId ?? null;
  if (gridId === null) return communityWidePoints;
  const { namedPlaces } = context.features;
  return gridId === context.residentGrid || namedPlaces?.has(resourceIndex) === true
    ? ownGridPoints
    : 0;
}

const isOpen = (index: ResourceIndex, resourceIndex: number, context: RequestContext) =>
  context.openByHoursGroup[index.hoursGroupOf[resourceIndex] ?? 0] === 1;

const hasRoom = (index: ResourceIndex, resourceIndex: number) =>
  index.hasCapacity[resourceIndex] === 1;

/**
 * The chosen category, or else a category the words point to, if the resource serves it. Among
 * resources put first for a danger, the journey the resident was in says nothing about which
 * fits ("暴雨把车库淹了" typed under 生活服务 is the flood station's, not the plumbers'): the
 * chosen category counts no more than a described one there, so their words decide.
 */
function categoryFit(
  index: ResourceIndex,
  resourceIndex: number,
  context: RequestContext,
  answersDanger = context.dangerOf.has(resourceIndex),
) {
  const bits = index.categoryBits[resourceIndex] ?? 0;
  const chosen = (bits & context.chosenBit) !== 0;
  if (chosen && !answersDanger) return categoryPoints;
  return chosen || (bits & context.features.describedCategories) !== 0
    ? describedCategoryPoints
    : 0;
}

/**
 * The score, rounded to hundredths so equal-looking scores are equal and ties go by id. Only
 * resources the words reached are scored outside the chosen category, so `raw` > 0 there.
 */
export function scoreOf(
  index: ResourceIndex,
  resourceIndex: number,
  raw: number,
  context: RequestContext,
): number {
  // One look-up for the danger, none when the words signal no danger (most requests).
  const danger = context.dangerOf.size === 0 ? undefined : context.dangerOf.get(resourceIndex);
  return round2(
    categoryFit(index, resourceIndex, context, danger !== undefined) +
      keywordPoints(raw) +
      gridPoints(index, resourceIndex, context) +
      (isOpen(index, resourceIndex, context) ? context.openWorth : 0) +
      (hasRoom(index, resourceIndex) ? hasCapacityPoints : 0) +
      dangerPointsOf(danger),
  );
}

type KeywordReason = Extract<MatchReason, { kind: 'keyword' }>;

/** The keyword points split over the features that earned them, largest first. */
function keywordReasons(
  index: ResourceIndex,
  resourceIndex: number,
  features: QueryFeatures,
  raw: number,
): KeywordReason[] {
  const own = index.features[resourceIndex];
  const total = keywordPoints(raw);
  const reasons: KeywordReason[] = [];
  for (const [key, queryWeight] of features.weights) {
    const resourceWeight = own?.get(key);
    const posting = index.postings.get(key);
    if (resourceWeight === undefined || !posting) continue;
    const share = (queryWeight * resourceWeight * posting.idf) / raw;
    const { via, name } = parseFeature(key);
    const term =
      via === 'word' ? (features.surfaces.get(key) ?? name) : (index.groupLabels.get(name) ?? name);
    reasons.push({ kind: 'keyword', term, via, points: round2(total * share) });
  }
  return reasons.sort(
    (a, b) => b.points - a.points || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
}

export function explainMatch(
  index: ResourceIndex,
  resourceIndex: number,
  raw: number,
  score: number,
  context: RequestContext,
  sureness: { confidence: number; confident: boolean },
): ResourceMatch {
  const resource = index.resources[resourceIndex];
  if (!resource) throw new Error(`matcher: no resource at ${resourceIndex}`);
  const openNow = context.openNowByHoursGroup[index.hoursGroupOf[resourceIndex] ?? 0] === 1;
  const openThen = isOpen(index, resourceIndex, context);
  const hasCapacity = hasRoom(index, resourceIndex);
  const reasons: MatchReason[] = [];
  const fit = categoryFit(index, resourceIndex, context);
  const inChosen = resource.categories.includes(context.query.category);
  if (fit > 0 && inChosen) {
    reasons.push({ kind: 'category', category: context.query.category, points: fit });
  } else if (fit > 0) {
    const described = resource.categories.find(
      (category) => (categoryBit(category) & context.features.describedCategories) !== 0,
    );
    if (described) reasons.push({ kind: 'described-category', category: described, points: fit });
  }
  if (raw > 0) reasons.push(...keywordReasons(index, resourceIndex, context.features, raw));
  const grid = gridPoints(index, resourceIndex, context);
  if (resource.gridId === null) reasons.push({ kind: 'community-wide', points: grid });
  else if (grid > 0) reasons.push({ kind: 'own-grid', gridId: resource.gridId, points: grid });
  if (openThen) reasons.push({ kind: 'open', points: context.openWorth });
  if (hasCapacity) reasons.push({ kind: 'has-capacity', points: hasCapacityPoints });
  const danger = context.dangerOf.get(resourceIndex);
  if (danger !== undefined) {
    reasons.push({ kind: 'danger', danger, points: dangerPointsOf(danger) });
  }
  const signal = context.features.danger;
  const because = becauseLine(
    reasons,
    danger !== undefined && signal
      ? { signal, kind: danger, words: index.danger.entry(danger) }
      : null,
    resource.name['zh-CN'],
  );
  return { resource, score, reasons, openNow, hasCapacity, ...sureness, because };
}
