// The page's t, bound once per language, remembers the plain words it looked up; words with
// options (counts, names put in) are looked up every time, and read the same as i18next's own.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n/i18n.js';
import { rememberPlainWords } from '../../../renderer/src/i18n/rememberPlainWords.js';
import en from '../../../locales/en.json' with { type: 'json' };

describe('the page t', () => {
  it('says what i18next says, plain or with options', async () => {
    const i18n = await createI18n('en');
    const fixed = i18n.getFixedT('en');
    const t = rememberPlainWords(fixed);
    expect(t('common.done')).toBe(en.common.done);
    expect(t('common.done')).toBe(fixed('common.done'));
    expect(t('pager.where', { page: 3 })).toBe(fixed('pager.where', { page: 3 }));
    expect(t('pager.where', { page: 3 })).toContain('3');
    expect(t('app.noSuchWord')).toBe('app.noSuchWord');
  });

  it('looks a plain word up once, and one with options each time', () => {
    const looked: unknown[][] = [];
    const fixed = ((...args: unknown[]) => {
      looked.push(args);
      return `words ${looked.length}`;
    }) as unknown as Parameters<typeof rememberPlainWords>[0];
    const t = rememberPlainWords(fixed);
    expect(t('a.key')).toBe('words 1');
    expect(t('a.key')).toBe('words 1');
    expect(t('a.key', { count: 2 })).toBe('words 2');
    expect(t('a.key', { count: 2 })).toBe('words 3');
    expect(looked).toEqual([['a.key'], ['a.key', { count: 2 }], ['a.key', { count: 2 }]]);
  });
});
