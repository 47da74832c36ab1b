// Reads danger by concept (dangerConcepts.ts): an acute state alone, or a hazard with a sign
// that it is happening now, anywhere in the description; clauses with a calm marker (the past,
// a course, a bill, a worry) are not read. It runs beside the phrase list (danger.ts) so every listed phrasing
// still signals, and widens it to the word orders residents actually use. Text arrives folded
// to Simplified and lower case; Chinese entries match as substrings, English as whole words.
import {
  type AcuteConcept,
  type HazardConcept,
  acuteConcepts,
  acuteSigns,
  calmMarkers,
  harmlessCompounds,
  hazardConcepts,
} from './dangerConcepts.js';
import { type CombinedConcept, combinedConcepts } from './dangerCombinations.js';
import { type CalmCombination, calmCombinations, calmPatterns } from './dangerCalm.js';
import type { DangerKind } from './dangerWords.js';

const hanChar = /\p{Script=Han}/u;
const wordBreak = /[^\p{L}\p{N}]+/u;
/**
 * Where one clause ends: punctuation (full-width folded by NFKC), a line, "but", or a space
 * between Chinese characters: residents typing in a hurry put a space for a comma (29th batch:
 * 专家讲座现场 让交钱买保健品 我妈已经刷卡了), and a 讲座 in one fragment does not calm the next.
 */
const clauseBreak = /[,.!?;:、。，！？；：\n]+|\bbut\b|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

interface Clause {
  han: string;
  /** Words between spaces, or null when the clause has no Latin letter to match English in. */
  padded: string | null;
}

const latinLetter = /[a-z]/;

function clauseOf(text: string): Clause {
  if (!latinLetter.test(text)) return { han: text, padded: null };
  return { han: text, padded: ` ${text.split(wordBreak).filter(Boolean).join(' ')} ` };
}

/** "a~b": a, then b at most this many characters after it (拿着菜刀 is 拿~刀). */
const gapLimit = 4;

interface Gapped {
  entry: string;
  first: string;
  then: string;
}

interface SplitList {
  han: readonly string[];
  gapped: readonly Gapped[];
  /**
   * For a long list, its Chinese entries by first character, with their place in the list: the
   * text's characters are looked up once instead of every entry searched for (the acute states
   * hold some three hundred).
   */
  byFirst: ReadonlyMap<string, readonly { entry: string; order: number }[]> | null;
  /** English entries padded with spaces, to match whole words in a padded clause. */
  english: readonly { entry: string; padded: string }[];
}

/** Lists this long are read through their first characters (byFirst). */
const indexedLength = 24;

function byFirstOf(han: readonly string[]): SplitList['byFirst'] {
  if (han.length < indexedLength) return null;
  const index = new Map<string, { entry: string; order: number }[]>();
  han.forEach((entry, order) => {
    const first = entry.charAt(0);
    const list = index.get(first) ?? [];
    list.push({ entry, order });
    index.set(first, list);
  });
  return index;
}

/** The list's first entry (in list order) that occurs in the text, read character by character. */
function firstByCharacter(split: SplitList, text: string): string | undefined {
  const { byFirst } = split;
  if (byFirst === null) return split.han.find((entry) => text.includes(entry));
  let best: { entry: string; order: number } | undefined;
  for (let at = 0; at < text.length; at += 1) {
    const starting = byFirst.get(text.charAt(at));
    if (starting === undefined) continue;
    for (const candidate of starting) {
      if (best !== undefined && candidate.order >= best.order) continue;
      if (text.startsWith(candidate.entry, at)) best = candidate;
    }
  }
  return best?.entry;
}

/** Each list split once by script: testing the script per entry per request doubled the cost. */
const splitLists = new WeakMap<readonly string[], SplitList>();
function splitOf(entries: readonly string[]): SplitList {
  let split = splitLists.get(entries);
  if (split === undefined) {
    const han = entries.filter((entry) => hanChar.test(entry) && !entry.includes('~'));
    split = {
      han,
      byFirst: byFirstOf(han),
      gapped: entries
        .filter((entry) => entry.includes('~'))
        .map((entry) => {
          const [first = '', then = ''] = entry.split('~');
          return { entry, first, then };
        }),
      english: entries
        .filter((entry) => !hanChar.test(entry))
        .map((entry) => ({ entry, padded: ` ${entry} ` })),
    };
    splitLists.set(entries, split);
  }
  return split;
}

function gappedIn(gapped: Gapped, text: string): boolean {
  let at = text.indexOf(gapped.first);
  while (at !== -1) {
    const after = at + gapped.first.length;
    const then = text.indexOf(gapped.then, after);
    if (then === -1) return false;
    if (then - after <= gapLimit) return true;
    at = text.indexOf(gapped.first, after);
  }
  return false;
}

/** An entry occurring in the clause (Chinese ones first), or undefined. */
function firstIn(entries: readonly string[], clause: Clause): string | undefined {
  const split = splitOf(entries);
  const han =
    firstByCharacter(split, clause.han) ??
    split.gapped.find((gapped) => gappedIn(gapped, clause.han))?.entry;
  const { padded } = clause;
  if (han !== undefined || padded === null) return han;
  return split.english.find((english) => padded.includes(english.padded))?.entry;
}

function blank(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) if (out.includes(phrase)) out = out.split(phrase).join(' ');
  return out;
}

export interface ConceptFinding {
  kind: DangerKind;
  /** The words that made the finding, as found ("煤气+味"), for staff. */
  word: string;
  /** Read from a combination of word classes (dangerCombinations.ts), the widest reading. */
  combined?: true;
}

export class ConceptDangerReader {
  constructor(
    private readonly acute: readonly AcuteConcept[] = acuteConcepts,
    private readonly hazards: readonly HazardConcept[] = hazardConcepts,
    private readonly signs: readonly string[] = acuteSigns,
    private readonly calm: readonly string[] = calmMarkers,
    private readonly harmless: readonly string[] = harmlessCompounds,
    private readonly combined: readonly CombinedConcept[] = combinedConcepts,
    private readonly calmShapes: readonly RegExp[] = calmPatterns,
    private readonly calmPairs: readonly CalmCombination[] = calmCombinations,
  ) {}

  /** Whether a clause of the text is calm (the past, a course, a bill): not read for danger. */
  isCalm(clauseText: string): boolean {
    return (
      firstIn(this.calm, clauseOf(clauseText)) !== undefined ||
      this.calmShapes.some((shape) => shape.test(clauseText))
    );
  }

  /**
   * The clauses of the text that are not calm, joined back, with harmless smoke blanked
   * (dangerCalm.ts calmCombinations): the text danger is read in.
   */
  liveText(text: string): string {
    let live = text
      .split(clauseBreak)
      .filter((part) => part.trim() !== '' && !this.isCalm(part))
      .join(', ');
    for (const pair of this.calmPairs) {
      const withIn = pair.anywhere === true ? text : live;
      if (
        pair.with.some((word) => withIn.includes(word)) &&
        !pair.without.some((word) => live.includes(word))
      ) {
        live = blank(live, pair.blank);
      }
    }
    return live;
  }

  /**
   * Acute states and hazards with their signs, anywhere in the description's live clauses: a
   * resident may name the hazard in one clause and its sign in the next ("家里有股味，像是煤气").
   */
  read(text: string): ConceptFinding[] {
    return this.readLive(this.liveText(text));
  }

  /**
   * read() on text already stripped of its calm clauses by liveText(); `whole` is the text with
   * its calm clauses, where a combination's context classes are read (the live text without it),
   * or a function making it: only a combination with context that met its live classes needs it.
   */
  readLive(live: string, whole: string | (() => string) = live): ConceptFinding[] {
    if (live.trim() === '') return [];
    const description = clauseOf(blank(live, this.harmless));
    let wholeClause: Clause | undefined;
    const found: ConceptFinding[] = [];
    for (const concept of this.acute) {
      const state = firstIn(concept.states, description);
      if (state !== undefined) found.push({ kind: concept.kind, word: state });
    }
    for (const hazard of this.hazards) {
      const thing = firstIn(hazard.things, description);
      if (thing === undefined) continue;
      if (hazard.unless !== undefined && firstIn(hazard.unless, description) !== undefined)
        continue;
      const sign =
        firstIn(hazard.signs, description) ??
        (hazard.generalSigns ? firstIn(this.signs, description) : undefined);
      if (sign !== undefined && sign !== thing) {
        found.push({ kind: hazard.kind, word: `${thing}+${sign}` });
      }
    }
    // Classes are shared (the gone-now words lead two combinations, a person many): read each once.
    const seen = new Map<readonly string[], string | undefined>();
    const inDescription = (wordClass: readonly string[]) => {
      if (seen.has(wordClass)) return seen.get(wordClass);
      const word = firstIn(wordClass, description);
      seen.set(wordClass, word);
      return word;
    };
    for (const concept of this.combined) {
      const met: string[] = [];
      for (const wordClass of concept.classes) {
        const word = inDescription(wordClass);
        if (word === undefined || met.includes(word)) break;
        met.push(word);
      }
      if (met.length < concept.classes.length) continue;
      if (concept.context !== undefined) {
        wholeClause ??= clauseOf(blank(typeof whole === 'string' ? whole : whole(), this.harmless));
        const story = wholeClause;
        const told = concept.context.map((wordClass) => firstIn(wordClass, story));
        if (told.some((word) => word === undefined)) continue;
        met.push(...(told as string[]));
      }
      // Read only when every class met: most concepts meet none, and the shapes cost a regex each.
      const mild =
        (concept.unless !== undefined && firstIn(concept.unless, description) !== undefined) ||
        (concept.unlessShapes?.some((shape) => shape.test(description.han)) ?? false);
      if (!mild) {
        found.push({ kind: concept.kind, word: met.join('+'), combined: true });
      }
    }
    return found;
  }
}
