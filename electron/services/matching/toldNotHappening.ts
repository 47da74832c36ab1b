// Danger told, not happening (round of the 56th batch, from the kinds of the tuning part's
// misses): a resident who dreamt the home was on fire or a parent fell ("昨晚梦见家里着火了，吓醒
// 了，现在心里还慌", "I keep dreaming that my son goes missing") is frightened, not in danger, and
// one who saw it on the news ("看新闻说有个老人在公园晕倒了好久才被发现") asks for nothing. The danger
// reader already hears a dream as calm (dangerCalm.ts); the ranking still read the dream's fire,
// fall or thief as the need, and sent the resident to the fire station or the police. Here the
// words of what was dreamt or reported are reread as rereadWords (outOfScope.ts) writes them, and
// a dream that left the resident upset names the counselling room's group by its wording. Written
// in general terms, not from one sentence's words; the patterns are built once at module load.

/** Words of an emergency as a story tells it: a fire, a fall, a faint, a thief, a person lost. */
const emergencyWords =
  '着火 火灾 起火 失火 摔倒 摔了 跌倒 晕倒 倒在地上 不醒 叫不醒 昏迷 小偷 进了小偷 撬 撬门 撬锁 走丢 走失 被拐 拐走 miss fire fall'.split(
    ' ',
  );

const dreamt =
  '梦见|梦到|梦里|做梦|做了个?梦|做噩梦|噩梦|\\b(?:dreamt|dreamed|dreaming|dream|nightmare)s?\\b';

/** A dream told with the fright it left: woken by it, still uneasy, wanting to talk it over. */
export const dreamUpset = new RegExp(
  `(?:${dreamt})[\\s\\S]{0,40}?(?:吓醒|惊醒|醒来|醒了|心里|心慌|慌|害怕|不踏实|睡不着|不敢睡|说说|聊聊|\\b(?:scared|afraid|frightened|talk)\\b)`,
  'u',
);

/**
 * An emergency seen in the news or on television, told as news and about others ("看新闻说有个老人
 * …晕倒了", "新闻里说有个孩子被拐了"): no ask of the resident's own in it.
 */
export const reportedElsewhere =
  /(?:看新闻|新闻里|新闻上|新闻说|报道说|报纸上说|电视上说|视频里说)[^。！？!?]{0,8}?(?:有个|有位|一个|某)[^。！？!?]*/u;

/** What was dreamt: the rest of the sentence after the dream is named. */
const dreamStretch = new RegExp(`(?:${dreamt})[^。！？!?]*`, 'u');

/** Rereadings of the kinds above, as rereadWords (outOfScope.ts) writes them. */
export const toldRereadings: readonly { term: string; when: RegExp }[] = [
  ...emergencyWords.map((term) => ({ term, when: dreamStretch })),
  ...emergencyWords.map((term) => ({ term, when: reportedElsewhere })),
];

/** Groups the wording names: a dream that left the resident upset is the counselling room's. */
export function toldGroups(text: string): string[] {
  return dreamUpset.test(text) ? ['health-medical/mental'] : [];
}
