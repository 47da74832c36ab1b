// Opening hours are written in the centre's local time. The kiosk's clock may be set to any zone
// (or UTC), so the local weekday and minute are read through Intl in the centre's zone.
import type { OpeningHours } from '../../../contract/community.js';

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
