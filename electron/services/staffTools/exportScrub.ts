// The last guard before kiosk logs leave the machine on a USB stick: whatever a line holds, a
// field named like personal data is dropped, and any run of seven or more digits (a phone, an ID
// number or part of one, with an X check character too) is replaced, in text and in numbers. Applied to every value at
// every depth, so a nested field cannot slip through.

/** Field names that only ever hold a resident's details. */
const personalField =
  /^(name|maskedname|fullname|phone|maskedphone|mobile|address|description|idnumber|passnumber|permitnumber|handlernote|note|answers|attributes|location|lat|long|latitude|longitude|englishname|chinesename|birthdate|card)$/i;

/** Seven or more digits, spaces allowed between them (a date's dashes are not). */
const longNumber = /\d[\d ]{5,}\d[Xx]?/g;
/** A mobile number written with dashes: 138-1234-5678. */
const dashedMobile = /1[3-9]\d-\d{4}-\d{4}/g;

export const removedNumber = '[number removed]';
export const removedField = '[removed]';

function scrubText(text: string): string {
  return text
    .replace(dashedMobile, removedNumber)
    .replace(longNumber, (match) => (match.replace(/\D/g, '').length >= 7 ? removedNumber : match));
}

export function scrubForExport(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number') {
    // Ten digits and up is a phone number, never a count the export holds (sizes are in MB).
    return Number.isInteger(value) && Math.abs(value) >= 1_000_000_000 ? removedNumber : value;
  }
  if (Array.isArray(value)) return value.map(scrubForExport);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        scrubText(key),
        personalField.test(key) ? removedField : scrubForExport(inner),
      ]),
    );
  }
  return value;
}
