// The speed shortcuts give exactly what the plain ways gave: each is checked against the plain
// way on the tuning part's descriptions (never the held-out part) and the demo directory.
import { describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { notDangerPhrases } from '../../../electron/services/matching/dangerWords.js';
import { blankExclusions } from '../../../electron/services/matching/exclusionBlanking.js';
import { FirstCharacterIndex } from '../../../electron/services/matching/firstCharacterIndex.js';
import { needTermsOf } from '../../../electron/services/matching/keywordTerms.js';
import { outOfScopeWords } from '../../../electron/services/matching/outOfScope.js';
import { buildResourceIndex } from '../../../electron/services/matching/resourceIndex.js';
import {
  type Terms,
  Vocabulary,
  canonicalTerm,
  extractTerms,
  residentText,
} from '../../../electron/services/matching/text.js';
import { labelledNeeds } from './labelledNeeds.js';

const texts = labelledNeeds
  .filter((need) => need.part === 'tuning')
  .map((need) => residentText(need.description));
const index = buildResourceIndex({
  needs: demoCommunity.needs,
  resources: demoCommunity.resources,
  grids: demoCommunity.grids,
});
const hanChar = /\p{Script=Han}/u;

describe('speed shortcuts', () => {
  it('finds the vocabulary’s Chinese terms as trying every length at every character did', () => {
    const terms = [...index.vocabulary.chineseTerms()];
    const longest = Math.max(...terms.map((term) => term.length));
    const known = new Set(terms);
    const plainScan = (text: string) => {
      const found: Terms = new Map();
      for (let start = 0; start < text.length - 1; start += 1) {
        if (!hanChar.test(text.charAt(start))) continue;
        for (let length = 2; length <= Math.min(longest, text.length - start); length += 1) {
          const candidate = text.slice(start, start + length);
          if (known.has(candidate) && !found.has(candidate)) found.set(candidate, candidate);
        }
      }
      return [...found];
    };
    const scan = (text: string) => {
      const found: Terms = new Map();
      index.vocabulary.scanHan(text, found);
      return [...found];
    };
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(scan(text)).toEqual(plainScan(text));
  });

  it('tells whether an out-of-scope word occurs as searching for every word did', () => {
    const han = outOfScopeWords.filter((word) => hanChar.test(word));
    const byFirst = new FirstCharacterIndex(han);
    let occurring = 0;
    for (const text of texts) {
      const plain = han.some((word) => text.includes(word));
      if (plain) occurring += 1;
      expect(byFirst.occursIn(text)).toBe(plain);
    }
    // Both answers are exercised.
    expect(occurring).toBeGreaterThan(10);
    expect(occurring).toBeLessThan(texts.length);
    expect(new FirstCharacterIndex(['', '火车']).occursIn('没有')).toBe(true);
  });

  it('reads a need’s keywords once into the terms a request used to add one by one', () => {
    const vocabulary = index.vocabulary;
    for (const need of demoCommunity.needs) {
      const added: Terms = new Map();
      const add = (term: string, surface: string) => {
        if (term.length > 0 && !added.has(term)) added.set(term, surface);
      };
      for (const keyword of need.keywords) {
        add(canonicalTerm(keyword), keyword);
        for (const [part, surface] of extractTerms(keyword, vocabulary)) add(part, surface);
      }
      expect(needTermsOf(need.keywords, vocabulary)).toEqual([...added]);
      expect(index.needTerms.get(need.id)).toEqual([...added]);
    }
  });

  it('gathers the segmenter’s words while reading a text’s terms', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const text of texts.slice(0, 300)) {
      const words = new Set<string>();
      extractTerms(text, new Vocabulary(), (same) => same, words);
      const plain = new Set(
        [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment),
      );
      expect(words).toEqual(plain);
    }
  });

  it('blanks the not-danger phrases as splitting at every phrase in list order did', () => {
    let blankedSome = 0;
    for (const text of texts) {
      let han = text;
      let padded = ` ${text
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' ')} `;
      const fast = blankExclusions(notDangerPhrases, han, padded);
      for (const phrase of notDangerPhrases) {
        if (hanChar.test(phrase)) han = han.split(phrase).join(' ');
        else padded = padded.split(` ${phrase} `).join(' ');
      }
      if (han !== text) blankedSome += 1;
      expect(fast).toEqual({ han, padded });
    }
    expect(blankedSome).toBeGreaterThan(10);
  });
});
