// What the card panel can say. Plain values (no React) so the translation test can list them.
import type { ReadCardResult } from '../../../contract/index.js';

export type CardErrorCategory = Extract<ReadCardResult, { outcome: 'error' }>['category'];

/** Every problem the panel explains, in the reader's own categories. */
export const cardProblems: readonly CardErrorCategory[] = [
  'card-rejected',
  'card-unreadable',
  'reader-fault',
];

/** Every phase the panel describes while there is no problem. */
export const cardPhasesShown = ['waiting', 'reading', 'remove', 'read'] as const;
