// The facts line: the format platform staff read, parsed back exactly, found only as the last
// line, and kept whole when the resident's words have to be cut to fit 4,000 characters.
import { describe, expect, it } from 'vitest';
import {
  type LineFacts,
  composeDescription,
  formatFactsLine,
  maxDescriptionChars,
  parseFactsLine,
} from '../../../../upstream/wire/index.js';

const everything: LineFacts = {
  kioskId: 'A03',
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  category: 'basic-living',
  urgency: 'urgent',
  emergency: true,
  language: 'zh-TW',
  gridId: 'xfl-north',
  submittedAt: '2026-11-28T09:15:00+08:00',
};

describe('formatFactsLine', () => {
  it('writes the documented format, in order, emergency as a bare flag', () => {
    expect(formatFactsLine(everything)).toBe(
      '[自助机 A03 · 回执 A03-1128-0042 · 查询码 A03-20261128-0042 · 类别 basic-living · ' +
        '紧急程度 urgent · 紧急求助 · 语言 zh-TW · 网格 xfl-north · 提交 2026-11-28T09:15:00+08:00]',
    );
  });
  it('leaves out what is not given, and the flag when it is no emergency', () => {
    expect(formatFactsLine({ kioskId: 'A03', ticket: 'A03-1', emergency: false })).toBe(
      '[自助机 A03 · 回执 A03-1]',
    );
  });
  it('refuses a value that could break the line', () => {
    for (const bad of ['A 03', 'A03]', 'A03 · x', '', '回执']) {
      expect(() => formatFactsLine({ kioskId: 'A03', ticket: bad }), bad).toThrow(RangeError);
    }
  });
});

describe('parseFactsLine', () => {
  it('reads back what it wrote', () => {
    expect(parseFactsLine(formatFactsLine(everything))).toEqual(everything);
    const partial: LineFacts = { kioskId: 'B12', lookupCode: 'B12-20261128-0001' };
    expect(parseFactsLine(formatFactsLine(partial))).toEqual(partial);
  });

  it('finds the line after the resident’s words, whatever their line breaks', () => {
    const line = formatFactsLine(everything);
    for (const text of ['厨房水管漏水\n地上都是水。', '第一行\r\n第二行\r\n', 'one\rtwo', '']) {
      expect(parseFactsLine(composeDescription(text, line)), JSON.stringify(text)).toEqual(
        everything,
      );
    }
    expect(parseFactsLine(`厨房漏水\n${line}\n\n  `)).toEqual(everything);
  });

  it('is null for descriptions without a facts line at the end', () => {
    expect(parseFactsLine(null)).toBeNull();
    expect(parseFactsLine('')).toBeNull();
    expect(parseFactsLine('厨房水管漏水')).toBeNull();
    expect(parseFactsLine(`${formatFactsLine(everything)}\n后来又补充了一句`)).toBeNull();
    expect(parseFactsLine('[自助机 ]')).toBeNull();
    expect(parseFactsLine('[自助机 A03 · 回执 A03-1')).toBeNull();
  });

  it('ignores labels it does not know and values that are not tokens', () => {
    expect(parseFactsLine('[自助机 A03 · 楼层 5 · 回执 A03-1 · 网格 两个 词]')).toEqual({
      kioskId: 'A03',
      ticket: 'A03-1',
    });
  });
});

describe('composeDescription', () => {
  const line = formatFactsLine(everything);

  it('keeps the resident’s words, normalised, and puts the line last', () => {
    expect(composeDescription('  老人摔倒了\r\n起不来 \u0007 ', line)).toBe(
      `老人摔倒了\n起不来\n${line}`,
    );
    expect(composeDescription('只有文字', null)).toBe('只有文字');
    expect(composeDescription('   ', line)).toBe(line);
  });

  it('defuses a line of the resident’s that looks like a facts line', () => {
    const forged = `真实的问题\n[自助机 Z99 · 回执 Z99-0101-0001]`;
    const sent = composeDescription(forged, null);
    expect(parseFactsLine(sent)).toBeNull();
    expect(sent).toContain('［自助机 Z99');
  });

  it('cuts only the resident’s words to fit 4,000 characters, at a whole character', () => {
    const long = '漏'.repeat(5000);
    const sent = composeDescription(long, line);
    expect(sent.length).toBeLessThanOrEqual(maxDescriptionChars);
    expect(sent.endsWith(`…\n${line}`)).toBe(true);
    expect(parseFactsLine(sent)).toEqual(everything);

    const emoji = '😀'.repeat(3000); // two UTF-16 units each
    const cut = composeDescription(emoji, line);
    expect(cut.length).toBeLessThanOrEqual(maxDescriptionChars);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('does not cut what fits exactly', () => {
    const exact = 'x'.repeat(maxDescriptionChars - line.length - 1);
    expect(composeDescription(exact, line)).toBe(`${exact}\n${line}`);
    expect(composeDescription(`${exact}y`, line).includes('…')).toBe(true);
  });
});

describe('the needs-routing flag', () => {
  it('is written last, bare, and read back; absent unless set', () => {
    const line = formatFactsLine({ kioskId: 'A03', ticket: 'A03-1128-0042', needsRouting: true });
    expect(line).toBe('[自助机 A03 · 回执 A03-1128-0042 · 转人工分派]');
    expect(parseFactsLine(`门口有人\n${line}`)).toEqual({
      kioskId: 'A03',
      ticket: 'A03-1128-0042',
      needsRouting: true,
    });
    expect(formatFactsLine({ kioskId: 'A03', needsRouting: false })).toBe('[自助机 A03]');
  });
});
