// How residents speak into the kiosk or tap on its screen (round of the 56th batch): voice input
// comes with no punctuation and with fillers between the words that carry the need ("那个就是我
// 想问一下那个我家那个厕所的水龙头它一直滴", "我家那个灯啊它就是不亮了"), and a fat finger or a
// worried resident repeats characters and words ("暖气不热热热", "漏水漏水漏水"). The word lists read
// a thing and its state as one term (灯不亮, 水龙头一直滴), so a filler between them hides the
// need, and a stutter joins a word's halves into others. Both are
// taken out of the resident's text before anything reads it, the danger readers included: a
// filler says nothing and a repetition says nothing new. Written in general terms from the kinds
// of the 56th batch's tuning misses (all tuning), never from one sentence's words.

/** The start of the text or of a clause. */
const opening = '(?:^|(?<=[\\s，,。.！!？?；;]))';

/**
 * Sounds that only fill a pause (嗯, 呃, 啊 and their kin), the pronoun that points back at the
 * thing just named (水龙头它一直滴: 它), and the spoken hedges that introduce nothing (就是, 那个
 * before a pronoun, another filler or a pause).
 */
const fillers = new RegExp(
  [
    // Interjections and sentence particles: none of them is part of a community word.
    '[嗯啊呀哦噢诶唉嘛]+',
    // 呃 only opening what is said: inside a Cantonese sentence it is "to cheat" (俾人呃).
    `${opening}呃+`,
    // "It", pointing back at the thing named before it (其它 is "other", not a pointer).
    '(?<![其])它(?![们])',
    // Spoken hedges between the words that matter.
    '就是说?',
    '怎么说呢',
    '然后呢?',
    // 那个 / 这个 before a pronoun, another filler or a pause; before a noun it points (那个证,
    // 那个人) and stays.
    '(?:那|这)个(?=[我你他她就嗯呃啊]|那个|这个|[\\s，,。.！!？?；;]|$)',
  ].join('|'),
  'gu',
);

/**
 * The same character typed three times or more (不热热热) is said twice, and the same
 * two-character word said three times or more (换药换药换药) once. Twice is Chinese's own
 * reduplication and stays as typed: 看看, 滴滴, and the lists' own 活动活动, 一闪一闪, 滋啦滋啦.
 * Han characters only.
 */
const tripled = /(\p{Script=Han})\1{2,}/gu;
const tripledWord = /(\p{Script=Han}{2})\1{2,}/gu;

/**
 * A fragment typed without its 了 ("门锁坏", "水管漏", "电梯停"): a state verb ending a short text
 * on a thing is the same state the lists hold with 了 (门锁坏了, 漏了), and is read so. Only at
 * the end of a fragment of a few characters, after a Han character, never inside a sentence.
 */
const bareState = /(?<=\p{Script=Han})[坏堵漏破丢断停裂塌倒]$/u;
const fragmentLength = 8;

export function withoutSpokenFillers(text: string): string {
  if (text.length < 2) return text;
  const said = text.replace(tripled, '$1$1').replace(tripledWord, '$1').replace(fillers, '');
  const stripped = said.trim();
  return stripped.length <= fragmentLength && bareState.test(stripped) ? `${stripped}了` : said;
}
