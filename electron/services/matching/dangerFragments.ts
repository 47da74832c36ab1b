// Dangers typed as a bare fragment, by shape (38th batch: "火 三楼": a fire and where it is).
// The live text arrives with its clauses joined by ", " (conceptDanger.ts liveText), so a clause
// that is the danger word alone, with at most a particle, stands between commas. 火 alone is no
// fire in a word (火锅, 上火, 开小火), but as a whole clause it is the cry.
import type { DangerKind } from './dangerWords.js';

export interface FragmentShape {
  kind: DangerKind;
  /** What staff read: the fragment's word. */
  word: string;
  shape: RegExp;
  /** Tested on the whole text, calm clauses included: a fragment beside these is no cry. */
  unless?: RegExp;
}

export const fragmentShapes: readonly FragmentShape[] = [
  {
    kind: 'fire',
    word: '火',
    shape: /(?:^|,)\s*(?:有|大)?火(?:啊|呀|了|啦|喔|哇|!)*\s*(?:,|$)/u,
    // Cooking told in fragments (大火 收汁) or a word split by a space (火 锅店).
    unless: /锅|炒|炖|煮|煎|烧菜|做饭|火候|收汁|小火|中火|菜/u,
  },
];
