// A date and time chosen with two taps instead of typed: the next few days as large buttons and
// a morning or afternoon slot, sent as the W3C date-time the platform expects (the slot's start,
// in the kiosk's own local time with its offset).

export const timeSlots = [
  { id: 'morning', startHour: 9, endHour: 12 },
  { id: 'afternoon', startHour: 14, endHour: 17 },
] as const;
export type TimeSlotId = (typeof timeSlots)[number]['id'];

export interface DayChoice {
  /** YYYY-MM-DD in local time. */
  date: string;
  /** 0 today, 1 tomorrow, … */
  offset: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A slot can still be chosen for a day unless that day is today and the slot is over. */
export function slotOpen(day: DayChoice, slot: TimeSlotId, now: Date): boolean {
  const found = timeSlots.find((entry) => entry.id === slot);
  return day.offset > 0 || (found !== undefined && now.getHours() < found.endHour);
}

/** Today (while a slot is still open) and the next days, `count` in all. */
export function dayChoices(now: Date, count = 7): DayChoice[] {
  const todayOpen = timeSlots.some((slot) => now.getHours() < slot.endHour);
  const days: DayChoice[] = [];
  for (let offset = todayOpen ? 0 : 1; days.length < count; offset += 1) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12);
    days.push({ date: localDate(day), offset });
  }
  return days;
}

/** e.g. 2026-12-02T09:00+08:00: the slot's start on that day, with the local offset then. */
export function toDateTimeAnswer(date: string, slot: TimeSlotId): string {
  const found = timeSlots.find((entry) => entry.id === slot) ?? timeSlots[0];
  const [year, month, day] = date.split('-').map(Number);
  const at = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, found.startHour, 0);
  const offsetMinutes = -at.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${pad(found.startHour)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The day and slot an answer made here stands for, or null for any other text. */
export function fromDateTimeAnswer(answer: string): { date: string; slot: TimeSlotId } | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):00/.exec(answer);
  if (!match?.[1] || !match[2]) return null;
  const hour = Number(match[2]);
  const slot = timeSlots.find((entry) => entry.startHour === hour);
  return slot ? { date: match[1], slot: slot.id } : null;
}
