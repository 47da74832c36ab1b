// The kept formatters give each language its own words, and a bad timestamp is shown as it came.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../renderer/src/format/dateTime.js';

describe('formatDateTime / formatDate', () => {
  const iso = '2026-11-28T06:05:00.000Z';

  it('formats in the visit language, and the same each time', () => {
    const zh = formatDateTime(iso, 'zh-CN');
    const en = formatDateTime(iso, 'en');
    expect(zh).toMatch(/2026年11月28日/);
    expect(en).toMatch(/November/);
    expect(formatDateTime(iso, 'zh-CN')).toBe(zh);
    expect(formatDate(iso, 'en')).toMatch(/November/);
    expect(formatDate(iso, 'en')).not.toBe(en);
  });

  it('shows a timestamp it cannot read as it came', () => {
    expect(formatDateTime('not a date', 'zh-TW')).toBe('not a date');
    expect(formatDate('', 'en')).toBe('');
  });
});
