// Sound keys ("mei qi") looked up a syllable at a time: a stretch of text is read by walking from
// its first syllable, and the walk stops where no key goes on, instead of joining a new string
// for every length and hashing it. The lists are the very lists of the string-keyed map, so a
// walk finds exactly what the joined key found, as long as no syllable holds a space (a reading
// is one syllable; readings with a space would make the two ways differ, so the trie is then
// not used: see spaced).
interface SoundNode {
  next: Map<string, SoundNode>;
  values: readonly string[] | undefined;
}

const newNode = (): SoundNode => ({ next: new Map(), values: undefined });

export class SoundTrie {
  private readonly root = newNode();

  /** From a map keyed by syllables joined with single spaces. */
  constructor(bySound: ReadonlyMap<string, readonly string[]>) {
    for (const [key, values] of bySound) {
      let node = this.root;
      for (const syllable of key.split(' ')) {
        let next = node.next.get(syllable);
        if (next === undefined) {
          next = newNode();
          node.next.set(syllable, next);
        }
        node = next;
      }
      node.values = values;
    }
  }

  /** The node after the syllable at `at`, from the root. */
  start(sounds: readonly string[], at: number): SoundNode | undefined {
    return this.root.next.get(sounds[at] ?? '');
  }

  static step(node: SoundNode | undefined, syllable: string | undefined): SoundNode | undefined {
    return node?.next.get(syllable ?? '');
  }
}

/** Whether any reading so far held a space: then keys are joined as before (see above). */
export const spaced = { seen: false };
export function noteSound(sound: string): string {
  if (sound.includes(' ')) spaced.seen = true;
  return sound;
}
