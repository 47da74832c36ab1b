// The booking receipt as the printer receives it: rendered for both papers and decoded back by
// the virtual printer, in each language. The booking code, the service, day and time, whether
// the centre has confirmed it ("waiting for confirmation" when booked offline), the hotline;
// nothing wider than the paper, a cut at the end, and no phone or name of the resident.
import { describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../hardware/printer/document/paper.js';
import { displayColumns } from '../../../hardware/printer/document/printableText.js';
import { renderReceipt } from '../../../hardware/printer/escpos/renderReceipt.js';
import {
  type DecodedReceipt,
  receiptLines,
  receiptText,
  unknownItems,
} from '../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../hardware/printer/virtual/virtualPrinter.js';
import {
  type BookingReceiptFacts,
  buildBookingReceipt,
} from '../../../electron/services/receipts/bookingReceipt.js';

const facts = (overrides: Partial<BookingReceiptFacts> = {}): BookingReceiptFacts => ({
  language: 'zh-CN',
  centreName: '幸福里社区服务中心',
  hotline: '010-65781234',
  code: '0101-48291',
  serviceName: '上门探访',
  homeVisit: true,
  date: '2026-12-01',
  start: '09:00',
  end: '11:00',
  confirmed: false,
  ...overrides,
});

function printed(receipt: BookingReceiptFacts, paper = paper58): DecodedReceipt {
  const printer = new VirtualPrinter();
  printer.receive(renderReceipt(buildBookingReceipt(receipt), { paper }));
  const [decoded] = printer.receipts;
  if (!decoded) throw new Error('nothing decoded');
  return decoded;
}

describe('the booking receipt', () => {
  it.each([paper58, paper80])(
    'fits $widthMm mm paper in every language and ends with a cut',
    (paper) => {
      for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
        const receipt = printed(facts({ language }), paper);
        for (const line of receiptLines(receipt))
          expect(displayColumns(line.text) * line.width, line.text).toBeLessThanOrEqual(
            paper.columns,
          );
        expect(unknownItems(receipt)).toEqual([]);
        expect(receipt.items.at(-1)?.kind).toBe('cut');
      }
    },
  );

  it('prints the code, the slot and "waiting for confirmation" until the centre confirms', () => {
    const waiting = receiptText(printed(facts())).replace(/\s+/g, '');
    expect(waiting).toContain('0101-48291');
    expect(waiting).toContain('上门探访');
    expect(waiting).toContain('2026-12-0109:00–11:00');
    expect(waiting).toContain('等待确认');
    expect(waiting).toContain('010-65781234');
    expect(waiting).not.toMatch(/1[3-9]\d{9}/);
    const confirmed = receiptText(printed(facts({ confirmed: true, language: 'en' })));
    expect(confirmed).toContain('Confirmed by the centre');
    expect(confirmed).not.toContain('Waiting');
  });
});
