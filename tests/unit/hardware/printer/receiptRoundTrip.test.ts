// Whole receipts rendered for each paper and decoded back by the virtual printer.
import { describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { displayColumns } from '../../../../hardware/printer/document/printableText.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import {
  receiptLines,
  receiptQrCodes,
  receiptText,
  unknownItems,
  type DecodedReceipt,
} from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { assertNoIdNumber } from './support/idNumberScan.js';
import { lookUpCode, sampleReceipts } from './support/sampleReceipts.js';

const papers = [paper58, paper80] as const;

function printAndDecode(name: keyof typeof sampleReceipts, paper: typeof paper58): DecodedReceipt {
  const bytes = renderReceipt(sampleReceipts[name](), { paper });
  assertNoIdNumber(bytes, `${name} on ${paper.widthMm} mm`);
  const printer = new VirtualPrinter();
  printer.receive(bytes);
  expect(printer.receipts).toHaveLength(1);
  expect(printer.pending.items).toEqual([]);
  const [receipt] = printer.receipts;
  if (!receipt) throw new Error('no receipt decoded');
  return receipt;
}

describe.each(papers)('receipts on $widthMm mm paper', (paper) => {
  it.each(Object.keys(sampleReceipts) as (keyof typeof sampleReceipts)[])(
    '%s: no line wider than the paper, nothing unknown, ends with a cut',
    (name) => {
      const receipt = printAndDecode(name, paper);
      for (const line of receiptLines(receipt)) {
        expect(displayColumns(line.text) * line.width, line.text).toBeLessThanOrEqual(
          paper.columns,
        );
      }
      expect(unknownItems(receipt)).toEqual([]);
      expect(receipt.warnings).toEqual([]);
      expect(receipt.items.at(-1)?.kind).toBe('cut');
    },
  );

  it('round-trips Chinese text through GB18030 with its styles', () => {
    const receipt = printAndDecode('serviceRequestReceipt', paper);
    const lines = receiptLines(receipt);
    // Nine characters at double width: one line on 80 mm, two on 58 mm (8 a line).
    const title = lines.filter((line) => line.width === 2);
    expect(title.map((line) => line.text).join('')).toBe('幸福里社区服务中心');
    expect(title).toHaveLength(paper.columns === 32 ? 2 : 1);
    for (const line of title)
      expect(line).toMatchObject({ height: 2, bold: true, align: 'center' });
    expect(lines[title.length]).toMatchObject({
      text: '服务申请回执',
      width: 1,
      bold: true,
      align: 'center',
    });
    const text = receiptText(receipt);
    expect(text).toContain('张*明');
    expect(text).toContain('老年人优待证办理');
    expect(text).toContain('￥0.00'); // ¥ went out full-width
    expect(text).not.toContain('¥');
  });

  it('prints the ticket number large and whole', () => {
    const lines = receiptLines(printAndDecode('serviceRequestReceipt', paper));
    expect(lines).toContainEqual(
      expect.objectContaining({
        text: 'A03-0012',
        width: 3,
        height: 3,
        bold: true,
        align: 'center',
      }),
    );
    const row = lines.find((line) => line.text.startsWith('受理编号'));
    expect(row?.text.endsWith('A03-0012')).toBe(true);
    expect(displayColumns(row?.text ?? '')).toBe(paper.columns);
  });

  it('carries the QR payload exactly, as model 2 at level M with 6-dot modules', () => {
    const qrCodes = receiptQrCodes(printAndDecode('serviceRequestReceipt', paper));
    expect(qrCodes).toEqual([
      {
        kind: 'qr',
        payload: lookUpCode,
        model: 2,
        moduleSize: 6,
        errorCorrection: 'M',
        align: 'center',
      },
    ]);
    expect(receiptQrCodes(printAndDecode('englishStatusSlip', paper))[0]).toMatchObject({
      payload: 'K7Q4-2M9X',
      errorCorrection: 'Q',
    });
  });

  it('never splits a phone number across lines', () => {
    const phones: Record<string, string[]> = {
      serviceRequestReceipt: ['010-6512-3456', '138 0013 8000', '(010)87654321'],
      englishStatusSlip: ['010-6512-3456', '+86 139 1234 5678'],
      emergencyReceipt: ['13800138000'],
    };
    for (const [name, numbers] of Object.entries(phones)) {
      const lines = receiptLines(printAndDecode(name as keyof typeof sampleReceipts, paper)).map(
        (l) => l.text,
      );
      for (const phone of numbers) {
        expect(
          lines.some((line) => line.includes(phone)),
          `${name}: ${phone} in ${lines.join(' | ')}`,
        ).toBe(true);
      }
    }
  });

  it('ends with the requested cut', () => {
    expect(printAndDecode('serviceRequestReceipt', paper).items.at(-1)).toEqual({
      kind: 'cut',
      mode: 'partial',
      feedDots: 0,
    });
    expect(printAndDecode('englishStatusSlip', paper).items.at(-1)).toEqual({
      kind: 'cut',
      mode: 'full',
      feedDots: 0,
    });
  });
});

describe('several receipts in one stream', () => {
  it('splits at each cut', () => {
    const printer = new VirtualPrinter();
    for (const name of Object.keys(sampleReceipts) as (keyof typeof sampleReceipts)[]) {
      printer.receive(renderReceipt(sampleReceipts[name](), { paper: paper58 }));
    }
    expect(printer.receipts).toHaveLength(3);
    assertNoIdNumber(printer.receivedBytes);
    expect(receiptText(printer.receipts[2] as DecodedReceipt)).toContain('紧急求助已登记');
  });
});
