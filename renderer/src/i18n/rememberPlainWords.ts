// The page's t remembers the plain words it looked up: a pure function, apart from the React
// provider (translation.tsx) so Node-side tests can load it without JSX.
import type { TFunction } from 'i18next';

/**
 * `fixed` with the words looked up without options remembered: the same key in the same
 * language always says the same (the resources are bundled and never change while the page runs).
 */
export function rememberPlainWords(fixed: TFunction): TFunction {
  const plain = new Map<string, string>();
  const lookUp = fixed as unknown as (...args: unknown[]) => unknown;
  const remembering = (key: unknown, ...rest: unknown[]): unknown => {
    if (rest.length > 0 || typeof key !== 'string') return lookUp(key, ...rest);
    let words = plain.get(key);
    if (words === undefined) {
      words = String(lookUp(key));
      plain.set(key, words);
    }
    return words;
  };
  // The same call signature as i18next's own t: only its results are remembered.
  return remembering as unknown as TFunction;
}
