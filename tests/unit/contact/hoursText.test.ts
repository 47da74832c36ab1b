// Opening hours in words, the same on the screen and on the contact slip: runs of days read as
// "周一至周五", slots on the same days read together, Monday first, every language.
import { describe, expect, it } from 'vitest';
import { hoursText, hoursTextIn } from '../../../electron/services/contact/hoursText.js';
import { demoCentre } from '../../../demo/community/centre.js';

describe('hoursText', () => {
  it('reads the demo centre’s week in each language', () => {
    expect(hoursText(demoCentre.hours)).toEqual({
      'zh-CN': '周一至周五 08:30–12:00、13:30–17:30；周六 09:00–12:00',
      'zh-TW': '週一至週五 08:30–12:00、13:30–17:30；週六 09:00–12:00',
      en: 'Mon–Fri 08:30–12:00 and 13:30–17:30; Sat 09:00–12:00',
    });
  });

  it('puts Sunday last, pairs two days and lists days that do not run', () => {
    const week = (days: number[]) =>
      hoursTextIn(
        { alwaysOpen: false, weekly: [{ days, open: '09:00', close: '17:00' }] },
        'zh-CN',
      );
    expect(week([0, 1, 2, 3, 4, 5, 6])).toBe('周一至周日 09:00–17:00');
    expect(week([6, 0])).toBe('周六、周日 09:00–17:00');
    expect(week([1, 3, 5])).toBe('周一、周三、周五 09:00–17:00');
  });

  it('says always open, and says when the centre gave no hours', () => {
    expect(hoursTextIn({ alwaysOpen: true, weekly: [] }, 'en')).toBe('Open 24 hours');
    expect(hoursTextIn({ alwaysOpen: false, weekly: [] }, 'zh-CN')).toBe('开放时间请问服务中心');
  });
});
