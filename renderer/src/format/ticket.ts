// Ticket numbers look like A03-1128-0042, and A03-1128-10042 past a day's 9,999th request; the
// digit pad takes their eight (or nine) digits: month, day and the day's sequence.

export const ticketDigitCount = 8;
/** A five-digit sequence (never starting with 0) makes nine digits. */
export const longestTicketDigitCount = 9;

/** 11280042 → "1128 0042", 112810042 → "1128 10042", as printed on the receipt. */
export function groupTicketDigits(digits: string): string {
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}

/** Eight digits, or nine whose sequence does not start with 0: what the kiosk can look up. */
export function isCompleteTicket(digits: string): boolean {
  return (
    digits.length === ticketDigitCount ||
    (digits.length === longestTicketDigitCount && digits[4] !== '0')
  );
}
