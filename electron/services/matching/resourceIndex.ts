// Everything about the resources that does not depend on the query, computed once: their
// keyword features, an inverted index with IDF weights, category lists, and opening hours
// compiled to minute intervals. A request then touches only postings and a few typed arrays.
import type { CategoryId, CommonNeed, ServiceResource } from '../../../contract/community.js';
import { categoryIds } from '../../../contract/community.js';
import { CharacterEvidence } from './characterEvidence.js';
import { DangerDetector } from './danger.js';
import { type DangerModel, shippedDangerModel } from './dangerModel.js';
import { type OutOfScopeModel, shippedOutOfScopeModel } from './outOfScopeModel.js';
import { type DangerKind, dangerKinds } from './dangerWords.js';
import { dataProblems } from './dataProblems.js';
import {
  categoryBit,
  keywordAnalyser,
  keywordFeatures,
  synonymFeature,
  synonymTables,
} from './features.js';
import { buildingsNamed, gridFinder } from './grids.js';
import { type CompiledHours, compileHours } from './openingHours.js';
import { HomophoneIndex } from './homophones.js';
import {
  type KeywordEntry,
  type TermEntry,
  needTermsById,
  wordlessEntriesOf,
} from './keywordTerms.js';
import { defaultSynonyms, wordlessDefaults } from './synonyms.js';
import { Vocabulary, canonicalTerm } from './text.js';
import type { MatcherInput } from './types.js';

export interface Posting {
  /** Rare features say more: ln(1 + resources / resources with the feature). */
  idf: number;
  resources: Int32Array;
  weights: Float32Array;
}

export interface ResourceIndex {
  problems: readonly string[];
  resources: readonly ServiceResource[];
  needs: ReadonlyMap<string, CommonNeed>;
  wordlessDefaults: Readonly<Record<CategoryId, readonly string[]>>;
  /** Need id → the terms its keywords add to a request, read once (keywordTerms.ts). */
  needTerms: ReadonlyMap<string, readonly TermEntry[]>;
  /** The wordless defaults' keywords, read once. */
  wordlessEntries: Readonly<Record<CategoryId, readonly KeywordEntry[]>>;
  vocabulary: Vocabulary;
  /** Canonical term → the synonym groups it belongs to. */
  groupsOfTerm: ReadonlyMap<string, readonly string[]>;
  groupLabels: ReadonlyMap<string, string>;
  categoryOfGroup: ReadonlyMap<string, number>;
  /** Group key → the categoryBits of the resources whose keywords fall in the group. */
  categoriesServingGroup: ReadonlyMap<string, number>;
  postings: ReadonlyMap<string, Posting>;
  /** Per resource: feature key → weight, for explaining a result. */
  features: readonly ReadonlyMap<string, number>[];
  byCategory: ReadonlyMap<CategoryId, Int32Array>;
  /** Bit i set = the resource serves categoryIds[i]. */
  categoryBits: Uint8Array;
  hasCapacity: Uint8Array;
  /** Resources sharing the same hours share one compiled entry, evaluated once per request. */
  hoursGroupOf: Int32Array;
  hoursGroups: readonly CompiledHours[];
  /** Position of each resource in id order: ties are broken by id without comparing strings. */
  idRank: Int32Array;
  danger: DangerDetector;
  /** Reads danger the lists did not find; null when the matcher was built without it. */
  dangerModel: DangerModel | null;
  /** Reads needs no service answers that the lists did not; null when built without it. */
  outOfScopeModel: OutOfScopeModel | null;
  homophones: HomophoneIndex;
  /** Characters that name a synonym group, for needs in words no list holds. */
  characters: CharacterEvidence;
  /** Per danger kind: the resources that answer it (put first when it is signalled). */
  dangerResources: ReadonlyMap<DangerKind, Int32Array>;
  /** Per danger kind: those that answer it only when the words name their part (answerersWhenSaid). */
  dangerResourcesWhenSaid: ReadonlyMap<DangerKind, Int32Array>;
  /** The grid a need's own words name ("我住和平里"), by the grids' address keywords. */
  gridOfText: (text: string) => string | null;
  /** "N号楼" → the local resources (with a grid) whose address is in that building. */
  buildingResources: ReadonlyMap<string, readonly number[]>;
}

/** Each local resource's building, from its address: "4号楼那个活动室" names it. */
function buildingResourcesOf(resources: readonly ServiceResource[]): Map<string, number[]> {
  const byBuilding = new Map<string, number[]>();
  resources.forEach((resource, index) => {
    if (resource.gridId === null) return;
    for (const building of buildingsNamed(resource.address['zh-CN'])) {
      const list = byBuilding.get(building) ?? [];
      list.push(index);
      byBuilding.set(building, list);
    }
  });
  return byBuilding;
}

/** Resources listing one of the kind's keywords (or of its conditional ones) answer that danger. */
function dangerResourcesOf(
  resources: readonly ServiceResource[],
  danger: DangerDetector,
  whenSaid = false,
): Map<DangerKind, Int32Array> {
  const canonicalKeywords = resources.map(
    (resource) => new Set(resource.keywords.map((keyword) => canonicalTerm(keyword))),
  );
  const byKind = new Map<DangerKind, Int32Array>();
  for (const kind of dangerKinds) {
    const entry = danger.entry(kind);
    const keywords = whenSaid
      ? (entry?.answerersWhenSaid?.resourceKeywords ?? [])
      : (entry?.resourceKeywords ?? []);
    const wanted = keywords.map((k) => canonicalTerm(k));
    const answering: number[] = [];
    resources.forEach((resource, index) => {
      if (wanted.some((keyword) => canonicalKeywords[index]?.has(keyword))) answering.push(index);
    });
    byKind.set(kind, Int32Array.from(answering));
  }
  return byKind;
}

function hoursKey(resource: ServiceResource): string {
  return resource.hours.alwaysOpen ? 'always' : JSON.stringify(resource.hours.weekly);
}

export function buildResourceIndex(input: MatcherInput): ResourceIndex {
  const problems = dataProblems(input);
  const { resources } = input;
  const count = resources.length;
  const { groupsOfTerm, groupLabels, categoryOfGroup } = synonymTables(
    input.synonyms ?? defaultSynonyms,
  );
  const defaults = input.wordlessDefaults ?? wordlessDefaults;

  // Every known word goes into the vocabulary first, so keywords are split by the same rules
  // as the resident's text.
  const vocabulary = new Vocabulary();
  for (const term of groupsOfTerm.keys()) vocabulary.add(term);
  const keywords = new Set(
    [resources, input.needs].flatMap((holders) => holders.flatMap((holder) => holder.keywords)),
  );
  for (const list of Object.values(defaults)) list.forEach((keyword) => keywords.add(keyword));
  for (const keyword of keywords) vocabulary.add(canonicalTerm(keyword));

  const analyse = keywordAnalyser(vocabulary);
  const features = resources.map((resource) =>
    keywordFeatures(resource.keywords, analyse, groupsOfTerm),
  );

  const postingLists = new Map<string, { resources: number[]; weights: number[] }>();
  features.forEach((featureMap, resourceIndex) => {
    for (const [key, weight] of featureMap) {
      let list = postingLists.get(key);
      if (!list) {
        list = { resources: [], weights: [] };
        postingLists.set(key, list);
      }
      list.resources.push(resourceIndex);
      list.weights.push(weight);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [key, list] of postingLists) {
    postings.set(key, {
      idf: Math.log(1 + count / list.resources.length),
      resources: Int32Array.from(list.resources),
      weights: Float32Array.from(list.weights),
    });
  }

  const byCategoryLists = new Map<CategoryId, number[]>(categoryIds.map((id) => [id, []]));
  const categoryBits = new Uint8Array(count);
  const hasCapacity = new Uint8Array(count);
  const hoursGroupOf = new Int32Array(count);
  const hoursGroups: CompiledHours[] = [];
  const hoursGroupByKey = new Map<string, number>();
  resources.forEach((resource, index) => {
    for (const category of new Set(resource.categories)) {
      byCategoryLists.get(category)?.push(index);
      categoryBits[index] = (categoryBits[index] ?? 0) | categoryBit(category);
    }
    const capacity = resource.capacity;
    hasCapacity[index] = capacity === null || capacity.inUse < capacity.limit ? 1 : 0;
    const key = hoursKey(resource);
    let group = hoursGroupByKey.get(key);
    if (group === undefined) {
      group = hoursGroups.length;
      hoursGroups.push(compileHours(resource.hours));
      hoursGroupByKey.set(key, group);
    }
    hoursGroupOf[index] = group;
  });

  const categoriesServingGroup = new Map<string, number>();
  for (const [key, posting] of postings) {
    if (!key.startsWith(synonymFeature(''))) continue;
    let bits = 0;
    for (const resourceIndex of posting.resources) bits |= categoryBits[resourceIndex] ?? 0;
    categoriesServingGroup.set(key.slice(synonymFeature('').length), bits);
  }

  const idRank = new Int32Array(count);
  resources
    .map((resource, index) => ({ id: resource.id, index }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach((entry, rank) => {
      idRank[entry.index] = rank;
    });

  const danger = new DangerDetector();
  const dangerTerms = danger.hanTerms();
  // Pinyin that could spell a danger word or another word is read as the danger word.
  const homophones = new HomophoneIndex(
    [...vocabulary.chineseTerms(), ...dangerTerms],
    dangerTerms,
  );

  return {
    danger,
    dangerModel: input.dangerModel === undefined ? shippedDangerModel() : input.dangerModel,
    outOfScopeModel:
      input.outOfScopeModel === undefined ? shippedOutOfScopeModel() : input.outOfScopeModel,
    homophones,
    characters: new CharacterEvidence(groupsOfTerm),
    dangerResources: dangerResourcesOf(resources, danger),
    dangerResourcesWhenSaid: dangerResourcesOf(resources, danger, true),
    gridOfText: gridFinder(input.grids ?? []),
    buildingResources: buildingResourcesOf(resources),
    problems,
    resources,
    needs: new Map(input.needs.map((need) => [need.id, need])),
    wordlessDefaults: defaults,
    needTerms: needTermsById(input.needs, vocabulary),
    wordlessEntries: wordlessEntriesOf(defaults, vocabulary),
    vocabulary,
    groupsOfTerm,
    groupLabels,
    categoryOfGroup,
    categoriesServingGroup,
    postings,
    features,
    byCategory: new Map(
      [...byCategoryLists].map(([category, list]) => [category, Int32Array.from(list)]),
    ),
    categoryBits,
    hasCapacity,
    hoursGroupOf,
    hoursGroups,
    idRank,
  };
}
