// What the resident asked for, as weighted features: the tapped need's keywords and the words of
// the description, typed homophones read as the terms they sound like, each with the synonym
// groups it belongs to at a lower weight. When those reach nothing, the category's general
// service stands in, and the request is marked wordless: nothing the resident said fits.
import type { CategoryId, CommonNeed } from '../../../contract/community.js';
import type { DangerSignal, ListedReading } from './danger.js';
import {
  groupsByWording,
  clauseRereadings,
  clausesOutOfScopePhrasing,
  clausesOutOfScopeWords,
  jobWish,
  purposeClause,
  whereNowClause,
} from './clauseRules.js';
import { askClause, clauseBreak, clausesOfKind, needAtHome, withoutPurposes } from './clauses.js';
import { categoryBit, synonymFeature, wordFeature } from './features.js';
import { buildingsNamed } from './grids.js';
import { objectStateRereadWords } from './grownSynonymsObjectStates.js';
import { lostAbilityRereadWords, onBehalfStretches } from './grownSynonymsOnBehalf.js';
import { FirstCharacterIndex } from './firstCharacterIndex.js';
import { fragmentOutOfScope, fragmentRereadings } from './fragmentReadings.js';
import { toldRereadings } from './toldNotHappening.js';
import { keyCharacterGroups, withoutNotKeyWords } from './keyCharacters.js';
import { outOfScopeWords, rereadWords } from './outOfScope.js';
import { asksWhatNoServiceDoes } from './outOfScopeQuestions.js';
import { textForOutOfScope } from './outOfScopeText.js';
import type { OutOfScopeModel } from './outOfScopeModel.js';
import type { ResourceIndex } from './resourceIndex.js';
import { type Terms, extractTerms, normalise, residentText } from './text.js';
import { type LocalTime, type WeekWindow, timeNamed } from './openingHours.js';
import type { MatchQuery } from './types.js';
import {
  askWeight,
  purposeWeight,
  whereNowAwayWeight,
  whereNowWeight,
  keyCharacterWeight,
  storyWeight,
  synonymWeight,
  urgentMarkers,
} from './weights.js';

export interface QueryFeatures {
  /** Feature key → query weight, in first-seen order (so sums are formed in a fixed order). */
  weights: Map<string, number>;
  /** Word feature key → the word as the need or the resident wrote it, for reasons. */
  surfaces: Map<string, string>;
  /** Categories of the synonym groups the words fall in, as categoryBit flags. */
  describedCategories: number;
  urgent: boolean;
  /** Nothing the resident tapped or wrote reached a resource: the category's defaults stand in. */
  wordless: boolean;
  danger: DangerSignal | null;
  /** A word of something no community service does (a train ticket, a pet) is in the text. */
  outOfScope: boolean;
  /**
   * The grid the need's own words name ("我住和平里") when the resident gave none, and the local
   * resources in a building it names ("4号楼那个活动室"): both count as the resident's grid.
   */
  namedGridId: string | null;
  namedPlaces: ReadonlySet<number> | null;
  /** The time of the week the need names ("周二下午", "after 6"), for its opening hours. */
  namedTime: WeekWindow | null;
}

const hanChar = /\p{Script=Han}/u;
function isUrgent(query: MatchQuery, need: CommonNeed | undefined, text: string): boolean {
  if (query.urgent !== undefined) return query.urgent;
  return (need?.urgentByDefault ?? false) || urgentMarkers.some((marker) => text.includes(marker));
}

/**
 * What no service does, split by script once: the Chinese words read by their first characters
 * (some six hundred words, most texts' characters open none), the others as padded whole words.
 */
const outOfScopeHan = new FirstCharacterIndex(outOfScopeWords.filter((word) => hanChar.test(word)));
const outOfScopeLatin = outOfScopeWords
  .filter((word) => !hanChar.test(word))
  .map((word) => ` ${word} `);

/**
 * Whether the need names what no service does: the lists first, then the learnt reader
 * (outOfScopeModel.ts), which reads the same text with the same stretches blanked.
 */
function mentionsOutOfScope(fullText: string, model: OutOfScopeModel | null): boolean {
  const text = textForOutOfScope(fullText);
  if (listedOutOfScope(text)) return true;
  return model?.outOfScope(text) ?? false;
}

function listedOutOfScope(text: string): boolean {
  if (asksWhatNoServiceDoes(text) || clausesOutOfScopePhrasing.test(text)) return true;
  if (fragmentOutOfScope(text)) return true;
  if (clausesOutOfScopeWords.some((word) => text.includes(word))) return true;
  if (outOfScopeHan.occursIn(text)) return true;
  const padded = ` ${text.split(/[^\p{L}\p{N}]+/u).join(' ')} `;
  return outOfScopeLatin.some((word) => padded.includes(word));
}

/**
 * A word inside a longer phrase that means something else is the phrase's, not its own: "找人"
 * in "找人陪我" is company, not a missing-person search; "lost" in "lost my job" is not missing.
 */
function withoutReinterpretedWords(terms: Terms, index: ResourceIndex): Terms {
  const groupsOf = (term: string) => index.groupsOfTerm.get(term) ?? [];
  // Only phrases in a synonym group can reread a word; usually there are few.
  const phrases = [...terms].filter(([term]) => groupsOf(term).length > 0);
  const kept: Terms = new Map();
  for (const [term, surface] of terms) {
    const own = groupsOf(term);
    const reread = phrases.some(([other, otherSurface]) => {
      if (other === term || otherSurface.length <= surface.length) return false;
      if (!otherSurface.includes(surface)) return false;
      return !groupsOf(other).some((group) => own.includes(group));
    });
    if (!reread) kept.set(term, surface);
  }
  return kept;
}

/**
 * Where to buy a thing, or which one to choose, in words no list holds, is a shop's question
 * ("附近有没有卖鱼竿的", "哪个学校好"): a telling character in it (竿, 校) is chance, not a need.
 */
const shopping = /[卖买]|推荐|哪(?:个|家|种)|哪(?:儿|里)?(?:能|有|可以)/u;

/**
 * The groups a text's characters name, listed (keyCharacters.ts) at full weight, grown from the
 * vocabulary (characterEvidence.ts) at their evidence; only groups some resource serves. A grown
 * character counts only for a group that a resource of the chosen category serves: one telling
 * character is weak evidence, and the journey the resident chose is the context that makes it
 * credible (issue 15: the back-off found a "telling" character in out-of-scope questions — 流 of
 * 流感 read as bleeding, 响 of a creaking door read as a noise dispute — in any journey).
 */
function characterBackOff(
  text: string,
  index: ResourceIndex,
  category: CategoryId,
): Map<string, number> {
  const groups = shopping.test(text)
    ? new Map<string, number>()
    : index.characters.groupsOf(withoutNotKeyWords(text));
  const chosen = categoryBit(category);
  for (const group of groups.keys()) {
    if (((index.categoriesServingGroup.get(group) ?? 0) & chosen) === 0) groups.delete(group);
  }
  for (const group of keyCharacterGroups(text)) groups.set(group, 1);
  for (const group of groups.keys()) {
    if (!index.postings.has(synonymFeature(group))) groups.delete(group);
  }
  return groups;
}

/**
 * Where the need's own words place it: a grid when the resident gave none (an estate, a street,
 * a building of the community's addresses), and the local resources in a building it names.
 */
function placesNamed(query: MatchQuery, text: string, index: ResourceIndex) {
  const namedGridId = query.gridId === null ? index.gridOfText(text) : null;
  let namedPlaces: Set<number> | null = null;
  for (const building of buildingsNamed(text)) {
    for (const resourceIndex of index.buildingResources.get(building) ?? []) {
      namedPlaces ??= new Set();
      namedPlaces.add(resourceIndex);
    }
  }
  return { namedGridId, namedPlaces };
}

const alreadyNormalised = (text: string): string => text;

/**
 * The listed reader's verdict on the resident's words (already normalised) and the tapped need's
 * title ("有人摔倒"), homophone typos included; its `live` text is what the learnt reader reads,
 * at training (tests/bench/dangerModelTraining.ts) as at a request.
 */
export function listedDanger(
  index: ResourceIndex,
  text: string,
  need: CommonNeed | undefined,
  homophones: Terms,
): ListedReading {
  const needTitle = need ? normalise(need.title['zh-CN']) : '';
  // Looking for work ("还没找着工作") is no person not found: the job wish is blanked first.
  const read =
    text.includes('找') || text.includes('寻')
      ? text.replace(jobWish, (stretch) => ' '.repeat(stretch.length))
      : text;
  return index.danger.read(needTitle === '' ? read : `${read} ${needTitle}`, homophones);
}

/**
 * Danger in the resident's words: the lists' reading, or, when they found nothing and denied
 * nothing, the learnt reader's (dangerModel.ts). The result screen and the describe screen's
 * offer both ask this.
 */
export function dangerOf(
  index: ResourceIndex,
  text: string,
  need: CommonNeed | undefined,
  homophones: Terms,
): DangerSignal | null {
  const listed = listedDanger(index, text, need, homophones);
  if (listed.signal !== null || listed.denied || index.dangerModel === null) return listed.signal;
  const reading = index.dangerModel.read(listed.live);
  if (reading === null) return null;
  return {
    kinds: [reading.kind],
    calls: [index.danger.entry(reading.kind)?.call ?? '110'],
    words: reading.words,
    wordsByKind: { [reading.kind]: reading.words },
    answerersSaid: [],
    learnt: true,
  };
}

/**
 * The rereadings of outOfScope.ts, of long needs' clauses (clauseRules.ts), of short fragments
 * (fragmentReadings.ts) and of danger dreamt or seen in the news (toldNotHappening.ts).
 */
const rereadings = [...rereadWords, ...clauseRereadings, ...fragmentRereadings, ...toldRereadings];

function withoutRereadStretches(text: string): string {
  // Only a stretch holding the word itself: a theft verb (偷) keeps its character.
  return rereadings.reduce(
    (blanked, reread) =>
      blanked.replace(reread.when, (stretch) => (stretch.includes(reread.term) ? ' ' : stretch)),
    text,
  );
}

export function queryFeatures(
  query: MatchQuery,
  index: ResourceIndex,
  now: LocalTime | null = null,
): QueryFeatures {
  const need = query.needId === null ? undefined : index.needs.get(query.needId);
  // Pinyin typed without tones is read as the Chinese it sounds like before anything else.
  const text = index.homophones.readPinyin(residentText(query.description));
  const urgent = isUrgent(query, need, text);
  const collected: Terms = new Map();
  const add = (term: string, surface: string) => {
    if (term.length > 0 && !collected.has(term)) collected.set(term, surface);
  };
  // The need's keywords were read when the matcher was built (keywordTerms.ts).
  if (query.needId !== null) {
    for (const [term, surface] of index.needTerms.get(query.needId) ?? []) add(term, surface);
  }
  // Normalised once, above, and not cached (residentText): what a resident typed is not kept.
  // The segmenter's words of the text, gathered while its terms are read (one segmenting).
  const typedWords = new Set<string>();
  for (const [term, surface] of extractTerms(
    text,
    index.vocabulary,
    alreadyNormalised,
    typedWords,
  )) {
    add(term, surface);
  }
  const homophones = index.homophones.find(text);
  // A stretch typed as a real word (可以, 中间, 工作) is that word, not a typo of a term that
  // sounds alike (可疑, 中奖, 工做): only the danger reader still hears those.
  for (const [term, surface] of homophones) {
    if (collected.has(surface)) continue;
    if (!typedWords.has(surface)) add(term, surface);
  }
  for (const reread of rereadings) if (reread.when.test(text)) collected.delete(reread.term);
  // A word a thing-and-state reading takes is the reading's (晃悠 of a chair leg: no stranger).
  const taken = [...objectStateRereadWords(text), ...lostAbilityRereadWords(text)];
  if (taken.length > 0) {
    for (const [term, surface] of collected) {
      if (taken.some((word) => word.includes(surface) || surface.includes(word))) {
        collected.delete(term);
      }
    }
  }
  // Whom the ask is for ("替我妈问问": grownSynonymsOnBehalf.ts) is not what is asked: its words go.
  for (const stretch of onBehalfStretches(text)) {
    for (const [term, surface] of collected) if (stretch.includes(surface)) collected.delete(term);
  }
  const terms = withoutReinterpretedWords(collected, index);

  // Kinds of wording that name a service no single word does (clauseRules.ts).
  // A purpose ("…，好找工作") is no wish of its own: its wording names no service.
  const byWording = groupsByWording(withoutPurposes(text)).filter((group) =>
    index.postings.has(synonymFeature(group)),
  );
  const known =
    byWording.length > 0 ||
    [...terms.keys()].some(
      (term) =>
        index.postings.has(wordFeature(term)) ||
        (index.groupsOfTerm.get(term) ?? []).some((group) =>
          index.postings.has(synonymFeature(group)),
        ),
    );
  // Nothing known: key characters may still name the help (盒饭 → meals); else, wordless.
  // A stretch reread as something else (回家吃饭) does not come back through its characters (饭).
  const backOff = known
    ? new Map<string, number>()
    : characterBackOff(withoutRereadStretches(text), index, query.category);
  const wordless = !known && backOff.size === 0;
  if (wordless) {
    for (const { whole, keyword, parts } of index.wordlessEntries[query.category]) {
      terms.set(whole, keyword);
      for (const [part, surface] of parts) if (!terms.has(part)) terms.set(part, surface);
    }
  }

  // The ask clause weighs more only when it names something known ("水下不去" does not).
  const clause = askClause(text);
  const asked = [...terms.values()].some((surface) => clause?.includes(surface)) ? clause : null;
  const purposes = asked === null ? [] : clausesOfKind(text, purposeClause);
  // Where the resident is now is no need even when no clause names a known ask ("在活动室下棋呢，
  // 突然想起来家里的药吃没了，能给送吗"): its words weigh as little as beside an ask.
  const whereNow = text.includes('在') ? clausesOfKind(text, whereNowClause) : [];
  // Far less still when the need is back at home ("…呢，家里厕所堵了"): the place is only where
  // the resident remembered it (weights.ts).
  const placeWeight = needAtHome(text, whereNow) ? whereNowAwayWeight : whereNowWeight;
  // Counted once, not per word: a text that is all where-now clauses has no other story.
  const whereNowIsPart =
    whereNow.length > 0 && whereNow.length < text.split(clauseBreak).filter(Boolean).length;
  const inWhereNow = (surface: string) =>
    whereNowIsPart && whereNow.some((clause) => clause.includes(surface));
  const inPurpose = (surface: string) => purposes.some((clause) => clause.includes(surface));
  // A purpose weighs purposeWeight as a whole, however many overlapping words it holds (好找工作:
  // 找工作, 找工, 工作), so it cannot outweigh the ask by its count of words.
  const purposeTerms =
    purposes.length === 0 ? 1 : Math.max(1, [...terms.values()].filter(inPurpose).length);
  // ...unless nothing else is known: then the place is what the need is about ("我在图书室看书呢，
  // 想问问能不能借回家").
  const elseKnown =
    byWording.length > 0 || [...terms.values()].some((surface) => !inWhereNow(surface));
  const clauseWeight = (surface: string) => {
    if (asked === null) return inWhereNow(surface) && elseKnown ? placeWeight : 1;
    if (asked.includes(surface)) return askWeight;
    if (inPurpose(surface)) return purposeWeight / purposeTerms;
    return inWhereNow(surface) ? placeWeight : storyWeight;
  };
  const weights = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const [term, surface] of terms) {
    weights.set(wordFeature(term), clauseWeight(surface));
    surfaces.set(wordFeature(term), surface);
  }
  let describedCategories = 0;
  for (const [group, evidence] of backOff) {
    weights.set(synonymFeature(group), keyCharacterWeight * evidence);
    describedCategories |= index.categoryOfGroup.get(group) ?? 0;
  }
  for (const [term, surface] of terms) {
    // A word no resource lists is understood only through its group, so the group stands in
    // for it fully ("送点药" is "送药买药"); a word resources list also counts as itself.
    const own = index.postings.has(wordFeature(term)) ? synonymWeight : 1;
    for (const group of index.groupsOfTerm.get(term) ?? []) {
      const weight = own * clauseWeight(surface);
      weights.set(synonymFeature(group), Math.max(weight, weights.get(synonymFeature(group)) ?? 0));
      describedCategories |= index.categoryOfGroup.get(group) ?? 0;
    }
  }
  // A kind of wording that names a service no single word does (clauseRules.ts).
  for (const group of byWording) {
    const key = synonymFeature(group);
    weights.set(key, Math.max(askWeight, weights.get(key) ?? 0));
    describedCategories |= index.categoryOfGroup.get(group) ?? 0;
  }
  const danger = dangerOf(index, text, need, homophones);
  const { namedGridId, namedPlaces } = placesNamed(query, text, index);
  return {
    namedGridId,
    namedPlaces,
    namedTime: now === null ? null : timeNamed(text, now),
    weights,
    surfaces,
    describedCategories,
    urgent,
    wordless,
    danger,
    outOfScope: mentionsOutOfScope(text, index.outOfScopeModel),
  };
}
