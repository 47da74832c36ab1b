// The one rule for text a resident types that travels on: names, addresses, descriptions and
// answers. The kiosk's contract cleans what the page sends with it, and the upstream client
// checks what it is about to send with it, so the kiosk never stores, prints and queues text the
// centre will refuse for ever (a C0 control in a description is dead-lettered by Open311
// servers), nor text that reads differently from what it holds (bidi overrides reordering a
// name, zero-width characters hiding inside one). It lives here, outside both, because the
// contract may import only zod and itself and upstream/ may not import the contract: text/
// imports nothing at all.
//
// Cleaning, per field: text is NFC-normalised; invisible characters are dropped (the resident
// cannot see them, so refusing would ask for something they cannot fix); a line break is kept
// only in multi-line text (as \n) and becomes a space elsewhere; tabs become spaces; a single
// line has its runs of spaces collapsed. Only the emptiness and length checks of each field
// refuse, after cleaning.

/**
 * Never acceptable anywhere: C0 controls but tab, line feed and carriage return; DEL; C1
 * controls but NEL; the soft hyphen and the combining grapheme joiner; bidi marks, embeddings,
 * overrides and isolates; zero-width and other invisible formatting characters; Hangul fillers
 * (a "blank" name); variation selectors but the emoji one, and tag characters (both can hide
 * text); interlinear annotation marks; the noncharacters U+FFFE and U+FFFF; lone surrogates.
 */
const invisible = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- it lists lone combining marks, to drop them
  '[' +
    [
      '\\u{0}-\\u{8}',
      '\\u{B}\\u{C}',
      '\\u{E}-\\u{1F}',
      '\\u{7F}-\\u{84}',
      '\\u{86}-\\u{9F}',
      '\\u{AD}\\u{34F}\\u{61C}',
      '\\u{115F}\\u{1160}\\u{17B4}\\u{17B5}\\u{180B}-\\u{180F}',
      '\\u{200B}\\u{200C}\\u{200E}\\u{200F}\\u{202A}-\\u{202E}\\u{2060}-\\u{206F}',
      '\\u{3164}\\u{FE00}-\\u{FE0E}\\u{FEFF}\\u{FFA0}\\u{FFF0}-\\u{FFFB}\\u{FFFE}\\u{FFFF}',
      '\\u{D800}-\\u{DFFF}',
      '\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}',
    ].join('') +
    ']',
  'gu',
);
/**
 * The zero-width joiner and the emoji presentation selector are kept only inside an emoji
 * (👨‍👩‍👧, ❤️, 1️⃣); anywhere else they hide text like the characters above.
 */
const strayJoiner =
  /(?<!\p{Extended_Pictographic}\u{FE0F}?)\u{200D}|\u{200D}(?!\p{Extended_Pictographic})/gu;
const straySelector = /(?<![\p{Extended_Pictographic}#*0-9])\u{FE0F}/gu;

const dropInvisible = (value: string): string =>
  value.replace(invisible, '').replace(strayJoiner, '').replace(straySelector, '');

/** Line breaks of every kind: CR LF, CR, LF, NEL, the line and paragraph separators. */
const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const lineBreakOrTab = /[\t\r\n\u0085\u2028\u2029]/;
const tabOrOddBreak = /[\t\r\u0085\u2028\u2029]/;

export interface PlainTextRule {
  /** Descriptions and long answers keep their line breaks (as \n); names and addresses do not. */
  multiline: boolean;
}

/** The text as it is stored and sent: see the header for what is kept, changed and dropped. */
export function cleanPlainText(value: string, rule: PlainTextRule): string {
  const normalised = dropInvisible(value).normalize('NFC').replace(/\t/g, ' ');
  if (rule.multiline) {
    return normalised
      .replace(lineBreak, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return normalised.replace(lineBreak, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the text is already clean: nothing invisible, NFC, line breaks only if allowed. */
export function isPlainText(value: string, rule: PlainTextRule): boolean {
  if (dropInvisible(value) !== value) return false;
  if (value.normalize('NFC') !== value) return false;
  if (rule.multiline) return !tabOrOddBreak.test(value);
  return !lineBreakOrTab.test(value);
}
