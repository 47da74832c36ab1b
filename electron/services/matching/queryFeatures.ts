// What the resident asked for, as weighted features: the tapped need's keywords and the words of
// the description (or, when those reach nothing, the category's general service), each with the
// synonym groups it belongs to at a lower weight.
import type { CommonNeed } from '../../../contract/community.js';
import { synonymFeature, wordFeature } from './features.js';
import type { ResourceIndex } from './resourceIndex.js';
import { canonicalTerm, extractTerms, normalise } from './text.js';
import type { MatchQuery } from './types.js';
import { synonymWeight, urgentMarkers } from './weights.js';

export interface QueryFeatures {
  /** Feature key → query weight, in first-seen order (so sums are formed in a fixed order). */
  weights: Map<string, number>;
  /** Word feature key → the word as the need or the resident wrote it, for reasons. */
  surfaces: Map<string, string>;
  /** Categories of the synonym groups the words fall in, as categoryBit flags. */
  describedCategories: number;
  urgent: boolean;
}

function isUrgent(query: MatchQuery, need: CommonNeed | undefined): boolean {
  if (query.urgent !== undefined) return query.urgent;
  const text = normalise(query.description);
  return (need?.urgentByDefault ?? false) || urgentMarkers.some((marker) => text.includes(marker));
}

export function queryFeatures(query: MatchQuery, index: ResourceIndex): QueryFeatures {
  const need = query.needId === null ? undefined : index.needs.get(query.needId);
  const urgent = isUrgent(query, need);
  const terms = new Map<string, string>();
  const add = (term: string, surface: string) => {
    if (term.length > 0 && !terms.has(term)) terms.set(term, surface);
  };
  const addKeyword = (keyword: string) => {
    add(canonicalTerm(keyword), keyword);
    for (const [part, surface] of extractTerms(keyword, index.vocabulary)) add(part, surface);
  };
  for (const keyword of need?.keywords ?? []) addKeyword(keyword);
  for (const [term, surface] of extractTerms(query.description, index.vocabulary)) {
    add(term, surface);
  }
  const reachesNothing = ![...terms.keys()].some(
    (term) =>
      index.postings.has(wordFeature(term)) ||
      (index.groupsOfTerm.get(term) ?? []).some((group) =>
        index.postings.has(synonymFeature(group)),
      ),
  );
  if (reachesNothing) index.wordlessDefaults[query.category].forEach(addKeyword);

  const weights = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const [term, surface] of terms) {
    weights.set(wordFeature(term), 1);
    surfaces.set(wordFeature(term), surface);
  }
  let describedCategories = 0;
  for (const term of terms.keys()) {
    for (const group of index.groupsOfTerm.get(term) ?? []) {
      weights.set(synonymFeature(group), synonymWeight);
      describedCategories |= index.categoryOfGroup.get(group) ?? 0;
    }
  }
  return { weights, surfaces, describedCategories, urgent };
}
