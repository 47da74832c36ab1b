// The services the reference centre takes appointments for, as data: which weekdays each runs,
// its time slots and how many residents fit in one. A slot's id names its service, day and start
// (`health-check_2026-12-01_0830`), so a booking made offline days ago still names a slot the
// centre can check, and the free places are counted from the stored bookings, never kept twice.
import type { AppointmentText } from '../../wire/appointments.js';

export interface SlotTimes {
  start: string;
  end: string;
}

export interface AppointmentServiceData {
  code: string;
  name: AppointmentText;
  description: AppointmentText;
  homeVisit: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: readonly number[];
  times: readonly SlotTimes[];
  capacity: number;
}

export const appointmentServices: readonly AppointmentServiceData[] = [
  {
    code: 'home-visit',
    name: { 'zh-CN': '上门探访', en: 'Home visit' },
    description: {
      'zh-CN': '社区工作人员到您家中看望，了解需要',
      en: 'A community worker visits you at home',
    },
    homeVisit: true,
    weekdays: [1, 2, 3, 4, 5],
    times: [
      { start: '09:00', end: '11:00' },
      { start: '14:00', end: '16:00' },
    ],
    capacity: 2,
  },
  {
    code: 'legal-advice',
    name: { 'zh-CN': '法律咨询', en: 'Legal advice' },
    description: { 'zh-CN': '律师在服务中心当面解答', en: 'A lawyer answers at the centre' },
    homeVisit: false,
    weekdays: [2, 4, 6],
    times: [
      { start: '09:00', end: '10:00' },
      { start: '10:00', end: '11:00' },
    ],
    capacity: 1,
  },
  {
    code: 'health-check',
    name: { 'zh-CN': '健康检查', en: 'Health check' },
    description: { 'zh-CN': '量血压、测血糖，医生当场解读', en: 'Blood pressure and sugar checks' },
    homeVisit: false,
    weekdays: [0, 1, 2, 3, 4, 5, 6],
    times: [
      { start: '08:30', end: '09:30' },
      { start: '09:30', end: '10:30' },
      { start: '14:30', end: '15:30' },
    ],
    capacity: 2,
  },
];

/** How many days ahead the centre lists, today included. */
export const bookingDays = 7;
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export const slotIdOf = (service: string, day: string, start: string) =>
  `${service}_${day}_${start.replace(':', '')}`;

export interface SlotOfService {
  slotId: string;
  service: AppointmentServiceData;
  date: string;
  times: SlotTimes;
}

/** The slots of one service from `fromDay`, `days` days long, in order. */
export function slotsOf(
  service: AppointmentServiceData,
  fromDay: string,
  days: number,
): SlotOfService[] {
  const slots: SlotOfService[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const date = addDays(fromDay, offset);
    if (!service.weekdays.includes(weekday(date))) continue;
    for (const times of service.times) {
      slots.push({ slotId: slotIdOf(service.code, date, times.start), service, date, times });
    }
  }
  return slots;
}

/** The day and times a stored booking's slot names, past days included (for a look-up). */
export function slotTimesOf(slotId: string): { date: string; start: string; end: string } | null {
  const match = /^([a-z0-9-]+)_(\d{4}-\d{2}-\d{2})_(\d{4})$/.exec(slotId);
  if (!match) return null;
  const [, code, date, hhmm] = match;
  const service = appointmentServices.find((entry) => entry.code === code);
  const times = service?.times.find((entry) => entry.start.replace(':', '') === hhmm);
  return date && times ? { date, start: times.start, end: times.end } : null;
}

/** The slot a booking names, if the service runs then; days before `today` are gone. */
export function findSlot(slotId: string, today: string): SlotOfService | undefined {
  const match = /^([a-z0-9-]+)_(\d{4}-\d{2}-\d{2})_(\d{4})$/.exec(slotId);
  if (!match) return undefined;
  const [, code, date, hhmm] = match;
  const service = appointmentServices.find((entry) => entry.code === code);
  if (!service || !date || date < today || date > addDays(today, bookingDays * 2)) return undefined;
  return slotsOf(service, date, 1).find((slot) => slot.times.start.replace(':', '') === hhmm);
}
