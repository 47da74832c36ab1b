import { describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { ReceiptBuilder } from '../../../../hardware/printer/document/receiptBuilder.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import type { DecodedReceipt } from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { renderReceiptHtml } from '../../../../hardware/printer/virtual/receiptHtml.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { lookUpCode, serviceRequestReceipt } from './support/sampleReceipts.js';

function decoded(paper = paper58): DecodedReceipt {
  const printer = new VirtualPrinter();
  printer.receive(renderReceipt(serviceRequestReceipt(), { paper }));
  const receipt = printer.lastReceipt;
  if (!receipt) throw new Error('nothing decoded');
  return receipt;
}

describe('receipt preview HTML', () => {
  it('is one self-contained page at the paper width', () => {
    const html = renderReceiptHtml(decoded(), { paper: paper58 });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('width:32ch');
    expect(html).not.toMatch(/<(script|link|img)\b/u);
    expect(html).not.toMatch(/(src|href)=/u);
    expect(renderReceiptHtml(decoded(paper80), { paper: paper80 })).toContain('width:48ch');
  });

  it('shows each character in its columns: Chinese two, Latin one, times the width', () => {
    const html = renderReceiptHtml(decoded(), { paper: paper58 });
    expect(html).toContain('<span class="c" style="width:2ch">受</span>');
    expect(html).toContain('<span class="c b" style="width:1ch">A</span>');
    expect(html).toMatch(
      /<span class="c b" style="width:3ch"><span class="g" style="transform:scale\(3,3\)">A<\/span>/u,
    );
    expect(html).toContain('justify-content:center');
  });

  it('draws the QR code as an SVG and shows its payload', () => {
    const html = renderReceiptHtml(decoded(), { paper: paper58 });
    expect(html).toMatch(/<svg class="qr"[^>]*viewBox="-4 -4 37 37"/u); // version 3: 29 + 8 modules
    expect(html).toContain(`<div class="qr-payload">${lookUpCode}</div>`);
  });

  it('escapes text so decoded content cannot inject markup', () => {
    const printer = new VirtualPrinter();
    printer.receive(
      renderReceipt(new ReceiptBuilder().text('<script>alert("x")</script>&').qr('"><b>').build(), {
        paper: paper58,
      }),
    );
    const html = renderReceiptHtml(printer.lastReceipt as DecodedReceipt, {
      paper: paper58,
      title: '<t>',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"><b>');
    expect(html).toContain('&#60;');
    expect(html).toContain('<title>&#60;t&#62;</title>');
  });

  it('marks the cut and unknown commands', () => {
    const printer = new VirtualPrinter();
    printer.receive(Buffer.from([0x1b, 0x99, 0x41, 0x0a, 0x1d, 0x56, 0x00]));
    const html = renderReceiptHtml(printer.lastReceipt as DecodedReceipt, { paper: paper58 });
    expect(html).toContain('class="cut"');
    expect(html).toContain('unknown command 1b99');
  });
});
