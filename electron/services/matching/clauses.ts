// Which clause of a long description asks for help and which tell the story around it: the
// ask weighs more (queryFeatures.ts), a purpose or where the resident is now weighs less.
import {
  afterthoughtClause,
  exampleClause,
  isOnlyTime,
  notAsking,
  purposeClause,
  whereNowClause,
} from './clauseRules.js';
import { inabilityOnlyClause } from './grownSynonymsOnBehalf.js';

export const clauseBreak = /[，,。.！!？?；;、\n]+/u;
/** Words that open what the resident asks for, as opposed to the story around it. */
const askMarkers = /想|要|需要|能不能|能否|可不可以|可以|帮|希望|请|求|找/u;
/**
 * A clause that voices a fear or judges the story ("…，怕老人摔倒", "…，太危险了") says why the
 * resident asks, not what: with no ask marker, the last clause that is not one is the ask
 * (tuning: 楼道灯不亮，怕老人摔倒 sent the lights to the emergency team, 电动车在楼道充电，太危险了
 * the fire hazard too).
 */
const worryOrJudgement =
  /^(?:怕|担心|生怕|就怕|万一|免得|省得|(?:太|很|挺|多|真)?(?:危险|吓人))|隐患|(?:受不了|吃不消|扛不住|烦死了|快疯了)[了啊呀]?$|\b(?:worried|afraid|dangerous)\b/u;

/**
 * In a description of several clauses, the one that asks ("…，能不能送点药来") says what help
 * is wanted; the others tell the story (高血压, 降压药快吃完了). Its words count more.
 * The clause with an ask marker, else the last that tells (see above); null for a single clause.
 */
export function askClause(normalisedDescription: string): string | null {
  const clauses = normalisedDescription
    .split(clauseBreak)
    .map((clause) => clause.trim())
    .filter(Boolean);
  // A purpose ("…，好找工作"), a bare time ("…，三个月了"), where the resident is now ("在活动室
  // 下棋呢") or an afterthought ("…，顺便问问…") is never the ask (clauseRules.ts); 要 as "until"
  // (要到六点) marks no ask.
  const candidates = clauses.filter(
    (clause) =>
      !purposeClause.test(clause) &&
      !isOnlyTime(clause) &&
      !whereNowClause.test(clause) &&
      !afterthoughtClause.test(clause),
  );
  const marked = (clause: string) =>
    clause.replace(notAsking, (stretch) => ' '.repeat(stretch.length));
  const asking = [...candidates].reverse().find((clause) => askMarkers.test(marked(clause)));
  if (asking !== undefined) {
    // Within the asking clause, what follows the marker is the ask ("看病想有人陪着去": the
    // escort, not the doctor); what comes before it is still the story.
    const from = marked(asking).search(askMarkers);
    if (clauses.length < 2 && from === 0) return null;
    // A clause giving an example right after the ask ("想给她找点有意义的活动，比如当小志愿者")
    // says what the ask is: it is part of it.
    const examples: string[] = [];
    for (const clause of clauses.slice(clauses.indexOf(asking) + 1)) {
      if (!exampleClause.test(clause)) break;
      examples.push(clause);
    }
    return [asking.slice(from), ...examples].join(' ');
  }
  if (clauses.length < 2) return null;
  // Nor is a clause that only says what someone cannot do ("厕所堵了，她捅不了"): it is why.
  const told = candidates.filter(
    (clause) => !worryOrJudgement.test(clause) && !inabilityOnlyClause.test(clause),
  );
  return told.at(-1) ?? candidates.at(-1) ?? clauses.at(-1) ?? null;
}

/** The clauses of a kind (clauseRules.ts' purposeClause, whereNowClause). */
export function clausesOfKind(normalisedDescription: string, kind: RegExp): string[] {
  return normalisedDescription
    .split(clauseBreak)
    .map((clause) => clause.trim())
    .filter((clause) => kind.test(clause));
}

const atHome = /家里|我家|家中|屋里|屋头|屋企|家裡/u;
/** The need is at home while the resident is somewhere else (clauses other than whereNow). */
export function needAtHome(text: string, whereNow: readonly string[]): boolean {
  if (whereNow.length === 0) return false;
  return text
    .split(clauseBreak)
    .some((clause) => !whereNow.includes(clause.trim()) && atHome.test(clause));
}

/** The text with its purpose clauses blanked, when something else is left. */
export function withoutPurposes(text: string): string {
  if (!/[，,。.！!？?；;、\n]/u.test(text)) return text;
  const clauses = text.split(clauseBreak);
  const kept = clauses.filter((clause) => !purposeClause.test(clause.trim()));
  return kept.length === clauses.length || kept.join('').trim() === '' ? text : kept.join('，');
}
