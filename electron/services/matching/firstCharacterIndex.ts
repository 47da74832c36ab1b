// A fixed list of words, read by their first characters: whether any occurs in a text, found by
// looking each of the text's characters up once instead of searching the text for every word.
// The same answer as `words.some((word) => text.includes(word))`, for lists of hundreds.
export class FirstCharacterIndex {
  private readonly byFirst = new Map<string, string[]>();
  /** An empty word occurs in every text. */
  private readonly hasEmpty: boolean;

  constructor(words: Iterable<string>) {
    let hasEmpty = false;
    for (const word of words) {
      if (word.length === 0) {
        hasEmpty = true;
        continue;
      }
      const first = word.charAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push(word);
      this.byFirst.set(first, list);
    }
    this.hasEmpty = hasEmpty;
  }

  occursIn(text: string): boolean {
    if (this.hasEmpty) return true;
    for (let at = 0; at < text.length; at += 1) {
      const starting = this.byFirst.get(text.charAt(at));
      if (starting === undefined) continue;
      for (const word of starting) if (text.startsWith(word, at)) return true;
    }
    return false;
  }
}
