// The simulator's demo cards, for the demo-mode picker. Repeated from the contract (the page takes
// the contract as types only); a unit test keeps the lists equal.
import type { demoCardIds } from '../../../contract/index.js';

export type DemoCardId = (typeof demoCardIds)[number];

export const demoCards: readonly DemoCardId[] = [
  'han-resident',
  'minority-resident',
  'long-term-resident',
  'hk-macao-taiwan-permit',
  'foreign-permanent-residence',
  'bad-check-digit',
];
