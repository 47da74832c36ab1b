// Which out-of-scope reading vetoes a text, by name: the same checks, in the same order, as
// queryFeatures.ts' mentionsOutOfScope, but listing every one that holds (for
// matchingNothingPaths.ts; that script counts any case where the two disagree).
import {
  businessOpening,
  clausesOutOfScopePhrasing,
  clausesOutOfScopeWords,
  communityPlaceHours,
  jobWish,
  workplace,
} from '../../electron/services/matching/clauseRules.js';
import {
  inScopeUses,
  moneyProducts,
  outOfScopeWords,
  petNoise,
} from '../../electron/services/matching/outOfScope.js';
import { asksWhatNoServiceDoes } from '../../electron/services/matching/outOfScopeQuestions.js';
import { withoutInScopeSenses } from '../../electron/services/matching/outOfScopeSenses.js';

const hanChar = /\p{Script=Han}/u;

/** Each reading that holds, as "kind detail" (e.g. "word 取钱", "question"). */
export function outOfScopeReasons(fullText: string): string[] {
  const text = withoutInScopeSenses(fullText)
    .replace(petNoise, ' ')
    .replace(inScopeUses, (stretch) => (moneyProducts.test(stretch) ? stretch : ' '))
    .replace(businessOpening, ' ')
    .replace(workplace, ' ')
    .replace(jobWish, ' ')
    .replace(communityPlaceHours, ' ');
  const reasons: string[] = [];
  if (asksWhatNoServiceDoes(text)) reasons.push('question-form');
  if (clausesOutOfScopePhrasing.test(text)) reasons.push('school-phrasing');
  for (const word of clausesOutOfScopeWords) if (text.includes(word)) reasons.push(`word:${word}`);
  const padded = ` ${text.split(/[^\p{L}\p{N}]+/u).join(' ')} `;
  for (const word of outOfScopeWords) {
    if (hanChar.test(word) ? text.includes(word) : padded.includes(` ${word} `)) {
      reasons.push(`word:${word}`);
    }
  }
  return reasons;
}
