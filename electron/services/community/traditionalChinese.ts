// Simplified to Traditional Chinese (Taiwan standard, character by character) for every text the
// main process converts: the community's name, vote rounds, questionnaires, window services and
// appointment services. opencc-js builds its tables for each Converter it is asked for, about a
// quarter of a CPU-second each; five modules building their own cost every host start over a
// CPU-second (a third of its start-up), and the tests start the host hundreds of times. One
// converter, built on the first text that needs it, serves them all.
import { Converter } from 'opencc-js/cn2t';

let converter: ((text: string) => string) | undefined;

export function toTraditional(simplified: string): string {
  const convert = (converter ??= Converter({ from: 'cn', to: 'tw' }));
  return convert(simplified);
}
