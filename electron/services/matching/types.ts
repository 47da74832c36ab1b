// The matcher's public shapes. Community data types come from the contract; these are the
// matcher's own query and answer.
import type { CategoryId, CommonNeed, Grid, ServiceResource } from '../../../contract/community.js';
import type { DangerSignal } from './danger.js';
import type { DangerModel } from './dangerModel.js';
import type { OutOfScopeModel } from './outOfScopeModel.js';
import type { DangerKind } from './dangerWords.js';

export interface MatchQuery {
  category: CategoryId;
  /** The common need the resident tapped, or null for "something else". */
  needId: string | null;
  /** Free text; may be empty. Chinese or English. */
  description: string;
  /** The resident's grid (from the ID card address or chosen), null when unknown. */
  gridId: string | null;
  /** When the request is made; opening hours are read in the centre's time zone. */
  at: Date;
  /**
   * The urgency the resident chose. When absent, the tapped need's urgentByDefault or an urgent
   * word in the description (紧急, urgent…) decides. Urgent requests value being open now more,
   * and are scored by now even when they name a time.
   */
  urgent?: boolean;
}

/** Why a resource earned points; the points of a result's reasons add up to its score. */
export type MatchReason =
  | { kind: 'category'; category: CategoryId; points: number }
  /** Another category than the one chosen, which the resident's words point to. */
  | { kind: 'described-category'; category: CategoryId; points: number }
  /** `via: 'word'` = the same word; `via: 'synonym'` = a word of the same synonym group. */
  | { kind: 'keyword'; term: string; via: 'word' | 'synonym'; points: number }
  | { kind: 'own-grid'; gridId: string; points: number }
  | { kind: 'community-wide'; points: number }
  /**
   * Open at the time the need names (周二下午, tomorrow morning), or now when it names none or is
   * urgent; `ResourceMatch.openNow` always says whether it is open now.
   */
  | { kind: 'open'; points: number }
  | { kind: 'has-capacity'; points: number }
  /** A safety resource answering a danger the words signal: put first in every journey. */
  | { kind: 'danger'; danger: DangerKind; points: number };

export type MatchReasonKind = MatchReason['kind'];

export interface ResourceMatch {
  resource: ServiceResource;
  score: number;
  reasons: MatchReason[];
  openNow: boolean;
  hasCapacity: boolean;
  /** 0–1: how much of what the resident said this resource answers (confidence.ts). */
  confidence: number;
  /** Sure enough to show the resident; false resources are never shown as help. */
  confident: boolean;
  /** One line for staff: "因为：漏水 → 管道维修". */
  because: string;
}

/** The whole answer: only confident resources, and what to do when there are none. */
export interface MatchAnswer {
  /** Confident resources, best first, at most the limit: fewer when fewer are good. */
  results: ResourceMatch[];
  /** 0–1 for the answer as a whole: the best resource's, 1 when a danger is answered. */
  confidence: number;
  /** 'for-staff': nothing fits; the request goes to a person to route. */
  outcome: 'matched' | 'for-staff';
  /** Danger to life or home in the words: offer the emergency call before anything else. */
  danger: DangerSignal | null;
}

/** A group of words residents use for one thing; the first-listed label names it to staff. */
export interface SynonymGroup {
  id: string;
  label: string;
  terms: readonly string[];
}

export interface MatcherInput {
  needs: readonly CommonNeed[];
  resources: readonly ServiceResource[];
  /** When given, resources naming a grid not listed here are reported in `problems`. */
  grids?: readonly Grid[];
  /** Defaults to the built-in groups (synonyms.ts). */
  synonyms?: Readonly<Record<CategoryId, readonly SynonymGroup[]>>;
  /** Words for a request that names nothing known; defaults to synonyms.ts' wordlessDefaults. */
  wordlessDefaults?: Readonly<Record<CategoryId, readonly string[]>>;
  /**
   * The learnt reader of danger the lists miss (dangerModel.ts); defaults to the shipped model,
   * null reads with the lists alone.
   */
  dangerModel?: DangerModel | null;
  /**
   * The learnt reader of needs no community service answers (outOfScopeModel.ts); defaults to
   * the shipped model, null reads with the lists alone.
   */
  outOfScopeModel?: OutOfScopeModel | null;
  /** IANA zone opening hours are written in; defaults to Asia/Shanghai. */
  timeZone?: string;
}

export interface Matcher {
  /** The best `limit` resources, best first; throws RangeError/TypeError on a malformed query. */
  match(query: MatchQuery, limit: number): ResourceMatch[];
  /** The confident resources only, the answer's confidence and any danger signalled. */
  answer(query: MatchQuery, limit: number): MatchAnswer;
  /** Danger to life or home in a description (and the tapped need), without ranking anything. */
  danger(description: string, needId: string | null): DangerSignal | null;
  /** Data inconsistencies found while indexing (duplicate ids, unknown grids); empty when clean. */
  readonly problems: readonly string[];
}
