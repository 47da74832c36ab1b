// A booking's code, given at once (also offline) and unique across the kiosks of one centre:
// four digits that are the kiosk's id (its letter as 01–26, then its two digits: A01 → 0101,
// B03 → 0203) and five digits drawn at random, redrawn while this kiosk already holds the code.
// Two kiosks can never draw the same code (their first four digits differ: kiosk ids are unique
// within a centre), and one kiosk never twice (its own table says). Digits only, so a resident
// types it on the number pad: 0101-48291. Random rather than a sequence, so a code does not tell
// how many people booked, nor lead to the next one's booking.
import { bookingCodePattern } from '../../../contract/index.js';

const kioskIdPattern = /^([A-Z])([0-9]{2})$/;
const randomDigits = 5;
const maxDraws = 50;

/** "A01" → "0101". */
export function kioskDigits(kioskId: string): string {
  const match = kioskIdPattern.exec(kioskId);
  if (!match?.[1] || !match[2]) throw new Error(`A kiosk id is a capital letter and two digits.`);
  const letter = match[1].charCodeAt(0) - 'A'.charCodeAt(0) + 1;
  return `${String(letter).padStart(2, '0')}${match[2]}`;
}

/** Which kiosk gave a code ("0203-…" → "B03"), or null for a code of no kiosk. */
export function kioskOfCode(code: string): string | null {
  if (!bookingCodePattern.test(code)) return null;
  const letter = Number(code.slice(0, 2));
  if (letter < 1 || letter > 26) return null;
  return `${String.fromCharCode('A'.charCodeAt(0) + letter - 1)}${code.slice(2, 4)}`;
}

export class BookingCodesExhausted extends Error {
  constructor() {
    super('no free booking code after many draws');
    this.name = 'BookingCodesExhausted';
  }
}

export function drawBookingCode(
  kioskId: string,
  random: () => number,
  taken: (code: string) => boolean,
): string {
  const prefix = kioskDigits(kioskId);
  for (let draw = 0; draw < maxDraws; draw += 1) {
    const digits = String(Math.floor(random() * 10 ** randomDigits)).padStart(randomDigits, '0');
    const code = `${prefix}-${digits.slice(0, randomDigits)}`;
    if (!taken(code)) return code;
  }
  throw new BookingCodesExhausted();
}
