// A slot's day and time as residents read them, in the screen's language: "12月1日 星期二",
// "Tuesday 1 December", and "09:00–11:00". The day is the centre's calendar day, so it is
// formatted as a date without a time zone of its own.
import type { Language } from '../../../contract/index.js';

export function dayWords(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export const timeWords = (slot: { start: string; end: string }) => `${slot.start}–${slot.end}`;
