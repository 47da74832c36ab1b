// Text → terms. Intl.Segmenter splits Chinese into words, but its dictionary misses many
// community words ("渗水" comes out as 渗|水, "走丢" as 走|丢), so the text is also scanned for
// every known keyword and synonym. English is lower-cased, stemmed, and looked up as phrases too.
import { isEnglishStopWord, respelled, stem } from './english.js';
import { codeSwitchWords } from './codeSwitchWords.js';
import { foldToSimplified } from './fold.js';
import { withoutSpokenFillers } from './spokenFillers.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const hanChar = /\p{Script=Han}/u;
const plainWord = /^[\p{L}\p{N}]+$/u;
const digitsOnly = /^\p{N}+$/u;
/** Between two English words, only spaces and hyphens keep a phrase together. */
const phraseGlue = /^[\s-]+$/;

// Filler words that say nothing about the need; single Han characters are dropped anyway.
const chineseStopWords = new Set(
  [
    '需要 我们 你们 他们 我家 家里 一下 帮忙 请问 什么 怎么 怎么办 可以 这个 那个 现在',
    '已经 有点 一个 没有 不能 还是 如果 因为 所以 但是 谢谢 想要 希望 麻烦 问题 情况',
    '时候 今天 昨天 最近 一直 非常 特别 比较 还有 或者 自己 总是 老是 你好 您好',
    // Who the need is for, not what it is: "老人" alone must not pull in every elder service.
    '老人 老年人 年轻人 家人 大家',
  ]
    .join(' ')
    .split(' '),
);

/**
 * NFKC folds full-width letters and digits, Traditional characters fold to Simplified, and
 * apostrophes go so "can't" meets "cant". Cached for the directory's own short texts; a
 * resident's description goes through residentText instead.
 */
export function normalise(text: string): string {
  if (text.length > shortText) return normalisedForm(text);
  let form = normalisedCache.get(text);
  if (form === undefined) {
    if (normalisedCache.size >= normalisedCacheLimit) normalisedCache.clear();
    form = normalisedForm(text);
    normalisedCache.set(text, form);
  }
  return form;
}

/**
 * The same form for what a resident typed, never cached: a description rarely repeats, and a
 * cache of them was the kiosk's largest growing memory (two strings per short request, up to
 * 50,000 of them) and kept residents' words in memory long after their visit. Spoken fillers and
 * repeated characters go too (spokenFillers.ts): they say nothing about the need.
 */
export const residentText = (text: string): string => withoutSpokenFillers(normalisedForm(text));

/** Keywords, need titles and short phrases repeat; a resident's sentence rarely does. */
const shortText = 24;
const normalisedCache = new Map<string, string>();
const normalisedCacheLimit = 50_000;

const latinLetter = /[a-z]/;
/** "我妈faint了" is "我妈 faint 了": English words are read between spaces, the danger reader's too. */
const hanThenLatin = /(\p{Script=Han})(?=[a-z])/gu;
const latinThenHan = /([a-z])(?=\p{Script=Han})/gu;

/** An English word with no other English word beside it (spaces and hyphens between join them). */
const loneLatinWord = /(?<![a-z][\s-]*)\b[a-z]+\b(?![\s-]*[a-z])/gu;

/** A lone English word in a Chinese sentence reads as its Chinese word (codeSwitchWords.ts). */
function codeSwitched(text: string): string {
  if (!hanChar.test(text)) return text;
  return text.replace(loneLatinWord, (word) => codeSwitchWords[word] ?? word);
}

function normalisedForm(text: string): string {
  const lower = foldToSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  return latinLetter.test(lower)
    ? codeSwitched(respelled(lower)).replace(hanThenLatin, '$1 ').replace(latinThenHan, '$1 ')
    : lower;
}

/** Keywords repeat across requests and resources; folding each again is most of their cost. */
const canonicalCache = new Map<string, string>();
const canonicalCacheLimit = 50_000;

/** How many texts the two caches hold: the directory's vocabulary, never residents' words. */
export const cachedTextCount = (): number => normalisedCache.size + canonicalCache.size;

/** The form keywords and synonyms are stored in: Chinese without spaces, English stemmed. */
export function canonicalTerm(raw: string): string {
  let term = canonicalCache.get(raw);
  if (term === undefined) {
    if (canonicalCache.size >= canonicalCacheLimit) canonicalCache.clear();
    term = canonicalForm(raw);
    canonicalCache.set(raw, term);
  }
  return term;
}

function canonicalForm(raw: string): string {
  const text = normalise(raw).trim();
  if (hanChar.test(text)) return text.replace(/\s+/g, '');
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(stem)
    .join(' ');
}

/** Every keyword and synonym the matcher knows, for finding them inside running text. */
export class Vocabulary {
  private readonly hanTerms = new Set<string>();
  /**
   * First character → the lengths of the Chinese terms starting with it, ascending: scanHan
   * tries only those, not every length up to the longest term at every character (the
   * vocabulary holds some 3,000 terms, most texts' characters open none).
   */
  private readonly lengthsByFirst = new Map<string, number[]>();
  private readonly phrases = new Set<string>();
  private longestPhrase = 1;

  add(term: string): void {
    if (hanChar.test(term)) {
      if (term.length < 2 || this.hanTerms.has(term)) return;
      this.hanTerms.add(term);
      const first = term.charAt(0);
      const lengths = this.lengthsByFirst.get(first) ?? [];
      if (!lengths.includes(term.length)) {
        lengths.push(term.length);
        lengths.sort((a, b) => a - b);
      }
      this.lengthsByFirst.set(first, lengths);
    } else if (term.includes(' ')) {
      this.phrases.add(term);
      this.longestPhrase = Math.max(this.longestPhrase, term.split(' ').length);
    }
  }

  /** The Chinese terms, for the homophone index. */
  chineseTerms(): IterableIterator<string> {
    return this.hanTerms.values();
  }

  /** Adds every known Chinese term that occurs in the text. */
  scanHan(text: string, into: Terms): void {
    // The same terms in the same order as trying every length from 2 at every Han character.
    for (let start = 0; start < text.length - 1; start += 1) {
      const lengths = this.lengthsByFirst.get(text.charAt(start));
      if (lengths === undefined || !hanChar.test(text.charAt(start))) continue;
      const maxLength = text.length - start;
      for (const length of lengths) {
        if (length > maxLength) break;
        const candidate = text.slice(start, start + length);
        if (this.hanTerms.has(candidate) && !into.has(candidate)) into.set(candidate, candidate);
      }
    }
  }

  /** Adds every known English phrase made of consecutive words of the run. */
  scanPhrases(run: readonly Word[], into: Terms): void {
    for (let start = 0; start < run.length; start += 1) {
      for (let size = 2; size <= this.longestPhrase && start + size <= run.length; size += 1) {
        const words = run.slice(start, start + size);
        const candidate = words.map((word) => word.stem).join(' ');
        if (this.phrases.has(candidate) && !into.has(candidate)) {
          into.set(candidate, words.map((word) => word.surface).join(' '));
        }
      }
    }
  }
}

interface Word {
  stem: string;
  surface: string;
}

/** Canonical term → the words as written (for showing staff "medicine", not "medicin"). */
export type Terms = Map<string, string>;

/**
 * The distinct terms of a text: segmenter words, known Chinese terms and English phrases. The
 * directory's keywords are normalised through the cache; pass residentText for what a resident
 * typed.
 */
export function extractTerms(
  text: string,
  vocabulary: Vocabulary,
  normaliser: (text: string) => string = normalise,
  /** When given, receives every word-like segment of the normalised text, so it is segmented once. */
  segmentWords?: Set<string>,
): Terms {
  const normalised = normaliser(text);
  const terms: Terms = new Map();
  const add = (term: string, surface: string) => {
    if (!terms.has(term)) terms.set(term, surface);
  };
  let run: Word[] = [];
  const endRun = () => {
    if (run.length > 1) vocabulary.scanPhrases(run, terms);
    run = [];
  };
  for (const { segment, isWordLike } of segmenter.segment(normalised)) {
    if (isWordLike) segmentWords?.add(segment);
    if (!isWordLike) {
      if (!phraseGlue.test(segment)) endRun();
      continue;
    }
    if (hanChar.test(segment)) {
      endRun();
      if (segment.length >= 2 && !chineseStopWords.has(segment)) add(segment, segment);
      continue;
    }
    if (!plainWord.test(segment) || digitsOnly.test(segment)) {
      endRun();
      continue;
    }
    const stemmed = stem(segment);
    run.push({ stem: stemmed, surface: segment });
    if (stemmed.length >= 2 && !isEnglishStopWord(segment)) add(stemmed, segment);
  }
  endRun();
  vocabulary.scanHan(normalised, terms);
  return terms;
}
