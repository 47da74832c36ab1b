import { describe, expect, it } from 'vitest';
import { ReceiptContentError } from '../../../../hardware/printer/document/idNumberGuard.js';
import { LayoutError } from '../../../../hardware/printer/document/lineWrap.js';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { ReceiptBuilder } from '../../../../hardware/printer/document/receiptBuilder.js';
import { keep } from '../../../../hardware/printer/document/receiptDocument.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import { assertNoIdNumber } from './support/idNumberScan.js';

const hex = (bytes: Buffer): string => bytes.toString('hex');

describe('rendering a document to ESC/POS', () => {
  it('produces exactly the expected bytes for a small receipt', () => {
    const document = new ReceiptBuilder()
      .text('社区', { align: 'center', bold: true, width: 2, height: 2 })
      .text('¥1')
      .separator('=')
      .feed(2)
      .cut()
      .build();
    const bytes = renderReceipt(document, { paper: paper58 });
    assertNoIdNumber(bytes);
    expect(hex(bytes)).toBe(
      [
        '1b40', // ESC @
        '1c26', // FS &
        '1d2111', // GS ! 2×2
        '1b4501', // ESC E 1
        '1b6101', // ESC a 1
        'c9e7c7f8', // 社区 in GB18030
        '0a',
        '1d2100', // back to 1×1
        '1b4500',
        '1b6100',
        'a3a431', // ￥1
        '0a',
        '3d'.repeat(32), // 32 × "="
        '0a',
        '1b6402', // ESC d 2
        '1d564200', // GS V 66 0
      ].join(''),
    );
  });

  it('sends a style only when it changes', () => {
    const bytes = renderReceipt(
      new ReceiptBuilder().text('a', { bold: true }).text('b', { bold: true }).build(),
      { paper: paper58 },
    );
    expect(hex(bytes).split('1b4501')).toHaveLength(2);
  });

  it('frames the QR code with model 2, module size, level M, data and print, plus quiet zones', () => {
    const bytes = renderReceipt(new ReceiptBuilder().qr('K7Q4-2M9X').build(), { paper: paper58 });
    expect(hex(bytes)).toBe(
      [
        '1b40',
        '1c26',
        '1b6101', // QR centred by default
        '1b4a18', // ESC J 24: 4 modules × 6 dots of quiet zone
        '1d286b040031413200',
        '1d286b0300314306',
        '1d286b0300314531',
        '1d286b0c00315030' + Buffer.from('K7Q4-2M9X').toString('hex'),
        '1d286b0300315130',
        '1b4a18',
        '1d564200', // build() ends the receipt with a cut
      ].join(''),
    );
  });

  it('stores a QR payload as UTF-8', () => {
    const bytes = renderReceipt(new ReceiptBuilder().qr('查询').build(), { paper: paper58 });
    expect(bytes.includes(Buffer.from('查询', 'utf8'))).toBe(true);
  });

  it('cuts only at the start of a line', () => {
    for (const document of [
      new ReceiptBuilder().text('x').build(),
      new ReceiptBuilder().qr('abc').build(),
      new ReceiptBuilder().row('a', 'b').feed().build(),
    ]) {
      const bytes = renderReceipt(document, { paper: paper80 });
      const cutAt = bytes.lastIndexOf(Buffer.from([0x1d, 0x56]));
      const before = bytes.subarray(0, cutAt);
      const endsLine =
        before.at(-1) === 0x0a ||
        hex(before.subarray(-3)).startsWith('1b4a') ||
        hex(before.subarray(-3)).startsWith('1b64');
      expect(endsLine).toBe(true);
    }
  });

  it('uses the paper width: 32 separator characters on 58 mm, 48 on 80 mm', () => {
    const doc = new ReceiptBuilder().separator().build();
    expect(
      renderReceipt(doc, { paper: paper58 }).includes(Buffer.from('-'.repeat(32) + '\n')),
    ).toBe(true);
    expect(
      renderReceipt(doc, { paper: paper80 }).includes(Buffer.from('-'.repeat(48) + '\n')),
    ).toBe(true);
    expect(renderReceipt(doc, { paper: paper58 }).includes(Buffer.from('-'.repeat(33)))).toBe(
      false,
    );
  });

  it('validates the document', () => {
    expect(() =>
      renderReceipt({ blocks: [{ kind: 'text', segments: ['x'], width: 9 }] }, { paper: paper58 }),
    ).toThrow();
    expect(() =>
      renderReceipt({ blocks: [{ kind: 'qr', payload: '' }] }, { paper: paper58 }),
    ).toThrow();
    expect(() =>
      renderReceipt({ blocks: [{ kind: 'nope' }] } as never, { paper: paper58 }),
    ).toThrow();
  });

  it('refuses a keep-together run that cannot fit at the requested size', () => {
    const document = new ReceiptBuilder().text(keep('13800138000'), { width: 4 }).build();
    expect(() => renderReceipt(document, { paper: paper58 })).toThrow(LayoutError);
    expect(() => renderReceipt(document, { paper: paper80 })).not.toThrow();
  });

  it('refuses to print an ID number in text, rows or QR payloads, without echoing it', () => {
    const id = '11010519491231002X';
    const attempts = [
      new ReceiptBuilder().text(`身份证 ${id}`).build(),
      new ReceiptBuilder().row('证件', keep(id.replace(/(\d{6})(\d{8})/u, '$1 $2 '))).build(),
      new ReceiptBuilder().text('１１０１０５１９４９１２３１００２Ｘ').build(),
      new ReceiptBuilder().qr(`https://x.example/?id=${id}`).build(),
    ];
    for (const document of attempts) {
      expect(() => renderReceipt(document, { paper: paper58 })).toThrow(ReceiptContentError);
      try {
        renderReceipt(document, { paper: paper58 });
      } catch (error) {
        expect(String(error)).not.toContain('1949');
      }
    }
  });
});
