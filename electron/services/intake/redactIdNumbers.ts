// An ID number typed into free text (a description, an answer) would be sealed, sent to the
// centre and printed in clear; the kiosk stores ID numbers only as a keyed hash. So every run
// shaped like a GB 11643 citizen ID (6-digit region, a real-looking birth date, 3 digits and a
// check character), with or without spaces or dashes between the characters, is replaced at
// intake and only the redacted text is kept. The check digit is not required to be right: a
// mistyped ID number is still nearly someone's ID number.
//
// First-generation cards (issued until 2013, many still written on forms and old letters) carry
// 15 digits: the region, the birth date as YYMMDD (all 19YY) and 3 digits, no check character.
// 15 digits are also an IMEI, a parcel number or part of a bank card, so a 15-digit run counts
// only when its birth date is a real calendar day and it is a whole number on its own: no digit
// directly before or after, and not continued by a separator and more digits. Full-width digits
// (１２３) read the same to a person, so they count too.

/** What stands where the number was: the handler can see one was given and ask for it. */
export const redactedIdNumber = '[身份证号已隐去]';

const separator = '[ \\u3000-]?';
/** 18 characters, each but the last a digit, with at most one separator between any two. */
const candidate18 = new RegExp(
  `(?<![0-9])[1-9](?:${separator}[0-9]){16}${separator}[0-9Xx](?![0-9])`,
  'g',
);
const idShape18 =
  /^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$/;
/** 15 digits standing alone: not after a digit or a dash-joined digit, not continued. */
const candidate15 = new RegExp(
  `(?<![0-9])(?<![0-9]-)[1-9](?:${separator}[0-9]){14}(?![0-9Xx])(?!${separator}[0-9Xx])`,
  'g',
);
const idShape15 = /^[1-9][0-9]{5}([0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}$/;

const compactOf = (run: string): string => run.replace(/[ \u3000-]/g, '');

/** 19YY-MM-DD exists (no 30 February, no 31 April). */
function isRealBirthDate15(compact: string): boolean {
  const year = 1900 + Number(compact.slice(6, 8));
  const month = Number(compact.slice(8, 10));
  const day = Number(compact.slice(10, 12));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const looksLike18 = (run: string): boolean => idShape18.test(compactOf(run));
const looksLike15 = (run: string): boolean => {
  const compact = compactOf(run);
  return idShape15.test(compact) && isRealBirthDate15(compact);
};

/** Full-width digits and X as ASCII; one UTF-16 unit each, so indexes stay the same. */
const toHalfWidth = (text: string): string =>
  text.replace(/[\uff10-\uff19\uff38\uff58]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

function redactRuns(text: string, candidate: RegExp, isId: (run: string) => boolean): string {
  const searched = toHalfWidth(text);
  let result = '';
  let copiedUpTo = 0;
  candidate.lastIndex = 0;
  for (let match = candidate.exec(searched); match; match = candidate.exec(searched)) {
    if (isId(match[0])) {
      result += text.slice(copiedUpTo, match.index) + redactedIdNumber;
      copiedUpTo = match.index + match[0].length;
    } else {
      // Not an ID from here; one may still start inside this run (after a separator).
      candidate.lastIndex = match.index + 1;
    }
  }
  return result + text.slice(copiedUpTo);
}

/** The text with every ID-shaped number (18 or 15 digits) replaced by redactedIdNumber. */
export function redactIdNumbers(text: string): string {
  return redactRuns(redactRuns(text, candidate18, looksLike18), candidate15, looksLike15);
}
