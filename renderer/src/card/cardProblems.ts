// What the card panel can say. Plain values (no React) so the translation test can list them.
import { cardErrorCategories } from '../../../contract/constants.js';

export type CardErrorCategory = (typeof cardErrorCategories)[number];

/** Every problem the panel explains, in the reader's own categories. */
export const cardProblems: readonly CardErrorCategory[] = cardErrorCategories;

/** Every phase the panel describes while there is no problem. */
export const cardPhasesShown = ['waiting', 'reading', 'remove', 'read'] as const;
