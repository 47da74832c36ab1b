// What every batch of labelled needs writes its cases with: the one-letter journeys, a case
// without its part, and the fixed rules that split a batch into tuning and held-out before
// anyone tunes on it. One place, so a new batch cannot split by a rule of its own by accident.
import type { CategoryId } from '../../../contract/community.js';
import type { CasePart, LabelledNeed } from './labelledNeeds.js';

export type Short = 'L' | 'H' | 'E' | 'S' | 'X';
export const categoryOf: Record<Short, CategoryId> = {
  L: 'basic-living',
  H: 'health-medical',
  E: 'education-employment',
  S: 'social-cultural',
  X: 'safety-emergency',
};

/** A case as written, before a batch's rule gives it its part. */
export type Unsplit = Omit<LabelledNeed, 'part'>;

export function c(
  category: Short,
  description: string,
  accept: readonly string[],
  extra: Partial<Pick<LabelledNeed, 'needId' | 'gridId' | 'danger'>> = {},
): Unsplit {
  return { category: categoryOf[category], description, accept, ...extra };
}
export const danger = { danger: true } as const;
/** A case whose words signal danger, for batches written mostly of dangers. */
export const d = (category: Short, description: string, accept: readonly string[]): Unsplit =>
  c(category, description, accept, danger);
/** A near miss in such a batch: danger words, no danger. */
export const calm = (category: Short, description: string, accept: readonly string[]): Unsplit =>
  c(category, description, accept);
/** Nothing in the community fits: staff route it. */
export const nothing: readonly string[] = [];

// Who is accepted first for the needs that come up in batch after batch.
export const repair: readonly string[] = ['repair-team'];
export const gas: readonly string[] = ['gas-heating-station'];
export const meals: readonly string[] = ['meals-xfl-south', 'meals-yangguang'];
export const rubbish: readonly string[] = ['rubbish-team'];
export const property: readonly string[] = [
  'property-xfl-north',
  'property-xfl-south',
  'property-yangguang',
  'property-jinxiu',
];
export const emergencyTeam: readonly string[] = ['emergency-team'];
export const police: readonly string[] = ['police-room'];
export const fire: readonly string[] = ['fire-station', 'heping-fire-wardens'];
export const flood: readonly string[] = ['disaster-supplies'];
export const missing: readonly string[] = ['missing-search-team', 'police-room'];
export const clinic: readonly string[] = ['health-station', 'family-doctor-team'];
export const companion: readonly string[] = ['companion-volunteers'];
export const activityRooms: readonly string[] = ['activity-room-xfl-north', 'activity-room-heping'];
export const games: readonly string[] = ['activity-room-xfl-north', 'activity-room-heping'];
export const hobby: readonly string[] = ['interest-groups', 'elder-university'];

const split =
  (evenPart: CasePart, oddPart: CasePart) =>
  (cases: readonly Unsplit[]): LabelledNeed[] =>
    cases.map((unsplit, order) => ({ part: order % 2 === 0 ? evenPart : oddPart, ...unsplit }));

/** The 1st, 3rd, 5th… case written is tuning; the 2nd, 4th, 6th… held-out. */
export const splitByAlternation = split('tuning', 'held-out');
/** The 1st, 3rd, 5th… case in the order written is held-out; the rest is tuning. */
export const splitHeldOutFirst = split('held-out', 'tuning');
/** A batch written only to tune on: none of it is held out. */
export const allTuning = split('tuning', 'tuning');
/**
 * A batch written in twin pairs (two wordings of one need side by side): tuning on one twin would
 * flatter the other, so the whole batch is held out and nobody tunes on it.
 */
export const allHeldOut = split('held-out', 'held-out');
