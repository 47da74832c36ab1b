// Finds danger to life or home in a resident's words, whatever journey they are in. Runs on text
// already folded to Simplified and lower case (text.ts), after blanking the phrases that hold a
// danger word but name prevention ("火灾隐患"); homophone typos arrive from homophones.ts.
// Listed phrases are read first; the concept reader (conceptDanger.ts) then reads what residents
// say in any word order (a hazard with a sign, an acute state). Calm clauses (the past, a course,
// a bill, a worry) are read by neither.
import {
  type DangerKind,
  type DangerWords,
  type EmergencyNumber,
  dangerKinds,
  dangerWords,
  notDangerPhrases,
  signsGasExplains,
  soundAlikeWords,
} from './dangerWords.js';
import { ConceptDangerReader } from './conceptDanger.js';
import { acuteConcepts, hazardConcepts } from './dangerConcepts.js';
import { combinedConcepts } from './dangerCombinations.js';
import { sparkConcepts } from './dangerSparks.js';
import { spiltOnTheFloor } from './dangerSpilt.js';
import { fragmentShapes } from './dangerFragments.js';
import { typoForms } from './dangerTypos.js';
import { deniedFinding } from './dangerNegation.js';
import { blankExclusions } from './exclusionBlanking.js';
import type { Terms } from './text.js';

export interface DangerSignal {
  /** In dangerKinds order: the most urgent kind first. */
  kinds: DangerKind[];
  /** The numbers to offer, most urgent first, without repeats. */
  calls: EmergencyNumber[];
  /** The words that signalled it, as the resident wrote them, for staff. */
  words: string[];
  /** The same words by the kind they signalled. */
  wordsByKind: Partial<Record<DangerKind, string[]>>;
  /** Kinds whose conditional answerers (DangerWords.answerersWhenSaid) the words named. */
  answerersSaid: DangerKind[];
  /**
   * Read by the learnt reader (dangerModel.ts), not found in the lists: its words are the
   * character runs that weighed most, and staff are told so.
   */
  learnt?: true;
}

const hanChar = /\p{Script=Han}/u;
const wordBreak = /[^\p{L}\p{N}]+/u;

interface Rule {
  kind: DangerKind;
  /** All must occur; Chinese parts as substrings, English parts as whole words. */
  parts: readonly string[];
  surface: string;
  /** Whether a part is English: such a rule cannot match a text with no Latin letter. */
  english: boolean;
  /** Each part's script, tested once here rather than per request. */
  hanParts: readonly boolean[];
}

const latinLetter = /[a-z0-9]/;

/** Something spilt or dropped on the floor is no person down (dangerSpilt.ts). */
const withoutSpills = (text: string) =>
  text.includes('地')
    ? spiltOnTheFloor.reduce((blanked, shape) => blanked.replace(shape, ' '), text)
    : text;

const padWords = (text: string) => ` ${text.split(wordBreak).filter(Boolean).join(' ')} `;

function ruleMatches(rule: Rule, han: string, padded: string): boolean {
  return rule.parts.every((part, at) =>
    rule.hanParts[at] === true ? han.includes(part) : padded.includes(` ${part} `),
  );
}

/** What the listed reader made of a text, for the learnt reader that may read after it. */
export interface ListedReading {
  signal: DangerSignal | null;
  /** The text as the lists read it: calm clauses, prevention phrases and spills blanked. */
  live: string;
  /** The lists found danger words and every one was denied ("没有冒烟"): a calm decided. */
  denied: boolean;
}

export class DangerDetector {
  private readonly rules: Rule[];
  private readonly kindOfTerm = new Map<string, DangerKind>();
  private readonly entries: ReadonlyMap<DangerKind, DangerWords>;
  private readonly englishExclusions: readonly RegExp[];
  /** The words the homophone index learnt from danger (hanTerms), read once. */
  private readonly vocabulary: ReadonlySet<string>;

  constructor(
    entries: readonly DangerWords[] = dangerWords,
    private readonly exclusions: readonly string[] = notDangerPhrases,
    private readonly concepts: ConceptDangerReader = new ConceptDangerReader(),
    /** Read before the exclusions blank 冒火花 (dangerSparks.ts): sparks from something electric. */
    private readonly sparks: ConceptDangerReader = new ConceptDangerReader(
      [],
      [],
      [],
      [],
      undefined,
      sparkConcepts,
      [],
      [],
    ),
  ) {
    this.entries = new Map(entries.map((entry) => [entry.kind, entry]));
    this.englishExclusions = exclusions
      .filter((phrase) => !hanChar.test(phrase))
      .map((phrase) => new RegExp(`\\b${phrase.replace(/[^a-z0-9 ]/g, '')}\\b`, 'g'));
    this.rules = entries.flatMap((entry) =>
      entry.terms.map((term) => {
        const parts = term.split('+');
        const hanParts = parts.map((part) => hanChar.test(part));
        return {
          kind: entry.kind,
          parts,
          surface: term,
          hanParts,
          english: hanParts.includes(false),
        };
      }),
    );
    for (const rule of this.rules) {
      const [only] = rule.parts;
      if (rule.parts.length === 1 && only !== undefined && hanChar.test(only)) {
        this.kindOfTerm.set(only, rule.kind);
      }
    }
    this.vocabulary = new Set(this.hanTerms());
  }

  /** Single Chinese danger terms and concept words, for the homophone index. */
  hanTerms(): string[] {
    const conceptWords = [
      ...acuteConcepts.flatMap((concept) => concept.states),
      ...hazardConcepts.flatMap((hazard) => hazard.things),
      ...[...combinedConcepts, ...sparkConcepts].flatMap((concept) => concept.classes[0] ?? []),
    ].filter((word) => word.length >= 2 && hanChar.test(word) && !word.includes('~'));
    return [...new Set([...this.kindOfTerm.keys(), ...conceptWords])];
  }

  entry(kind: DangerKind): DangerWords | undefined {
    return this.entries.get(kind);
  }

  detect(normalisedText: string, heardHomophones: Terms): DangerSignal | null {
    return this.read(normalisedText, heardHomophones).signal;
  }

  read(normalisedText: string, heardHomophones: Terms): ListedReading {
    // A real word that sounds like a danger word is that word: 羊水 (waters breaking) is no 淹水.
    // The real word must be in the text: 找着活 (finding work) holds 着活, a typo of 着火 elsewhere.
    const homophones = [...heardHomophones].filter(
      ([, typed]) =>
        !soundAlikeWords.some(
          (word) => (word.includes(typed) && normalisedText.includes(word)) || typed.includes(word),
        ),
    );
    let han = this.concepts.liveText(normalisedText);
    const beforeExclusions = han;
    let padded = padWords(han);
    ({ han, padded } = blankExclusions(this.exclusions, han, padded));
    han = withoutSpills(han);
    // The concept reader reads the clauses, English included: blank English exclusions there too.
    for (const phrase of this.englishExclusions) han = han.replace(phrase, ' ');
    const live = han;
    const calm = (denied: boolean): ListedReading => ({ signal: null, live, denied });
    const found = new Map<DangerKind, string[]>();
    const note = (kind: DangerKind, word: string) => {
      const list = found.get(kind) ?? [];
      if (!list.includes(word)) list.push(word);
      found.set(kind, list);
    };
    const latin = latinLetter.test(han);
    for (const rule of this.rules) {
      if (rule.english && !latin) continue;
      if (ruleMatches(rule, han, padded)) note(rule.kind, rule.surface);
    }
    for (const [term, typed] of homophones) {
      const kind = this.kindOfTerm.get(term);
      if (kind !== undefined && han.includes(typed)) note(kind, typed);
    }
    // Only danger words are heard for what they sound like: the homophone index also holds the
    // matcher's words, and hearing 书包 as 书报 or 工作 as 工做 hid the object that calms a
    // "不见了" or a "找不到".
    let heard = han;
    for (const [term, typed] of homophones)
      if (this.vocabulary.has(term) && heard.includes(typed)) heard = heard.split(typed).join(term);
    // The whole text, calm clauses included, heard the same way: a combination's context is read
    // there (a scam's lure told in yesterday's clause, the money moving now).
    const whole = () => {
      let text = normalisedText;
      for (const phrase of this.exclusions)
        if (hanChar.test(phrase)) text = text.split(phrase).join(' ');
      text = withoutSpills(text);
      for (const [term, typed] of homophones)
        if (this.vocabulary.has(term) && text.includes(typed)) text = text.split(typed).join(term);
      return text;
    };
    let sparksHeard = beforeExclusions;
    for (const [term, typed] of homophones)
      if (this.vocabulary.has(term) && sparksHeard.includes(typed))
        sparksHeard = sparksHeard.split(typed).join(term);
    // The spark words are blanked in `heard`: a spark denied (插座没冒火花) is read where they are.
    const sparksPadded = padWords(sparksHeard);
    const sparks = this.sparks
      .readLive(sparksHeard)
      .filter((finding) => !deniedFinding(finding.word, sparksHeard, sparksPadded));
    for (const { kind, forms } of typoForms)
      for (const form of forms) if (heard.includes(form)) note(kind, form);
    for (const fragment of fragmentShapes)
      if (fragment.shape.test(heard) && fragment.unless?.test(normalisedText) !== true)
        note(fragment.kind, fragment.word);
    for (const finding of [...this.concepts.readLive(heard, whole), ...sparks]) {
      // "胸+痛" adds nothing beside the phrase 胸痛 already noted: staff read each sign once.
      const parts = finding.word.split('+');
      // A combination only finds what nothing narrower found: the staff line stays one sign long.
      if (finding.combined && found.has(finding.kind)) continue;
      const said = found.get(finding.kind) ?? [];
      if (!said.some((word) => parts.every((part) => word.includes(part)))) {
        note(finding.kind, finding.word);
      }
    }
    if (found.size === 0) return calm(false);
    const heardPadded = padWords(heard);
    for (const [kind, list] of found) {
      const kept = list.filter((word) => !deniedFinding(word, heard, heardPadded));
      if (kept.length === 0) found.delete(kind);
      else found.set(kind, kept);
    }
    if (found.size === 0) return calm(true);
    const medical = found.get('medical');
    if (found.has('gas') && medical?.every((word) => signsGasExplains.includes(word))) {
      found.delete('medical');
    }
    const kinds = dangerKinds.filter((kind) => found.has(kind));
    const calls = [...new Set(kinds.map((kind) => this.entries.get(kind)?.call ?? '110'))];
    // Where the danger comes from may be told in a calm clause (昨天楼上水管爆了，现在水往灯里流):
    // the answerers are read in the whole text once a danger is found.
    // Made only for a kind with conditional answerers (a flood), which few findings are.
    let story: { text: string; padded: string } | undefined;
    const answerersSaid = kinds.filter((kind) => {
      const said = this.entries.get(kind)?.answerersWhenSaid?.said;
      if (said === undefined) return false;
      if (story === undefined) {
        const text = whole();
        story = { text, padded: padWords(text) };
      }
      const { text, padded } = story;
      return said.some((word) =>
        hanChar.test(word) ? text.includes(word) : padded.includes(` ${word} `),
      );
    });
    const signal: DangerSignal = {
      kinds,
      calls,
      answerersSaid,
      words: [...new Set(kinds.flatMap((kind) => found.get(kind) ?? []))],
      wordsByKind: Object.fromEntries(found),
    };
    return { signal, live, denied: false };
  }
}
