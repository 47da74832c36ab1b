// Opening hours are written in the centre's local time. The kiosk's clock may be set to any zone
// (or UTC), so the local weekday and minute are read through Intl in the centre's zone.
import type { OpeningHours } from '../../../contract/community.js';
import { smallNumber } from './smallNumbers.js';

export const centreTimeZone = 'Asia/Shanghai';

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;
const weekdays: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalTime {
  /** 0 = Sunday … 6 = Saturday, as the contract counts. */
  day: number;
  /** Minutes since local midnight. */
  minute: number;
}

export function localTime(at: Date, timeZone: string = centreTimeZone): LocalTime {
  if (Number.isNaN(at.getTime())) throw new TypeError('localTime: `at` is an invalid Date');
  let day = -1;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') day = weekdays[part.value] ?? -1;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (day < 0) throw new Error(`localTime: no weekday from Intl for zone ${timeZone}`);
  return { day, minute: (hour % 24) * 60 + minute };
}

export function minuteOfWeek(time: LocalTime): number {
  return time.day * minutesPerDay + time.minute;
}

/** Opening hours as half-open [start, end) minute-of-week intervals, checked with arithmetic. */
export type CompiledHours = 'always' | Int32Array;

function clockMinutes(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * A close at or before the opening time runs past midnight ("20:00–08:00" closes next morning;
 * "00:00–00:00" is the whole day). Saturday night wraps into Sunday morning.
 */
export function compileHours(hours: OpeningHours): CompiledHours {
  if (hours.alwaysOpen) return 'always';
  const bounds: number[] = [];
  for (const slot of hours.weekly) {
    const open = clockMinutes(slot.open);
    let close = clockMinutes(slot.close);
    if (close <= open) close += minutesPerDay;
    for (const day of new Set(slot.days)) {
      const start = day * minutesPerDay + open;
      const end = day * minutesPerDay + close;
      if (end <= minutesPerWeek) bounds.push(start, end);
      else bounds.push(start, minutesPerWeek, 0, end - minutesPerWeek);
    }
  }
  return Int32Array.from(bounds);
}

export function isOpenAtMinute(hours: CompiledHours, minute: number): boolean {
  if (hours === 'always') return true;
  for (let i = 0; i < hours.length; i += 2) {
    if ((hours[i] ?? 0) <= minute && minute < (hours[i + 1] ?? 0)) return true;
  }
  return false;
}

/** Whether the hours are open at an instant, read in the centre's zone. */
export function isOpenAt(
  hours: OpeningHours,
  at: Date,
  timeZone: string = centreTimeZone,
): boolean {
  return isOpenAtMinute(compileHours(hours), minuteOfWeek(localTime(at, timeZone)));
}

/** A stretch of the week, [start, end) in minutes of the week; end may pass the week's end. */
export interface WeekWindow {
  start: number;
  end: number;
}

const dayWords: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 0,
  天: 0,
  末: 6,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 0,
};
const englishDays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const namedDay = /(?:周|星期|礼拜)([一二三四五六日天末1-7])(?![次回遍])/u;
const englishDay = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend)s?\b/u;
const relativeDay = /(今天|明天|后天)/u;
/** Parts of the day as residents name them, as [from, to) clock hours. */
const partsOfDay: readonly [RegExp, number, number][] = [
  [/早上|早晨|上午|清早|\bmorning\b/u, 8, 12],
  [/中午|\bnoon\b|\blunchtime\b/u, 11, 14],
  [/下午|\bafternoon\b/u, 13, 18],
  [/傍晚|黄昏/u, 17, 19],
  [/晚上|夜里|晚间|\bevening\b|\btonight\b/u, 18, 22],
];
// Not 一点 as "a bit" (有一点, 一点都不热, 快一点); 十一 and 十二 before 十.
const clockHour =
  /(?<![有差好快慢多少早晚这那])(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*点(?![都也儿不没点东钟])(半)?\s*(以后|之后|后|以前|之前|前)?|\bafter (\d{1,2})\b/u;

/**
 * The time of the week a need names ("周二下午", "星期三有手机课吗", "晚上六点以后", "after 6",
 * "周末"), as the window it means; null when it names none. A day alone is that whole day; a
 * part of the day alone is today's; a clock hour alone up to 7 is the afternoon or evening, as
 * older residents mean "六点以后". Read against `now` (the request's local time).
 */
export function timeNamed(text: string, now: LocalTime): WeekWindow | null {
  let day: number | null = null;
  const chinese = namedDay.exec(text);
  const english = englishDay.exec(text);
  const relative = relativeDay.exec(text);
  if (chinese) day = dayWords[chinese[1] ?? ''] ?? null;
  else if (english) day = english[1] === 'weekend' ? 6 : englishDays.indexOf(english[1] ?? '');
  else if (relative) day = (now.day + ['今天', '明天', '后天'].indexOf(relative[1] ?? '')) % 7;
  const weekend = /周末|\bweekend/u.test(text);

  let from: number | null = null;
  let to: number | null = null;
  for (const [words, start, end] of partsOfDay) {
    if (words.test(text)) {
      from = start * 60;
      to = end * 60;
      break;
    }
  }
  const clock = clockHour.exec(text);
  if (clock) {
    const written = clock[1] ?? clock[4] ?? '';
    let hour = smallNumber(written);
    const afternoon = from !== null && from >= 13 * 60;
    if (hour < 12 && (afternoon || (from === null && hour <= 7))) hour += 12;
    const at = hour * 60 + (clock[2] ? 30 : 0);
    const before = /前/u.test(clock[3] ?? '');
    from = before ? Math.max(0, at - 120) : at;
    to = before ? at : Math.min(minutesPerDay, at + (clock[3] || clock[4] ? 180 : 60));
  }
  if (day === null && from === null) return null;
  const onDay = day ?? now.day;
  const start = onDay * minutesPerDay + (from ?? 0);
  const end = onDay * minutesPerDay + (to ?? minutesPerDay);
  // The weekend is both its days: Saturday's window runs on through Sunday.
  if (weekend && day === 6 && from === null) return { start, end: start + 2 * minutesPerDay };
  return { start, end };
}

/** Whether the hours are open at some minute of the window (wrapping past the week's end). */
export function isOpenDuring(hours: CompiledHours, window: WeekWindow): boolean {
  if (hours === 'always') return true;
  const pieces: [number, number][] =
    window.end <= minutesPerWeek
      ? [[window.start, window.end]]
      : [
          [window.start, minutesPerWeek],
          [0, window.end - minutesPerWeek],
        ];
  for (let i = 0; i < hours.length; i += 2) {
    const open = hours[i] ?? 0;
    const close = hours[i + 1] ?? 0;
    if (pieces.some(([start, end]) => open < end && start < close)) return true;
  }
  return false;
}
