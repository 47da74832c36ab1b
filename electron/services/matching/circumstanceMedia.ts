// Programmes a resident watched, told as how a wish came to mind ("看了个电视剧讲月嫂，我也想学
// 这个挣钱", "昨天看电视剧里老人学画画，我也想学"): the drama is the story, the wish after it is
// the need (issue 15: fresh everyday wording; the 42nd batch's tuning misses). Read by
// outOfScopeSenses.ts with its other circumstance words: blanked in a story clause only when a
// later clause asks, in words of its own that name nothing out of scope, for something else, so
// a drama still asked for ("给我推荐个好看的电视剧") stays out of scope. The danger reader has its
// own rule for a danger seen on television (dangerCalm.ts).
export const circumstanceMediaWords = '电视剧|连续剧|综艺|电视节目|电影';

/**
 * The set inside the programme's name is no set to mend: 电视 in 电视剧 is not the television
 * the handyman volunteers repair (read by outOfScope.ts' rereadWords, as it reads 找人).
 */
export const circumstanceMediaRereadings: readonly { term: string; when: RegExp }[] = [
  { term: '电视', when: /电视剧|电视节目|电视连续剧/u },
  // Nor the set one sits in front of all day: "退休后天天对着电视" tells idle days, not a broken
  // set (round of the 46th batch).
  {
    term: '电视',
    when: /(?:天天|整天|成天|一天到晚|每天|光|就)(?:在家)?(?:对着|看|守着|盯着)电视|对着电视|守着电视/u,
  },
  {
    term: 'tv',
    when: /\btv (?:show|shows|drama|dramas|series|programme|programmes|program|programs)\b/u,
  },
];
