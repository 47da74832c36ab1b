// Staff read each upload-queue entry by what it is: a request by its ticket, a rating with the
// ticket it rates, a survey's answer sheet as anonymous (never by its random id), and a kind a
// newer kiosk wrote by its name. Checked with the real zh-CN and en resources.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json' with { type: 'json' };
import zhCN from '../../../locales/zh-CN.json' with { type: 'json' };
import { queueEntryTitle } from '../../../renderer/src/staff/queue/queueWords.js';

async function translator(language: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('the heading of an upload-queue entry', () => {
  it('names each kind in plain words', async () => {
    const t = await translator('zh-CN');
    expect(queueEntryTitle(t, { kind: 'request', ticket: 'A03-1201-0042' })).toBe(
      '单号 A03-1201-0042',
    );
    expect(queueEntryTitle(t, { kind: 'rating', ticket: 'A03-1201-0042' })).toBe(
      '评价 · 单号 A03-1201-0042',
    );
    expect(queueEntryTitle(t, { kind: 'survey-answers', ticket: '5f1c…' })).toBe(
      '问卷答卷（不记名）',
    );
    expect(queueEntryTitle(t, { kind: 'booking', ticket: '#17' })).toBe('booking · #17');
    expect(queueEntryTitle(t, { kind: 'appointment', ticket: '0101-48291' })).toBe(
      '预约 0101-48291',
    );
    expect(queueEntryTitle(t, { kind: 'appointment-slot-taken', ticket: '0101-48291' })).toBe(
      '预约 0101-48291 时段已满：请联系居民',
    );
  });

  it('says it in English on the English screen', async () => {
    const t = await translator('en');
    expect(queueEntryTitle(t, { kind: 'survey-answers', ticket: 'x' })).toBe(
      'Survey answers (anonymous)',
    );
    expect(queueEntryTitle(t, { kind: 'rating', ticket: 'A03-1201-0042' })).toBe(
      'Rating · ticket A03-1201-0042',
    );
  });
});
