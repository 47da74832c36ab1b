// Opening hours are read in Asia/Shanghai whatever zone the kiosk's machine is set to, with
// lunch breaks, a close of 24:00 and hours that run past midnight.
import { afterEach, describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../contract/community.js';
import { createMatcher, isOpenAt, localTime } from '../../../electron/services/matching/index.js';
import {
  compileHours,
  isOpenDuring,
  timeNamed,
} from '../../../electron/services/matching/openingHours.js';
import { ask } from './demoMatcher.js';
import { resource } from './syntheticResources.js';

/** A Beijing wall-clock time as an instant (Beijing is UTC+8 all year, no daylight saving). */
const beijing = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

const officeHours: OpeningHours = {
  alwaysOpen: false,
  weekly: [
    { days: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:30' },
  ],
};

describe('localTime', () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it('reads the weekday and minute in Asia/Shanghai', () => {
    expect(localTime(new Date('2025-03-05T02:00:00Z'))).toEqual({ day: 3, minute: 600 });
  });

  it('crosses midnight with Beijing, not with UTC', () => {
    // Sunday 16:30 UTC is already Monday 00:30 in Beijing.
    expect(localTime(new Date('2025-03-02T16:30:00Z'))).toEqual({ day: 1, minute: 30 });
  });

  it('does not depend on the machine’s time zone', () => {
    const instant = new Date('2025-03-02T16:30:00Z');
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin']) {
      process.env.TZ = zone;
      expect(localTime(instant), zone).toEqual({ day: 1, minute: 30 });
    }
    // The zone switch did take effect: the machine-local weekday is still Sunday in Los Angeles.
    process.env.TZ = 'America/Los_Angeles';
    expect(instant.getDay()).toBe(0);
  });

  it('reads another zone when asked', () => {
    expect(localTime(new Date('2025-03-02T16:30:00Z'), 'UTC')).toEqual({ day: 0, minute: 990 });
  });

  it('rejects an invalid date', () => {
    expect(() => localTime(new Date(Number.NaN))).toThrow(TypeError);
  });
});

describe('isOpenAt', () => {
  it('follows office hours with a lunch break', () => {
    expect(isOpenAt(officeHours, beijing('2025-03-05T08:29'))).toBe(false);
    expect(isOpenAt(officeHours, beijing('2025-03-05T08:30'))).toBe(true);
    expect(isOpenAt(officeHours, beijing('2025-03-05T12:00'))).toBe(false);
    expect(isOpenAt(officeHours, beijing('2025-03-05T13:30'))).toBe(true);
    expect(isOpenAt(officeHours, beijing('2025-03-05T17:29'))).toBe(true);
    expect(isOpenAt(officeHours, beijing('2025-03-05T17:30'))).toBe(false);
    expect(isOpenAt(officeHours, beijing('2025-03-08T10:00'))).toBe(false); // Saturday
  });

  it('handles a close of 24:00', () => {
    const evening: OpeningHours = {
      alwaysOpen: false,
      weekly: [{ days: [1], open: '18:00', close: '24:00' }],
    };
    expect(isOpenAt(evening, beijing('2025-03-03T23:59'))).toBe(true); // Monday
    expect(isOpenAt(evening, beijing('2025-03-04T00:00'))).toBe(false); // Tuesday
    const wholeDay: OpeningHours = {
      alwaysOpen: false,
      weekly: [{ days: [3], open: '00:00', close: '24:00' }],
    };
    expect(isOpenAt(wholeDay, beijing('2025-03-05T00:00'))).toBe(true);
    expect(isOpenAt(wholeDay, beijing('2025-03-05T23:59'))).toBe(true);
    expect(isOpenAt(wholeDay, beijing('2025-03-06T00:00'))).toBe(false);
  });

  it('runs hours that close before they open past midnight, Saturday into Sunday', () => {
    const nights: OpeningHours = {
      alwaysOpen: false,
      weekly: [{ days: [6], open: '22:00', close: '06:00' }],
    };
    expect(isOpenAt(nights, beijing('2025-03-08T23:00'))).toBe(true); // Saturday night
    expect(isOpenAt(nights, beijing('2025-03-09T05:59'))).toBe(true); // Sunday morning
    expect(isOpenAt(nights, beijing('2025-03-09T06:00'))).toBe(false);
    expect(isOpenAt(nights, beijing('2025-03-07T23:00'))).toBe(false); // Friday night
  });

  it('is always open when alwaysOpen, never with no weekly hours', () => {
    expect(isOpenAt({ alwaysOpen: true, weekly: [] }, beijing('2025-03-09T03:00'))).toBe(true);
    expect(isOpenAt({ alwaysOpen: false, weekly: [] }, beijing('2025-03-05T10:00'))).toBe(false);
  });
});

describe('the matcher reads opening hours in the centre’s zone', () => {
  const nineToTen: OpeningHours = {
    alwaysOpen: false,
    weekly: [{ days: [3], open: '09:00', close: '10:00' }],
  };
  const resources = [resource('morning-desk', { hours: nineToTen })];

  it('is open at 09:30 Beijing (01:30 UTC) and closed at 17:30 Beijing (09:30 UTC)', () => {
    const matcher = createMatcher({ needs: [], resources });
    const at = (iso: string) => matcher.match(ask('basic-living', '', { at: new Date(iso) }), 1)[0];
    expect(at('2025-03-05T01:30:00Z')?.openNow).toBe(true);
    expect(at('2025-03-05T09:30:00Z')?.openNow).toBe(false);
  });

  it('can be told another zone', () => {
    const matcher = createMatcher({ needs: [], resources, timeZone: 'UTC' });
    const [match] = matcher.match(
      ask('basic-living', '', { at: new Date('2025-03-05T09:30:00Z') }),
      1,
    );
    expect(match?.openNow).toBe(true);
  });
});

describe('the time a need names', () => {
  const wednesdayTen = { day: 3, minute: 600 };
  const window = (text: string) => timeNamed(text, wednesdayTen);
  const at = (day: number, hour: number, minute = 0) => day * 1440 + hour * 60 + minute;

  it.each([
    ['周二下午有书法课吗', at(2, 13), at(2, 18)],
    ['星期三有手机课吗', at(3, 0), at(4, 0)],
    ['晚上六点以后还有哪儿能去', at(3, 18), at(3, 21)],
    ['is there anything on tuesday afternoon', at(2, 13), at(2, 18)],
    ['anything after 6', at(3, 18), at(3, 21)],
    ['孩子三点半放学', at(3, 15, 30), at(3, 16, 30)],
    ['明天早上', at(4, 8), at(4, 12)],
    ['周末想找人辅导', at(6, 0), at(8, 0)],
  ])('reads "%s" as a window of the week', (text, start, end) => {
    expect(window(text)).toEqual({ start, end });
  });

  it.each(['一周一次就行', '暖气一点都不热', '想学书法'])('finds no time in "%s"', (text) => {
    expect(window(text)).toBeNull();
  });

  it('is open during a window when any minute of it is open, across the week’s end', () => {
    const hours = compileHours({
      alwaysOpen: false,
      weekly: [{ days: [0], open: '09:00', close: '17:00' }],
    });
    expect(isOpenDuring(hours, { start: at(6, 0), end: at(8, 0) })).toBe(true);
    expect(isOpenDuring(hours, { start: at(2, 13), end: at(2, 18) })).toBe(false);
  });
});
