// A survey's short text answer is anonymous, unlike a request's description, which goes with the
// resident's own contact details anyway. So besides the one text rule (text/plainText.ts) and the
// ID-number redaction every typed text gets (intake/redactIdNumbers.ts), a phone number typed
// into it (a mainland mobile, or a landline with its area code, spaces or dashes allowed between
// the digits, full-width digits read the same) is replaced too: "call me on 138…" would otherwise
// name the resident to whoever reads the answers.
import { surveyTextMax } from '../../../contract/index.js';
import { capText } from '../../../text/capText.js';
import { cleanPlainText } from '../../../text/plainText.js';
import { redactIdNumbers } from '../intake/redactIdNumbers.js';

export const redactedPhone = '[电话已隐去]';

const gap = '[ \\u3000-]?';
const mobile = new RegExp(`(?<![0-9])1${gap}[3-9](?:${gap}[0-9]){9}(?![0-9])`, 'g');
const landline = new RegExp(`(?<![0-9])0${gap}[1-9](?:${gap}[0-9]){8,10}(?![0-9])`, 'g');

const halfWidth = (text: string) =>
  text.replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

export function redactPhones(text: string): string {
  return halfWidth(text).replace(mobile, redactedPhone).replace(landline, redactedPhone);
}

/** The short answer as kept and sent: one clean line, no ID number, no phone, capped. */
export function surveyText(raw: string): string {
  const cleaned = cleanPlainText(raw, { multiline: false }).trim();
  return capText(redactPhones(redactIdNumbers(cleaned)), surveyTextMax);
}
