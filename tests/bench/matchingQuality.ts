// How well the matcher answers the labelled needs (tests/unit/matching/labelledNeeds.ts), beside
// the source document's scorer on the same cases. Pure figures, no timing: the bench prints them
// for the held-out part, and the same function runs on the tuning part while tuning.
//
// The source document's scorer, re-implemented faithfully: the query's words are the tapped
// need's keywords plus the words Intl.Segmenter finds in the description; each resource scores
// the number of those words that are, exactly, one of its keywords; resources scoring zero are
// dropped and the rest are sorted by score (ties keep the directory's order). It has no notion
// of confidence, so "nothing fits" for it is an empty list, and no notion of danger, so its
// danger recall counts the cases whose first resource is an emergency resource anyway.
import type { CategoryId, CommonNeed, ServiceResource } from '../../contract/community.js';
import { demoCommunity } from '../../demo/community/index.js';
import { createMatcher } from '../../electron/services/matching/index.js';
import type { MatchQuery, Matcher } from '../../electron/services/matching/index.js';
import { type CasePart, type LabelledNeed, labelledNeeds } from '../unit/matching/labelledNeeds.js';

/** Wednesday 5 March 2025, 10:00 in Beijing: most services are open. */
const askedAt = new Date('2025-03-05T02:00:00Z');
const shown = 3;

export interface QualityFigures {
  cases: number;
  /** Share of in-scope cases whose first shown resource is acceptable. */
  top1: number;
  /** Share of in-scope cases with an acceptable resource among the first three shown. */
  top3: number;
  nothingFitsPrecision: number;
  nothingFitsRecall: number;
  /** Share of danger cases that offered the emergency call with an acceptable resource first. */
  dangerRecall: number;
  /**
   * Share of cases NOT labelled danger that offered the emergency call anyway (a kiosk offering
   * 120 for a gas bill); null for a scorer with no notion of danger.
   */
  dangerFalseAlarms: number | null;
  misses: string[];
}

interface Answered {
  shownIds: string[];
  dangerOffered: boolean;
}

const share = (hits: number, of: number) => (of === 0 ? 1 : hits / of);

function figures(
  cases: readonly LabelledNeed[],
  answer: (c: LabelledNeed) => Answered,
  knowsDanger: boolean,
): QualityFigures {
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let saidNothing = 0;
  let rightNothing = 0;
  let nothingCases = 0;
  let dangerCases = 0;
  let dangerHits = 0;
  let calmCases = 0;
  let falseAlarms = 0;
  const misses: string[] = [];
  for (const labelled of cases) {
    const { shownIds, dangerOffered } = answer(labelled);
    const nothing = labelled.accept.length === 0;
    if (knowsDanger && labelled.danger !== true) {
      calmCases += 1;
      if (dangerOffered) {
        falseAlarms += 1;
        misses.push(`danger false alarm: ${labelled.description}`);
      }
    }
    if (shownIds.length === 0) saidNothing += 1;
    if (nothing) {
      nothingCases += 1;
      if (shownIds.length === 0) rightNothing += 1;
      else misses.push(`fits-nothing shown ${shownIds.join(',')}: ${labelled.description}`);
      continue;
    }
    inScope += 1;
    const first = shownIds[0];
    const firstRight = first !== undefined && labelled.accept.includes(first);
    if (firstRight) top1 += 1;
    else
      misses.push(
        `want ${labelled.accept[0]} got ${shownIds.join(',') || '∅'}: ${labelled.description}`,
      );
    if (shownIds.slice(0, shown).some((id) => labelled.accept.includes(id))) top3 += 1;
    if (labelled.danger) {
      dangerCases += 1;
      if (dangerOffered && firstRight) dangerHits += 1;
      else misses.push(`danger missed: ${labelled.description}`);
    }
  }
  return {
    cases: cases.length,
    top1: share(top1, inScope),
    top3: share(top3, inScope),
    nothingFitsPrecision: share(rightNothing, saidNothing),
    nothingFitsRecall: share(rightNothing, nothingCases),
    dangerRecall: share(dangerHits, dangerCases),
    dangerFalseAlarms: knowsDanger ? (calmCases === 0 ? 0 : falseAlarms / calmCases) : null,
    misses,
  };
}

function queryOf(labelled: LabelledNeed): MatchQuery {
  return {
    category: labelled.category,
    needId: labelled.needId ?? null,
    description: labelled.description,
    gridId: labelled.gridId ?? null,
    at: askedAt,
  };
}

export const demoMatcher = (): Matcher =>
  createMatcher({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
  });

/** The same matcher with the lists alone, no learnt reader: what the learnt readers add. */
export const listsOnlyMatcher = (): Matcher =>
  createMatcher({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
    dangerModel: null,
    outOfScopeModel: null,
  });

export function matcherFigures(part: CasePart | 'all', matcher = demoMatcher()): QualityFigures {
  return casesFigures(
    labelledNeeds.filter((c) => part === 'all' || c.part === part),
    matcher,
  );
}

/** The matcher's figures on any list of cases, such as one new batch alone. */
export function casesFigures(
  cases: readonly LabelledNeed[],
  matcher = demoMatcher(),
): QualityFigures {
  return figures(
    cases,
    (labelled) => {
      const answer = matcher.answer(queryOf(labelled), shown);
      return {
        shownIds: answer.results.map((result) => result.resource.id),
        dangerOffered: answer.danger !== null,
      };
    },
    true,
  );
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The source document's words: the need's keywords and the description's segmenter words. */
export function articleWords(description: string, need: CommonNeed | undefined): string[] {
  const words = [...segmenter.segment(description)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
  return [...new Set([...(need?.keywords ?? []), ...words])];
}

/** The source document's scorer: how many of the query's words are the resource's keywords. */
export function articleRanking(
  words: readonly string[],
  resources: readonly ServiceResource[],
): ServiceResource[] {
  return resources
    .map((resource, order) => ({
      resource,
      order,
      count: words.filter((word) => resource.keywords.includes(word)).length,
    }))
    .filter((scored) => scored.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((scored) => scored.resource);
}

export function articleFigures(part: CasePart | 'all'): QualityFigures {
  const needs = new Map(demoCommunity.needs.map((need) => [need.id, need]));
  const cases = labelledNeeds.filter((c) => part === 'all' || c.part === part);
  return figures(
    cases,
    (labelled) => {
      const need = labelled.needId === undefined ? undefined : needs.get(labelled.needId);
      const ranked = articleRanking(
        articleWords(labelled.description, need),
        demoCommunity.resources,
      );
      return { shownIds: ranked.slice(0, shown).map((r) => r.id), dangerOffered: true };
    },
    false,
  );
}

export type { CategoryId };
