// How much each kind of evidence counts. The order of magnitude is the design: the category the
// resident chose outweighs everything; what they said comes next; then where the resource is and
// whether it can help right now. A closed or full resource loses points but is never dropped.
// Danger to life or home is the one thing above the category: its resources come first.
import { type DangerKind, dangerKinds } from './dangerWords.js';

/** The resource serves the category the resident chose. */
export const categoryPoints = 30;

/** Keyword evidence saturates towards this, so a long description cannot drown the category. */
export const keywordPointsMax = 40;
/** Raw keyword evidence at which keyword points reach 1 − 1/e (63 %) of the maximum. */
export const keywordSaturation = 6;

/**
 * A resource of another category that the resident's words point to ("有人摔倒了" typed under
 * 生活服务): above the chosen category's unrelated resources, below its related ones.
 */
export const describedCategoryPoints = 20;

/** The resident's own grid, then resources that serve the whole community; other grids get 0. */
export const ownGridPoints = 8;
export const communityWidePoints = 5;

/**
 * A normal request is dispatched and called back, so "open this minute" only breaks near-ties;
 * for an urgent one, a resource that answers now matters a great deal.
 */
export const openPoints = 4;
export const openPointsUrgent = 12;
export const hasCapacityPoints = 6;

/**
 * In a description of several clauses, words of the clause that asks for help (queryFeatures.ts'
 * askClause) count this much, words of the story around it this much.
 */
export const askWeight = 1.2;
export const storyWeight = 0.6;
/**
 * Words of a clause that gives the ask's purpose ("…，好找工作": clauseRules.ts' purposeClause)
 * say why, not what: less than the story.
 */
export const purposeWeight = 0.3;
/**
 * Words of a clause that tells where the resident is now ("在活动室下棋呢，…": clauseRules.ts'
 * whereNowClause) name the place the need was remembered, not the need: less than the story.
 */
export const whereNowWeight = 0.3;
/** The same when the need is back at home ("…呢，家里厕所堵了"): the place is no part of it. */
export const whereNowAwayWeight = 0.1;

/** Evidence from the same word counts fully; from a shared synonym group, this much. */
export const synonymWeight = 0.7;
/**
 * A key character standing for its group when nothing else is known (keyCharacters.ts): as much
 * as a word understood only through its group.
 */
export const keyCharacterWeight = 1;
/** A word inside a longer resource keyword ("维修" in "水电维修") counts this much. */
export const keywordPartWeight = 0.5;

/** Words that make a free description urgent, as the tapped need's urgentByDefault does. */
export const urgentMarkers = [
  '紧急',
  '急需',
  '赶紧',
  '马上',
  '立刻',
  '救命',
  '快来',
  'urgent',
  'urgently',
  'emergency',
  'asap',
  'right now',
  'immediately',
] as const;

/**
 * A resource answering a danger the words signal (a faint, gas, a break-in) is put above all the
 * category, words, place and hours can earn (at most 96), in every journey; when the words
 * signal several dangers, the resources of the more urgent kind (dangerKinds' order) come first.
 */
export function dangerPointsOf(kind: DangerKind | undefined): number {
  if (kind === undefined) return 0;
  return 100 * (1 + dangerKinds.length - dangerKinds.indexOf(kind));
}
