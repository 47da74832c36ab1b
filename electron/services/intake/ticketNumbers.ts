// Ticket numbers are read aloud and typed on a digit pad: kiosk code, month and day, and the
// day's sequence (A03-1128-0042). A ticket is a name, not a key: typed alone it shows at most
// the request's stage (requestAccess.ts).
//
// The look-up code is what the centre and the receipt's QR code know a request by, and it must
// stay unique when a kiosk's data dir is reset and the day's sequence starts again: it carries
// the year and an installation part (from the installation id, new with every fresh database),
// A03-20261128-0042-7KQ2A1. That is also what the centre is sent. The QR code adds a random
// secret that is never sent anywhere, A03-20261128-0042-7KQ2A1-M4X9T6PR3W: only a resident
// holding the receipt (or its on-screen QR) has it, and it opens the whole request.
//
// The sequence has four digits, and five past 9999 on a busy day (A03-1128-10042): a five-digit
// one never starts with 0, so 8 digits on the pad are always a four-digit ticket and 9 a
// five-digit one.
import { KioskError } from '../../../contract/index.js';

export interface Numbering {
  ticket: string;
  lookupCode: string;
}

/** Crockford's base 32: no I, L, O or U, so a code read off paper cannot be misread. */
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const lookupSecretLength = 10;

/** A random secret of 50 bits, from the bytes given (crypto.randomBytes in production). */
export function lookupSecretFrom(bytes: Uint8Array): string {
  if (bytes.length < lookupSecretLength) throw new RangeError('Too few random bytes.');
  let secret = '';
  for (let index = 0; index < lookupSecretLength; index += 1) {
    secret += crockford[(bytes[index] ?? 0) % 32];
  }
  return secret;
}

/** Six characters of the installation id: tells this database's requests from an earlier one's. */
export function installationPart(installationId: string): string {
  const part = installationId
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase()
    .slice(0, 6);
  if (part.length !== 6) throw new RangeError('The installation id is too short.');
  return part;
}

export function numberRequest(
  kioskId: string,
  serviceDate: string,
  seq: number,
  /** installationPart(); without one, the code of a kiosk from before data-dir resets counted. */
  installation: string | null = null,
): Numbering {
  const [year, month, day] = serviceDate.split('-');
  const sequence = String(seq).padStart(4, '0');
  return {
    ticket: `${kioskId}-${month}${day}-${sequence}`,
    lookupCode: `${kioskId}-${year}${month}${day}-${sequence}${installation ? `-${installation}` : ''}`,
  };
}

/** What the receipt's QR code carries. */
export function qrLookupCode(lookupCode: string, secret: string): string {
  return `${lookupCode}-${secret}`;
}

export type TicketQueryKind =
  | { kind: 'ticket'; ticket: string }
  | { kind: 'lookup'; lookupCode: string }
  | { kind: 'qr'; lookupCode: string; secret: string };

const month = '(0[1-9]|1[0-2])';
const day = '(0[1-9]|[12][0-9]|3[01])';
const sequencePattern = '([0-9]{4}|[1-9][0-9]{4})';
const base = `([A-Z][0-9]{2})-?(20[0-9]{2})${month}${day}-?${sequencePattern}`;
const qrPattern = new RegExp(`^${base}-([0-9A-Z]{6})-([${crockford}]{${lookupSecretLength}})$`);
const lookupPattern = new RegExp(`^${base}(?:-([0-9A-Z]{6}))?$`);
const ticketPattern = new RegExp(`^([A-Z][0-9]{2})-?${month}${day}-?${sequencePattern}$`);
const digitsPattern = new RegExp(`^${month}${day}${sequencePattern}$`);

/**
 * What a resident may give: the QR code (from a scanner), a look-up code as the centre knows it
 * (or an older receipt's, without the installation part), a ticket typed or read out, or just its
 * eight (nine) digits on the digit pad (then it is this kiosk's ticket).
 */
export function parseTicketQuery(raw: string, kioskId: string): TicketQueryKind {
  const text = raw.trim().toUpperCase().replace(/\s+/g, '');
  const qr = qrPattern.exec(text);
  if (qr) {
    return {
      kind: 'qr',
      lookupCode: `${qr[1]}-${qr[2]}${qr[3]}${qr[4]}-${qr[5]}-${qr[6]}`,
      secret: qr[7] ?? '',
    };
  }
  const lookup = lookupPattern.exec(text);
  if (lookup) {
    const installation = lookup[6] ? `-${lookup[6]}` : '';
    return {
      kind: 'lookup',
      lookupCode: `${lookup[1]}-${lookup[2]}${lookup[3]}${lookup[4]}-${lookup[5]}${installation}`,
    };
  }
  const ticket = ticketPattern.exec(text);
  if (ticket)
    return { kind: 'ticket', ticket: `${ticket[1]}-${ticket[2]}${ticket[3]}-${ticket[4]}` };
  const digits = digitsPattern.exec(text.replace(/-/g, ''));
  if (digits) return { kind: 'ticket', ticket: `${kioskId}-${digits[1]}${digits[2]}-${digits[3]}` };
  throw new KioskError('invalid-input', 'ticket-format', ['ticket']);
}
