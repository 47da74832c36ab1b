// An ID number typed into free text (a description, an answer) would be sealed, sent to the
// centre and printed in clear; the kiosk stores ID numbers only as a keyed hash. So every run
// shaped like a GB 11643 citizen ID (6-digit region, a real-looking birth date, 3 digits and a
// check character), with or without spaces or dashes between the characters, is replaced at
// intake and only the redacted text is kept. The check digit is not required to be right: a
// mistyped ID number is still nearly someone's ID number.

/** What stands where the number was: the handler can see one was given and ask for it. */
export const redactedIdNumber = '[身份证号已隐去]';

const separator = '[ \\u3000-]?';
/** 18 characters, each but the last a digit, with at most one separator between any two. */
const candidate = new RegExp(
  `(?<![0-9])[1-9](?:${separator}[0-9]){16}${separator}[0-9Xx](?![0-9])`,
  'g',
);
const idShape =
  /^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$/;

/** The text with every ID-shaped number replaced by redactedIdNumber; the rest is kept. */
export function redactIdNumbers(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  candidate.lastIndex = 0;
  for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
    const compact = match[0].replace(/[ \u3000-]/g, '');
    if (idShape.test(compact)) {
      result += text.slice(copiedUpTo, match.index) + redactedIdNumber;
      copiedUpTo = match.index + match[0].length;
    } else {
      // Not an ID from here; one may still start inside this run (after a separator).
      candidate.lastIndex = match.index + 1;
    }
  }
  return result + text.slice(copiedUpTo);
}
