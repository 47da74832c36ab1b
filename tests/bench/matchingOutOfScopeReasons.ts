// Which out-of-scope reading vetoes a text, by name: the same checks, on the same text
// (outOfScopeText.ts), as queryFeatures.ts' mentionsOutOfScope, but listing every one that holds (for
// matchingNothingPaths.ts; that script counts any case where the two disagree).
import {
  clausesOutOfScopePhrasing,
  clausesOutOfScopeWords,
} from '../../electron/services/matching/clauseRules.js';
import { outOfScopeWords } from '../../electron/services/matching/outOfScope.js';
import { asksWhatNoServiceDoes } from '../../electron/services/matching/outOfScopeQuestions.js';
import { textForOutOfScope } from '../../electron/services/matching/outOfScopeText.js';

const hanChar = /\p{Script=Han}/u;

/** Each reading that holds, as "kind detail" (e.g. "word 取钱", "question"). */
export function outOfScopeReasons(fullText: string): string[] {
  const text = textForOutOfScope(fullText);
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
