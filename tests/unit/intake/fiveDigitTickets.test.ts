// Past a day's 9,999th request the sequence has five digits; every way a resident gives a ticket
// back must still find it, and 8 digits must never be read as a five-digit ticket.
import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../contract/index.js';
import {
  numberRequest,
  parseTicketQuery,
} from '../../../electron/services/intake/ticketNumbers.js';

describe('five-digit tickets', () => {
  it('are numbered without padding past 9999 and keep four digits below it', () => {
    expect(numberRequest('A03', '2026-11-28', 10_042, '7KQ2A1')).toEqual({
      ticket: 'A03-1128-10042',
      lookupCode: 'A03-20261128-10042-7KQ2A1',
    });
    expect(numberRequest('A03', '2026-11-28', 99_999).ticket).toBe('A03-1128-99999');
    expect(numberRequest('A03', '2026-11-28', 9_999).ticket).toBe('A03-1128-9999');
  });

  it('are found from the QR code, the look-up code, the ticket and its nine digits', () => {
    expect(parseTicketQuery('A03-20261128-10042-7KQ2A1-0123Z08Z89', 'A03')).toEqual({
      kind: 'qr',
      lookupCode: 'A03-20261128-10042-7KQ2A1',
      secret: '0123Z08Z89',
    });
    expect(parseTicketQuery('A03-20261128-10042-7KQ2A1', 'A03')).toEqual({
      kind: 'lookup',
      lookupCode: 'A03-20261128-10042-7KQ2A1',
    });
    expect(parseTicketQuery('A03-20261128-10042', 'A03')).toEqual({
      kind: 'lookup',
      lookupCode: 'A03-20261128-10042',
    });
    expect(parseTicketQuery('a03-1128-10042', 'B01')).toEqual({
      kind: 'ticket',
      ticket: 'A03-1128-10042',
    });
    expect(parseTicketQuery('1128 10042', 'C07')).toEqual({
      kind: 'ticket',
      ticket: 'C07-1128-10042',
    });
    // Eight digits stay a four-digit ticket.
    expect(parseTicketQuery('11281004', 'A03')).toEqual({
      kind: 'ticket',
      ticket: 'A03-1128-1004',
    });
  });

  it('never start with 0, so a mistyped ninth digit is not a ticket', () => {
    for (const bad of ['112800421', 'A03-1128-00421', 'A03-20261128-00421', '1128100420']) {
      expect(() => parseTicketQuery(bad, 'A03'), bad).toThrow(KioskError);
    }
  });
});
