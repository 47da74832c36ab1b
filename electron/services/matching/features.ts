// Features are what a query and a resource can share: a canonical word (`w:`) or a synonym
// group (`s:`). This file turns keywords and synonym lists into them.
import type { CategoryId } from '../../../contract/community.js';
import { categoryIds } from '../../../contract/community.js';
import { type Vocabulary, canonicalTerm, extractTerms } from './text.js';
import type { SynonymGroup } from './types.js';
import { keywordPartWeight } from './weights.js';

/** Bit i set = categoryIds[i]; a resource's categories and a query's fit in one number. */
export function categoryBit(category: CategoryId): number {
  return 1 << categoryIds.indexOf(category);
}

/** Feature keys: `w:` + a canonical word, `s:` + a synonym group. */
export const wordFeature = (term: string) => `w:${term}`;
export const synonymFeature = (groupKey: string) => `s:${groupKey}`;
export function parseFeature(key: string): { via: 'word' | 'synonym'; name: string } {
  return { via: key.startsWith('w:') ? 'word' : 'synonym', name: key.slice(2) };
}

export interface SynonymTables {
  /** Canonical term → the keys ("category/group") of the synonym groups it belongs to. */
  groupsOfTerm: Map<string, string[]>;
  /** Group key → the label staff see in a reason. */
  groupLabels: Map<string, string>;
  /** Group key → the categoryBit of the category it is listed under. */
  categoryOfGroup: Map<string, number>;
}

export function synonymTables(
  synonyms: Readonly<Record<CategoryId, readonly SynonymGroup[]>>,
): SynonymTables {
  const groupsOfTerm = new Map<string, string[]>();
  const groupLabels = new Map<string, string>();
  const categoryOfGroup = new Map<string, number>();
  for (const category of categoryIds) {
    for (const group of synonyms[category]) {
      const key = `${category}/${group.id}`;
      groupLabels.set(key, group.label);
      categoryOfGroup.set(key, categoryBit(category));
      for (const raw of group.terms) {
        const term = canonicalTerm(raw);
        if (term.length === 0) continue;
        const groups = groupsOfTerm.get(term) ?? [];
        if (!groups.includes(key)) groups.push(key);
        groupsOfTerm.set(term, groups);
      }
    }
  }
  return { groupsOfTerm, groupLabels, categoryOfGroup };
}

export interface KeywordTerms {
  whole: string;
  parts: readonly string[];
}

/**
 * A keyword's canonical form and the words inside it. Memoised: thousands of resources share a
 * few hundred keywords, and segmenting each copy again is most of the index build time.
 */
export function keywordAnalyser(vocabulary: Vocabulary): (keyword: string) => KeywordTerms {
  const seen = new Map<string, KeywordTerms>();
  return (keyword) => {
    let terms = seen.get(keyword);
    if (!terms) {
      terms = {
        whole: canonicalTerm(keyword),
        parts: [...extractTerms(keyword, vocabulary).keys()],
      };
      seen.set(keyword, terms);
    }
    return terms;
  };
}

/**
 * Whole keywords at full weight, the words inside them at part weight. A synonym group counts
 * more the more of the resource's keywords fall in it: a counselling room listing eight worry
 * words is more "心理疏导" than a visiting team that lists only "孤独".
 */
export function keywordFeatures(
  keywords: readonly string[],
  analyse: (keyword: string) => KeywordTerms,
  groupsOfTerm: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const termWeights = new Map<string, number>();
  const raise = (term: string, weight: number) => {
    if (term.length > 0 && weight > (termWeights.get(term) ?? 0)) termWeights.set(term, weight);
  };
  for (const keyword of keywords) {
    const { whole, parts } = analyse(keyword);
    raise(whole, 1);
    for (const part of parts) raise(part, keywordPartWeight);
  }
  const features = new Map<string, number>();
  const keywordsPerGroup = new Map<string, number>();
  for (const [term, weight] of termWeights) {
    features.set(wordFeature(term), weight);
    // Only whole keywords join synonym groups: "leak" inside "gas leak" must not make the gas
    // station a plumber.
    if (weight < 1) continue;
    for (const group of groupsOfTerm.get(term) ?? []) {
      keywordsPerGroup.set(group, (keywordsPerGroup.get(group) ?? 0) + 1);
    }
  }
  for (const [group, count] of keywordsPerGroup) {
    features.set(synonymFeature(group), 1 - 0.5 ** count);
  }
  return features;
}
