// The reprint mark on paper: first thing on the receipt, in its language and in Chinese, the
// time kept whole; the kept document otherwise unchanged; a kept document that no longer reads
// as a receipt is refused rather than printed half right.
import { describe, expect, it } from 'vitest';
import { ReceiptBuilder } from '../../../hardware/printer/index.js';
import {
  markedReprint,
  reprintMarkLines,
} from '../../../electron/services/receipts/reprintMark.js';

const kept = new ReceiptBuilder()
  .text('幸福里社区服务中心', { align: 'center', bold: true })
  .qr('A03-20261128-0042')
  .cut()
  .build();

describe('the reprint mark', () => {
  it('is one line in Chinese for a Chinese receipt, the time kept on one line', () => {
    expect(
      reprintMarkLines({ language: 'zh-CN', staffName: '王丽', localTime: '2026-11-28 09:30' }),
    ).toEqual([['补打 · 工作人员 王丽 · ', { keep: '2026-11-28 09:30' }]]);
  });

  it('adds Chinese under the receipt’s own language', () => {
    const lines = reprintMarkLines({ language: 'zh-TW', staffName: '王麗', localTime: 't' });
    expect(lines.map((line) => line[0])).toEqual([
      '補打 · 工作人員 王麗 · ',
      '补打 · 工作人员 王麗 · ',
    ]);
  });

  it('goes on top of the kept document, which is otherwise printed as it was', () => {
    const marked = markedReprint(kept, {
      language: 'en',
      staffName: 'Wang Li',
      localTime: '2026-11-28 09:30',
    });
    expect(marked.blocks.slice(0, 3)).toMatchObject([
      { kind: 'text', segments: ['REPRINT · staff Wang Li · ', { keep: '2026-11-28 09:30' }] },
      { kind: 'text', segments: ['补打 · 工作人员 Wang Li · ', { keep: '2026-11-28 09:30' }] },
      { kind: 'separator', char: '*' },
    ]);
    expect(marked.blocks.slice(3)).toEqual(kept.blocks);
  });

  it('refuses a kept document that is not a receipt', () => {
    expect(() =>
      markedReprint(
        { blocks: [{ kind: 'ink' }] },
        { language: 'zh-CN', staffName: '王丽', localTime: 't' },
      ),
    ).toThrow();
  });
});
