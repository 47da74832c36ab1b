// The digit pad takes a ticket's eight digits, or nine past a day's 9,999th request.
import { describe, expect, it } from 'vitest';
import { groupTicketDigits, isCompleteTicket } from '../../../renderer/src/format/ticket.js';

describe('tickets on the digit pad', () => {
  it('are grouped as printed and complete at eight digits, or nine not starting 0', () => {
    expect(groupTicketDigits('11280042')).toBe('1128 0042');
    expect(groupTicketDigits('112810042')).toBe('1128 10042');
    expect(isCompleteTicket('11280042')).toBe(true);
    expect(isCompleteTicket('112810042')).toBe(true);
    expect(isCompleteTicket('112800421')).toBe(false);
    expect(isCompleteTicket('1128004')).toBe(false);
  });
});
