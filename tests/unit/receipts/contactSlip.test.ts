// The contact slip as the printer receives it: rendered for both papers and decoded back by the
// virtual printer. The hotline, hours, address, grid worker and service points in the chosen
// language, a QR code whose tel: link rings the grid worker (or the hotline), nothing wider than
// the paper, and a cut at the end.
import { describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../hardware/printer/document/paper.js';
import { displayColumns } from '../../../hardware/printer/document/printableText.js';
import { renderReceipt } from '../../../hardware/printer/escpos/renderReceipt.js';
import {
  type DecodedReceipt,
  receiptLines,
  receiptQrCodes,
  receiptText,
  unknownItems,
} from '../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../hardware/printer/virtual/virtualPrinter.js';
import {
  type ContactSlipFacts,
  buildContactSlip,
  telLink,
} from '../../../electron/services/receipts/contactSlip.js';

const facts = (overrides: Partial<ContactSlipFacts> = {}): ContactSlipFacts => ({
  language: 'zh-CN',
  centreName: '幸福里社区服务中心',
  hotline: '010-65781234',
  hoursText: '周一至周五 08:30–12:00、13:30–17:30；周六 09:00–12:00',
  address: '北京市朝阳区幸福里路8号（幸福里小区6号楼旁）',
  grid: { name: '第一网格（幸福里北区）', workerName: '王秀英', phone: '13520418836' },
  servicePoints: [
    {
      name: '幸福里北区物业服务站',
      address: '幸福里小区2号楼底商',
      phone: '010-65781301',
      hoursText: '周一至周日 08:00–20:00',
    },
  ],
  call: 'grid-worker',
  ...overrides,
});

function printed(slip: ContactSlipFacts, paper = paper58): DecodedReceipt {
  const printer = new VirtualPrinter();
  printer.receive(renderReceipt(buildContactSlip(slip), { paper }));
  const [receipt] = printer.receipts;
  if (!receipt) throw new Error('nothing decoded');
  expect(printer.receipts).toHaveLength(1);
  return receipt;
}

describe('the contact slip', () => {
  it.each([paper58, paper80])(
    'fits $widthMm mm paper, decodes cleanly and ends with a cut',
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

  it('prints the hotline, hours, address, the grid worker and the service points', () => {
    const receipt = printed(facts());
    const text = receiptText(receipt);
    // A long line wraps at the paper's edge; the words are read across the lines.
    const flowing = text.replace(/\s+/g, '');
    // Each opening time stays whole on one line.
    const lines = receiptLines(receipt).map((line) => line.text);
    for (const time of ['08:30–12:00', '13:30–17:30', '09:00–12:00', '08:00–20:00'])
      expect(
        lines.some((line) => line.includes(time)),
        time,
      ).toBe(true);
    expect(text).toContain('幸福里社区服务中心');
    expect(text).toContain('联系单');
    expect(text).toMatch(/服务热线\s+010-65781234/);
    expect(flowing).toContain('周一至周五08:30–12:00、13:30–17:30；周六09:00–12:00');
    expect(flowing).toContain('幸福里路8号');
    expect(text).toContain('网格员: 王秀英');
    expect(text).toContain('13520418836');
    expect(text).toContain('1. 幸福里北区物业服务站');
    expect(text).toContain('010-65781301');
    expect(flowing).toContain('用手机扫码，拨打网格员王秀英的电话');
  });

  it('rings the grid worker from its QR code, or the hotline when asked or without a grid', () => {
    const qr = (slip: ContactSlipFacts) =>
      receiptQrCodes(printed(slip)).map((code) => code.payload);
    expect(qr(facts())).toEqual(['tel:13520418836']);
    expect(qr(facts({ call: 'hotline' }))).toEqual(['tel:01065781234']);
    const centreOnly = facts({ grid: null, servicePoints: [] });
    expect(qr(centreOnly)).toEqual(['tel:01065781234']);
    const text = receiptText(printed(centreOnly));
    expect(text).toContain('用手机扫码，拨打服务热线');
    expect(text).not.toContain('网格员');
  });

  it('leaves out hours and address the kiosk does not know, and writes English for English', () => {
    const text = receiptText(
      printed(
        facts({
          language: 'en',
          hoursText: null,
          address: null,
          centreName: 'Centre: 向阳社区服务中心',
        }),
      ),
    );
    expect(text).toContain('Contact slip');
    expect(text).toMatch(/Hotline\s+010-65781234/);
    expect(text).not.toContain('Hours');
    expect(text).not.toContain('Address');
    expect(text).toContain('Grid worker: 王秀英');
  });

  it('makes tel: links of digits only', () => {
    expect(telLink('010-6578-1234')).toBe('tel:01065781234');
    expect(telLink('12345')).toBe('tel:12345');
  });
});
