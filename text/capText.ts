// Cutting text a platform or a resident sent to a size the kiosk can keep, show or print: at a
// character boundary (never inside 👨‍👩‍👧 or between e and its accent), ending in … so a reader
// knows there was more. Imports nothing; the storage and the receipts both use it.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most `limit` characters (code points), the … included, cut between graphemes. */
export function capText(text: string, limit: number): string {
  if ([...text].length <= limit) return text;
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = [...segment].length;
    if (count + size > limit - 1) break;
    kept += segment;
    count += size;
  }
  return `${kept.trimEnd()}…`;
}
