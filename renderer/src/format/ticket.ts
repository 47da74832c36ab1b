// Ticket numbers look like A03-1128-0042; the digit pad takes their eight digits.

export const ticketDigitCount = 8;

/** 11280042 → "1128 0042", as printed on the receipt. */
export function groupTicketDigits(digits: string): string {
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}
