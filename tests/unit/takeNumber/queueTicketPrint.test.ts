// The queue ticket prints its number large: the document asks for 4× width and height, the
// ESC/POS codec sends GS ! 0x33 before the number (and back to 1× after), the virtual printer
// decodes that line at 4×4, and the preview draws it scaled. The wait is marked 约 when estimated,
// and the window line is there in every language.
import { describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../hardware/printer/document/paper.js';
import { renderReceipt } from '../../../hardware/printer/escpos/renderReceipt.js';
import { receiptLines } from '../../../hardware/printer/virtual/decodedReceipt.js';
import { renderReceiptHtml } from '../../../hardware/printer/virtual/receiptHtml.js';
import { VirtualPrinter } from '../../../hardware/printer/virtual/virtualPrinter.js';
import {
  type QueueTicketFacts,
  buildQueueTicket,
  numberMagnification,
} from '../../../electron/services/receipts/queueTicket.js';

const facts: QueueTicketFacts = {
  language: 'zh-CN',
  centreName: '幸福里社区服务中心',
  number: 'BP02-A03',
  serviceName: { 'zh-CN': '民政救助', 'zh-TW': '民政救助', en: 'Civil affairs' },
  window: '2',
  priority: true,
  localTime: '2026-12-01 09:05',
  waitingAhead: 3,
  estimated: true,
  issuedOffline: true,
};

const printed = (bytes: Buffer) => {
  const printer = new VirtualPrinter();
  printer.receive(bytes);
  const [receipt] = printer.receipts;
  if (!receipt) throw new Error('nothing printed');
  return receipt;
};

describe('the queue ticket', () => {
  it('prints the number four times as wide and tall, on 58 mm paper too', () => {
    const bytes = renderReceipt(buildQueueTicket(facts), { paper: paper58 });
    const sizeFour = Buffer.from([0x1d, 0x21, 0x33]);
    expect(bytes.includes(Buffer.concat([sizeFour]))).toBe(true);
    const receipt = printed(bytes);
    const line = receiptLines(receipt).find((l) => l.text.includes('BP02-A03'));
    expect(line).toMatchObject({
      text: 'BP02-A03',
      width: 4,
      height: 4,
      bold: true,
      align: 'center',
    });
    const lines = receiptLines(receipt).map((l) => l.text);
    expect(lines).toContain('优先号');
    expect(lines.join('')).toContain('前面约 3 人(估计)');
    expect(lines.join('')).toContain('到 2 号窗口办理');
    expect(renderReceiptHtml(receipt, { paper: paper58 })).toContain('transform:scale(4,4)');
  });

  it('says the wait plainly when the centre gave it, in English too', () => {
    const english = { ...facts, language: 'en' as const, estimated: false, priority: false };
    const lines = receiptLines(
      printed(renderReceipt(buildQueueTicket({ ...english, number: 'B017' }), { paper: paper80 })),
    ).map((l) => l.text);
    expect(lines).toContain('B017');
    expect(lines.join(' ')).toContain('3 ahead of you');
    expect(lines.join(' ')).toContain('window 2');
    expect(lines.join(' ')).not.toContain('estimate');
  });

  it('shrinks only a number too long for the narrowest paper', () => {
    expect(numberMagnification('B017')).toBe(4);
    expect(numberMagnification('BP02-A03')).toBe(4);
    expect(numberMagnification('BP1234-A03')).toBe(3);
  });
});
