// The key-character back-off, grown from the vocabulary itself instead of a hand list (issue 15:
// the matcher knew its tuning phrasings and little else). A character that, across every synonym
// group's words, turns up mostly in one group's words names that group: 饭 is in 吃饭, 送饭,
// 午饭… (meals), 撬 in 撬门, 撬锁… (security), 梯 in 电梯, 楼梯灯… (property). A need in words no
// list holds ("想吃口热乎的中饭", "水池子底下老往外洇水") is still read by such characters when
// nothing else it says is known; each adds the share of its words in the group, so two telling
// characters count more than one. Grammar characters (的, 了, 在, 想…) never name anything, however
// the lists happen to spread them. Built once per directory: the vocabulary grows, the back-off
// grows with it.
/** A character names a group when at least this many of the group's words hold it… */
const wordsAtLeast = 2;
/** …and at least this share of all the words holding it are the group's. */
const shareAtLeast = 0.75;

/**
 * Characters of Chinese grammar and the most general verbs, nouns and measure words: they occur
 * in every kind of sentence, so the lists' spread of them says nothing. A general-language list,
 * not grown from any need.
 */
const grammarCharacters = new Set([
  ...'的了在有是我你他她它们这那个不没也都就还又要想会能可以和与把被给让对从到去来上下里外中',
  ...'大小多少好一二三四五六七八九十几些点什么怎样吗呢吧啊呀着过得地人家自己说看用做打开快常',
  ...'完当本同明便儿干作放成拉力法应回边进出起时天年月日后前等事东西头子所为因如果但而且或很',
  ...'太最更再才只已经正真得每次个位种样些哪谁啥咋嘛呗哦喔哎唉嗯吧该该让请帮找叫跟向往别另其',
]);

export class CharacterEvidence {
  /** Character → group key → share of the words holding the character that are the group's. */
  private readonly groupsOfCharacter = new Map<string, Map<string, number>>();

  constructor(groupsOfTerm: ReadonlyMap<string, readonly string[]>) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const [term, groups] of groupsOfTerm) {
      for (const character of new Set(term)) {
        if (!/\p{Script=Han}/u.test(character) || grammarCharacters.has(character)) continue;
        totals.set(character, (totals.get(character) ?? 0) + 1);
        const perGroup = counts.get(character) ?? new Map<string, number>();
        for (const group of groups) perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
        counts.set(character, perGroup);
      }
    }
    for (const [character, perGroup] of counts) {
      const total = totals.get(character) ?? 1;
      for (const [group, words] of perGroup) {
        const share = words / total;
        if (words < wordsAtLeast || share < shareAtLeast) continue;
        const named = this.groupsOfCharacter.get(character) ?? new Map<string, number>();
        named.set(group, share);
        this.groupsOfCharacter.set(character, named);
      }
    }
  }

  /**
   * Group key → evidence (summed shares, capped at 1) from the telling characters of a text whose
   * words that mean something else are already blanked (keyCharacters.ts' withoutNotKeyWords).
   */
  groupsOf(plain: string): Map<string, number> {
    const evidence = new Map<string, number>();
    for (const character of new Set(plain)) {
      for (const [group, share] of this.groupsOfCharacter.get(character) ?? []) {
        evidence.set(group, (evidence.get(group) ?? 0) + share);
      }
    }
    const read = new Map<string, number>();
    for (const [group, sum] of evidence) {
      if (sum >= shareAtLeast) read.set(group, Math.min(1, sum));
    }
    return read;
  }

  /** How many characters name a group (for tests and the README's figures). */
  get size(): number {
    return this.groupsOfCharacter.size;
  }
}
