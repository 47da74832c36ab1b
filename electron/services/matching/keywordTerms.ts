// The terms a tapped need's keywords, and a category's wordless defaults, add to a request. They
// are the directory's words, the same for every request, so they are read once when the matcher
// is built rather than segmented again for every request (they were a twentieth of an answer).
import type { CategoryId, CommonNeed } from '../../../contract/community.js';
import { categoryIds } from '../../../contract/community.js';
import { type Vocabulary, canonicalTerm, extractTerms } from './text.js';

/** A term and the words as written, in the order a request adds them. */
export type TermEntry = readonly [term: string, surface: string];

/** One keyword: its canonical whole, as written, and the words inside it. */
export interface KeywordEntry {
  whole: string;
  keyword: string;
  parts: readonly TermEntry[];
}

export function keywordEntry(keyword: string, vocabulary: Vocabulary): KeywordEntry {
  return { whole: canonicalTerm(keyword), keyword, parts: [...extractTerms(keyword, vocabulary)] };
}

/**
 * The need's keywords as a request adds them to an empty list: each keyword's canonical form,
 * then the words inside it, skipping empty and repeated terms (the first surface wins).
 */
export function needTermsOf(keywords: readonly string[], vocabulary: Vocabulary): TermEntry[] {
  const seen = new Map<string, string>();
  const add = (term: string, surface: string) => {
    if (term.length > 0 && !seen.has(term)) seen.set(term, surface);
  };
  for (const keyword of keywords) {
    const entry = keywordEntry(keyword, vocabulary);
    add(entry.whole, keyword);
    for (const [part, surface] of entry.parts) add(part, surface);
  }
  return [...seen];
}

export function needTermsById(
  needs: readonly CommonNeed[],
  vocabulary: Vocabulary,
): Map<string, readonly TermEntry[]> {
  return new Map(needs.map((need) => [need.id, needTermsOf(need.keywords, vocabulary)]));
}

export function wordlessEntriesOf(
  defaults: Readonly<Record<CategoryId, readonly string[]>>,
  vocabulary: Vocabulary,
): Record<CategoryId, readonly KeywordEntry[]> {
  const entries = {} as Record<CategoryId, readonly KeywordEntry[]>;
  for (const category of categoryIds) {
    entries[category] = defaults[category].map((keyword) => keywordEntry(keyword, vocabulary));
  }
  return entries;
}
