// Ticket numbers are read aloud and typed on a digit pad: kiosk code, month and day, and the
// day's sequence (A03-1128-0042). The QR code carries the year too, so it is unique for ever.
import { KioskError } from '../../../contract/index.js';

export interface Numbering {
  ticket: string;
  lookupCode: string;
}

export function numberRequest(kioskId: string, serviceDate: string, seq: number): Numbering {
  const [year, month, day] = serviceDate.split('-');
  const sequence = String(seq).padStart(4, '0');
  return {
    ticket: `${kioskId}-${month}${day}-${sequence}`,
    lookupCode: `${kioskId}-${year}${month}${day}-${sequence}`,
  };
}

export type TicketQueryKind =
  { kind: 'ticket'; ticket: string } | { kind: 'lookup'; lookupCode: string };

const month = '(0[1-9]|1[0-2])';
const day = '(0[1-9]|[12][0-9]|3[01])';
const lookupPattern = new RegExp(`^([A-Z][0-9]{2})-?(20[0-9]{2})${month}${day}-?([0-9]{4})$`);
const ticketPattern = new RegExp(`^([A-Z][0-9]{2})-?${month}${day}-?([0-9]{4})$`);
const digitsPattern = new RegExp(`^${month}${day}([0-9]{4})$`);

/**
 * What a resident may give: the QR code's look-up code (from a scanner), a ticket typed or read
 * out, or just its eight digits on the digit pad (then it is this kiosk's ticket).
 */
export function parseTicketQuery(raw: string, kioskId: string): TicketQueryKind {
  const text = raw.trim().toUpperCase().replace(/\s+/g, '');
  const lookup = lookupPattern.exec(text);
  if (lookup)
    return {
      kind: 'lookup',
      lookupCode: `${lookup[1]}-${lookup[2]}${lookup[3]}${lookup[4]}-${lookup[5]}`,
    };
  const ticket = ticketPattern.exec(text);
  if (ticket)
    return { kind: 'ticket', ticket: `${ticket[1]}-${ticket[2]}${ticket[3]}-${ticket[4]}` };
  const digits = digitsPattern.exec(text.replace(/-/g, ''));
  if (digits) return { kind: 'ticket', ticket: `${kioskId}-${digits[1]}${digits[2]}-${digits[3]}` };
  throw new KioskError('invalid-input', 'ticket-format', ['ticket']);
}
