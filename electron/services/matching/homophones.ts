// Pinyin keyboards put the right sound on the wrong character: 煤汽 for 煤气, 摔到 for 摔倒, 漏睡
// for 漏水. Every known Chinese term is indexed by its toneless pinyin; a stretch of the
// resident's text with the same pinyin as a term, sharing at least one character with it in
// place (a particle such as 了 does not count), counts as that term. The shared character keeps
// chance homophones of unrelated words out (十五 shi wu is not 食物 shi wu, 烟了 is not 淹了).
import { pinyin } from 'pinyin-pro';
import { soundAlikeWords } from './dangerWords.js';
import { everydayWords } from './everydayWords.js';
import { outOfScopeWords } from './outOfScope.js';
import { pinyinSyllablesOf, withoutTones } from './pinyinSyllables.js';
import { SoundTrie, noteSound, spaced } from './soundTrie.js';
import type { Terms } from './text.js';

export { pinyinSyllablesOf };

const hanRun = /\p{Script=Han}+/gu;
const shortestTerm = 2;
const longestTerm = 5;

/**
 * Each character's toneless reading, cached: reading a whole sentence in context costs about
 * 100 µs, a cached look-up nothing. Context is not needed here, because terms and text are read
 * by the same rule, so 着火 and a typed 着伙 sound alike whatever 着's reading.
 */
const soundOfCharacter = new Map<string, string>();
function soundOf(char: string): string {
  let sound = soundOfCharacter.get(char);
  if (sound === undefined) {
    sound = noteSound(pinyin(char, { toneType: 'none' }));
    soundOfCharacter.set(char, sound);
  }
  return sound;
}

/**
 * Front and back nasals (in/ing, en/eng, an/ang), which many speakers do not tell apart and so
 * type for each other (招平 for 招聘). Both the terms and the text are read through it; the
 * shared character in place still keeps chance likenesses out. Flat and curled sibilants (z/zh,
 * s/sh) were tried too and left out: they made 个月少发 read as 月嫂 (a maternity nurse).
 */
function blurred(sound: string): string {
  return mergedInitials(sound.replace(/([aei]n)g$/, '$1'));
}

/**
 * l/n and h/f, which speakers from the south-west, Hunan, Fujian and Guangdong merge and so type
 * for each other (脑人 for 老人, 怒灯 for 路灯, 化烧 for 发烧, 灰机 for 飞机): n stands for both of
 * the first pair, F for f and hu (fa/hua, fan/huan, fei/hui, fen/hun, fu/hu, fo/huo). Measured
 * on the tuning part before it was kept (round of the 32nd batch): one miss fixed, none added.
 */
function mergedInitials(sound: string): string {
  let merged = sound.startsWith('l') ? `n${sound.slice(1)}` : sound;
  if (merged.startsWith('hu')) merged = `F${merged.slice(2) || 'u'}`;
  else if (merged.startsWith('f')) merged = `F${merged.slice(1).replace(/^e(?=[in])/, '')}`;
  return merged;
}

/** Each character's blurred reading, cached as soundOf is: find reads every character of a text. */
const blurredOfCharacter = new Map<string, string>();
function blurredSoundOf(char: string): string {
  let sound = blurredOfCharacter.get(char);
  if (sound === undefined) {
    sound = blurred(soundOf(char));
    blurredOfCharacter.set(char, sound);
  }
  return sound;
}

function syllables(text: string): string[] {
  return Array.from(text, blurredSoundOf);
}

/**
 * Particles carry no meaning of their own: 烟了 and 淹了 share 了 and nothing else. A particle
 * only follows a word, so one that opens the term is a word of its own there: 着活 is 着火.
 */
const particles = new Set([...'了的着过吗呢吧啊地得么呀']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Positions inside a word of two or more characters the segmenter knows: a stretch starting or
 * ending there cuts a real word, as 配钥 does in 配钥匙 (a key, not 配药 medicine). A typo is
 * rarely a real word, so the segmenter leaves it in pieces and its stretch cuts nothing.
 */
function insideWords(run: string): Set<number> {
  const inside = new Set<number>();
  for (const { segment, index } of segmenter.segment(run)) {
    // A particle the segmenter glued on ("到了") is no part of the word: 昏到了 is 昏倒了.
    let length = segment.length;
    while (length > 1 && particles.has(segment.charAt(length - 1))) length -= 1;
    for (let offset = 1; offset < length; offset += 1) inside.add(index + offset);
  }
  return inside;
}

/**
 * Numerals begin so many words that sharing one vouches for nothing: 一嚼 (one bite) is no 一跤
 * (a fall), though both are yi jiao (tuning: 牙床肿得老高，一嚼东西就疼 read as a fall).
 */
const numerals = new Set([...'一二两三几']);

function sharesCharacterInPlace(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const char = a.charAt(i);
    if (numerals.has(char)) continue;
    if (char === b.charAt(i) && (i === 0 || !particles.has(char))) return true;
  }
  return false;
}

/** Latin words with only spaces between: what pinyin typed without tones looks like. */
const latinRun = /[a-zü]+(?: +[a-zü]+)*/g;
const latinWord = /[a-zü]+/g;
/** Below this share of syllables among a text's Latin words the text is English ("she can"). */
const pinyinShare = 2 / 3;
interface Syllable {
  /** Null for a typed word that is no pinyin: it breaks every term. */
  sound: string | null;
  /** The syllable as typed, shown where no term takes it (the sound is blurred: huai is Fai). */
  typed: string | null;
  /** Which typed word it is part of, and where that word's syllables start and end. */
  word: number;
  wordStart: number;
  wordEnd: number;
}

export class HomophoneIndex {
  /** Toneless pinyin with spaces ("mei qi") → the terms that sound so. */
  private readonly bySound = new Map<string, string[]>();
  /** The same keys a syllable at a time (soundTrie.ts), made on the first reading. */
  private bySoundTrie: SoundTrie | undefined;
  /**
   * The same, and each term also by its reading in context (着火 is zhao huo, not zhe huo): a
   * resident typing pinyin spells the word's own reading, not each character's first.
   */
  private readonly byTypedSound = new Map<string, string[]>();

  /** Read first where typed pinyin could be one of these or another term (zhao huo: 着火, 找活). */
  private readonly preferred: ReadonlySet<string>;
  /** Read next: everyday words (ke yi: 可以 before 可疑), which are no typo either. */
  private readonly everyday = new Set(everydayWords);

  constructor(terms: Iterable<string>, preferredInPinyin: Iterable<string> = []) {
    this.preferred = new Set(preferredInPinyin);
    for (const word of this.everyday) this.addTypedSound(word, syllables(word).join(' '));
    for (const term of terms) {
      if (term.length < shortestTerm || term.length > longestTerm) continue;
      if (!/^\p{Script=Han}+$/u.test(term)) continue;
      const key = syllables(term).join(' ');
      const list = this.bySound.get(key) ?? [];
      if (!list.includes(term)) list.push(term);
      this.bySound.set(key, list);
      this.addTypedSound(term, key);
    }
    // Last, what no service does (huo che piao, hao chi de): read in pinyin so the text says it.
    for (const word of outOfScopeWords) {
      if (
        word.length >= shortestTerm &&
        word.length <= longestTerm &&
        /^\p{Script=Han}+$/u.test(word)
      ) {
        this.addTypedSound(word, syllables(word).join(' '));
        const exact = Array.from(word, soundOf).join(' ');
        this.outOfScopeFirsts.add(word.charAt(0));
        const list = this.outOfScopeBySound.get(exact) ?? [];
        if (!list.includes(word)) list.push(word);
        this.outOfScopeBySound.set(exact, list);
      }
    }
  }

  /** What no service does, by sound, for its typos in characters (外麦 for 外卖). */
  private readonly outOfScopeBySound = new Map<string, string[]>();
  private outOfScopeTrie: SoundTrie | undefined;
  /** Their first characters: a typo here keeps the first one right, so a stretch starts there. */
  private readonly outOfScopeFirsts = new Set<string>();

  /**
   * A typo of what no service does, written in characters (外麦 for 外卖, 火车飘 for 火车票), is
   * written right, so the text says it and goes to staff as the word would (issue 15, the round
   * of the 32nd batch). Stricter than find, as the text itself changes: the same sound exactly
   * (no nasal, l/n or h/f blur: 近点 is no 景点), the first character written right (小区里发传单
   * has no 理发 in it), no everyday word, and neither a word the segmenter knows nor a cut
   * through one (外壁 is no 外币).
   */
  private readOutOfScopeTypos(text: string): string {
    if (this.outOfScopeBySound.size === 0) return text;
    return text.replace(hanRun, (run) => {
      const chars = Array.from(run);
      if (chars.length < shortestTerm || chars.length !== run.length) return run;
      let sound: string[] | undefined;
      let words: Set<string> | undefined;
      let cuts: Set<number> | undefined;
      let result = run;
      for (let start = 0; start + shortestTerm <= chars.length; start += 1) {
        if (!this.outOfScopeFirsts.has(run.charAt(start))) continue;
        sound ??= chars.map(soundOf);
        const trie = spaced.seen
          ? undefined
          : (this.outOfScopeTrie ??= new SoundTrie(this.outOfScopeBySound));
        const maxLength = Math.min(longestTerm, chars.length - start);
        let key = sound[start] ?? '';
        let node = trie?.start(sound, start);
        for (let length = shortestTerm; length <= maxLength; length += 1) {
          let candidates: readonly string[] | undefined;
          if (trie === undefined) {
            key = `${key} ${sound[start + length - 1] ?? ''}`;
            candidates = this.outOfScopeBySound.get(key);
          } else {
            node = SoundTrie.step(node, sound[start + length - 1]);
            if (node === undefined) break;
            candidates = node.values;
          }
          if (!candidates) continue;
          const typed = run.slice(start, start + length);
          if (this.everyday.has(typed) || candidates.includes(typed)) continue;
          const word = candidates.find((candidate) => candidate.charAt(0) === typed.charAt(0));
          if (word === undefined) continue;
          words ??= new Set(Array.from(segmenter.segment(run), (piece) => piece.segment));
          cuts ??= insideWords(run);
          if (words.has(typed) || cuts.has(start) || cuts.has(start + length)) continue;
          result = result.replace(typed, word);
        }
      }
      return result;
    });
  }

  private addTypedSound(term: string, key: string): void {
    const inContext = pinyin(term, { toneType: 'none', type: 'array' }).map(blurred).join(' ');
    for (const typedKey of new Set([key, inContext])) {
      const typed = this.byTypedSound.get(typedKey) ?? [];
      if (!typed.includes(term)) typed.push(term);
      this.byTypedSound.set(typedKey, typed);
    }
  }

  /**
   * Pinyin typed without tones ("ting dian le, quan jia mei dian", "nuanqi bu re") read as the
   * known terms it sounds like (停电…没电), so the words, the homophones and the danger reader
   * all see Chinese. Syllables no term covers stay as typed; the fewest left over wins. Text
   * whose Latin words are mostly not pinyin is English and is left alone.
   */
  readPinyin(typedText: string): string {
    return this.readOutOfScopeTypos(this.readPinyinOnly(typedText));
  }

  private readPinyinOnly(typedText: string): string {
    const normalisedText = withoutTones(typedText);
    const words = normalisedText.match(latinWord);
    if (words === null) return normalisedText;
    // English is told by its first words that are no pinyin: stop counting there.
    const allowedOthers = words.length * (1 - pinyinShare);
    let others = 0;
    for (const word of words) {
      if (pinyinSyllablesOf(word) === null && (others += 1) > allowedOthers) return normalisedText;
    }
    return normalisedText.replace(latinRun, (run) => this.readRun(run.split(/ +/)));
  }

  /** The run as terms and left-over syllables: at each end, the cover leaving fewest uncovered. */
  private readRun(words: readonly string[]): string {
    const run: Syllable[] = [];
    words.forEach((word, index) => {
      const cut = pinyinSyllablesOf(word) ?? [null];
      const wordStart = run.length;
      const wordEnd = wordStart + cut.length;
      for (const sound of cut) {
        run.push({
          sound: sound === null ? null : blurred(sound),
          typed: sound,
          word: index,
          wordStart,
          wordEnd,
        });
      }
    });
    // best[i]: the fewest uncovered syllables reading run[0..i), and the last piece's term.
    const best: { uncovered: number; from: number; term: string | null }[] = [
      { uncovered: 0, from: 0, term: null },
    ];
    for (let end = 1; end <= run.length; end += 1) {
      const previous = best[end - 1];
      let choice = {
        uncovered: (previous?.uncovered ?? 0) + 1,
        from: end - 1,
        term: null as string | null,
      };
      for (let length = shortestTerm; length <= Math.min(longestTerm, end); length += 1) {
        const term = this.termSpelling(run, end - length, end);
        const before = best[end - length];
        if (term !== undefined && before !== undefined && before.uncovered <= choice.uncovered) {
          choice = { uncovered: before.uncovered, from: end - length, term };
        }
      }
      best.push(choice);
    }
    // Back from the end: each term, and each syllable no term took.
    const terms = new Map<number, string>();
    for (let end = run.length; end > 0;) {
      const step = best[end];
      if (step === undefined) break;
      if (step.term !== null) terms.set(step.from, step.term);
      end = step.from;
    }
    const covered = new Set<number>();
    for (const [from, term] of terms) {
      for (let at = from; at < from + term.length; at += 1) covered.add(run[at]?.word ?? -1);
    }
    const pieces: string[] = [];
    for (let at = 0; at < run.length;) {
      const term = terms.get(at);
      const syllable = run[at];
      if (syllable === undefined) break;
      if (term !== undefined) {
        pieces.push(term);
        at += term.length;
      } else if (!covered.has(syllable.word)) {
        // A word no term took is shown as typed, not cut into syllables.
        pieces.push(` ${words[syllable.word] ?? ''} `);
        at = syllable.wordEnd;
      } else {
        pieces.push(` ${syllable.typed ?? ''} `);
        at += 1;
      }
    }
    return pieces.join('').replace(/ {2,}/g, ' ').trim();
  }

  /**
   * The term the syllables run[from..to) spell, if any. A term may hold whole typed words or lie
   * inside one, never part of a joined word and more: "make time" (ma ke ti me) holds no 课题.
   */
  private termSpelling(run: readonly Syllable[], from: number, to: number): string | undefined {
    const span = run.slice(from, to);
    const sounds: string[] = [];
    for (const syllable of span) {
      if (syllable.sound === null) return undefined;
      const wordInside = syllable.wordStart >= from && syllable.wordEnd <= to;
      const termInside = from >= syllable.wordStart && to <= syllable.wordEnd;
      if (!wordInside && !termInside) return undefined;
      sounds.push(syllable.sound);
    }
    const candidates = this.byTypedSound.get(sounds.join(' '));
    return (
      candidates?.find((word) => this.preferred.has(word)) ??
      candidates?.find((word) => this.everyday.has(word)) ??
      candidates?.[0]
    );
  }

  /** Known terms the text spells with other characters: term → the characters as typed. */
  find(normalisedText: string): Terms {
    const found: Terms = new Map();
    for (const match of normalisedText.matchAll(hanRun)) {
      const chars = Array.from(match[0]);
      if (chars.length < shortestTerm) continue;
      const sound = chars.map(blurredSoundOf);
      const trie = spaced.seen ? undefined : (this.bySoundTrie ??= new SoundTrie(this.bySound));
      let cuts: Set<number> | undefined;
      const cutsAWord = (start: number, end: number) => {
        cuts ??= chars.length === match[0].length ? insideWords(match[0]) : new Set();
        return cuts.has(start) || cuts.has(end);
      };
      for (let start = 0; start + shortestTerm <= chars.length; start += 1) {
        const maxLength = Math.min(longestTerm, chars.length - start);
        let key = sound[start] ?? '';
        let node = trie?.start(sound, start);
        for (let length = shortestTerm; length <= maxLength; length += 1) {
          let terms: readonly string[] | undefined;
          if (trie === undefined) {
            key = `${key} ${sound[start + length - 1] ?? ''}`;
            terms = this.bySound.get(key);
          } else {
            // No key goes on from here: no longer stretch sounds like a term either.
            node = SoundTrie.step(node, sound[start + length - 1]);
            if (node === undefined) break;
            terms = node.values;
          }
          if (!terms) continue;
          const typed = chars.slice(start, start + length).join('');
          // Inside a real word with the sound (找着活, finding work), the stretch is that word.
          if (soundAlikeWords.some((word) => word.includes(typed) && match[0].includes(word))) {
            continue;
          }
          // An everyday word written right is no typo, but for a danger word: 可以 is not 可疑.
          const everyday = this.everyday.has(typed);
          for (const term of terms) {
            if (term === typed || found.has(term) || !sharesCharacterInPlace(term, typed)) continue;
            if (everyday && !this.preferred.has(term)) continue;
            // Segmenting costs more than the rest: only for a stretch that would count.
            if (!cutsAWord(start, start + length)) found.set(term, typed);
          }
        }
      }
    }
    return found;
  }
}
