// The one line staff read beside each resource: which of the resident's words led to it and what
// the resource does for them ("因为：漏水、水管 → 管道维修"), or the danger that put it first
// ("因为：危险（煤气味）→ 燃气抢修"). Built from the same reasons that made the score.
import type { DangerSignal } from './danger.js';
import type { DangerKind, DangerWords } from './dangerWords.js';
import type { MatchReason } from './types.js';

const wordsShown = 3;

export function becauseLine(
  reasons: readonly MatchReason[],
  danger: { signal: DangerSignal; kind: DangerKind; words: DangerWords | undefined } | null,
  resourceName: string,
): string {
  const dangerReason = reasons.find((reason) => reason.kind === 'danger');
  if (dangerReason && danger) {
    const said = danger.signal.wordsByKind[danger.kind] ?? danger.signal.words;
    // A learnt reading names the runs that weighed most, not words a list holds: staff read it so.
    const reading = danger.signal.learnt === true ? '听来像：' : '';
    return `因为：危险（${reading}${said.slice(0, wordsShown).join('、')}）→ ${danger.words?.label ?? resourceName}`;
  }
  const keywords = reasons.filter((reason) => reason.kind === 'keyword');
  const words = [
    ...new Set(keywords.filter((reason) => reason.via === 'word').map((reason) => reason.term)),
  ].slice(0, wordsShown);
  const group = keywords.find((reason) => reason.via === 'synonym')?.term;
  if (words.length > 0) return `因为：${words.join('、')} → ${group ?? resourceName}`;
  if (group !== undefined) return `因为：近义词 → ${group}`;
  return '因为：只有类别相符，描述里没有认得的词';
}
