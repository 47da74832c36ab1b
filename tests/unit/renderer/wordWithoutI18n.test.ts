// The page's last resort, the screen shown when it cannot start, reads its words from the same
// resources as every other screen, without i18next (which may be what failed).
import { describe, expect, it } from 'vitest';
import { wordWithoutI18n } from '../../../renderer/src/i18n/i18n.js';
import en from '../../../locales/en.json' with { type: 'json' };
import zhCN from '../../../locales/zh-CN.json' with { type: 'json' };

describe('a word without i18next', () => {
  it('is the resource text of the language asked for', () => {
    expect(wordWithoutI18n('zh-CN', 'app.cannotStart')).toBe(zhCN.app.cannotStart);
    expect(wordWithoutI18n('en', 'app.cannotStart')).toBe(en.app.cannotStart);
    expect(wordWithoutI18n('en', 'app.cannotStart')).not.toBe(zhCN.app.cannotStart);
  });

  it('is the key itself for a path that names no text', () => {
    expect(wordWithoutI18n('en', 'app.noSuchWord')).toBe('app.noSuchWord');
    expect(wordWithoutI18n('en', 'app')).toBe('app');
  });
});
