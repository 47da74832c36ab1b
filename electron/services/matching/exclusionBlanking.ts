// Blanking a list of phrases out of a text, as the danger reader does with its not-danger
// phrases ("火灾隐患") before it reads: the same result as splitting and joining the text at every
// phrase in list order, but each list is split by script once (not tested per phrase per
// request) and a phrase the text does not hold costs a search, not a new array and string.
const hanChar = /\p{Script=Han}/u;

interface ByScript {
  /** Chinese phrases, blanked out of the Chinese reading, in list order. */
  han: readonly string[];
  /** The others padded with spaces, blanked out of the padded words, in list order. */
  padded: readonly string[];
}

const splitLists = new WeakMap<readonly string[], ByScript>();
function byScript(phrases: readonly string[]): ByScript {
  let split = splitLists.get(phrases);
  if (split === undefined) {
    split = {
      han: phrases.filter((phrase) => hanChar.test(phrase)),
      padded: phrases.filter((phrase) => !hanChar.test(phrase)).map((phrase) => ` ${phrase} `),
    };
    splitLists.set(phrases, split);
  }
  return split;
}

function blanked(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) if (out.includes(phrase)) out = out.split(phrase).join(' ');
  return out;
}

/** Each Chinese phrase blanked out of `han`, each other phrase (as whole words) out of `padded`. */
export function blankExclusions(
  phrases: readonly string[],
  han: string,
  padded: string,
): { han: string; padded: string } {
  const split = byScript(phrases);
  return { han: blanked(han, split.han), padded: blanked(padded, split.padded) };
}
