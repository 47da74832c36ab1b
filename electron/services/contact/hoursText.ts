// Opening hours as a resident reads them, in each kiosk language: "周一至周五 08:30–12:00、
// 13:30–17:30；周六 09:00–12:00". Written once here from the directory's structured hours, so the
// screen and the contact slip say the same words.
import type { Language, LocalizedText, OpeningHours } from '../../../contract/index.js';

interface HoursWords {
  days: readonly string[];
  through: string;
  dayJoin: string;
  timeJoin: string;
  groupJoin: string;
  always: string;
  none: string;
}

const words: Record<Language, HoursWords> = {
  'zh-CN': {
    days: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    through: '至',
    dayJoin: '、',
    timeJoin: '、',
    groupJoin: '；',
    always: '全天开放',
    none: '开放时间请问服务中心',
  },
  'zh-TW': {
    days: ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
    through: '至',
    dayJoin: '、',
    timeJoin: '、',
    groupJoin: '；',
    always: '全天開放',
    none: '開放時間請問服務中心',
  },
  en: {
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    through: '–',
    dayJoin: ', ',
    timeJoin: ' and ',
    groupJoin: '; ',
    always: 'Open 24 hours',
    none: 'Ask the centre for opening hours',
  },
};

/** Monday first, Sunday last, as a week is read out. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

function dayRuns(days: readonly number[], language: Language): string {
  const w = words[language];
  const ordered = weekOrder.filter((day) => days.includes(day));
  const runs: number[][] = [];
  for (const day of ordered) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (
      last &&
      previous !== undefined &&
      weekOrder.indexOf(previous) + 1 === weekOrder.indexOf(day)
    )
      last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => {
      const first = w.days[run[0] ?? 0] ?? '';
      const end = w.days[run[run.length - 1] ?? 0] ?? '';
      if (run.length === 1) return first;
      if (run.length === 2) return `${first}${w.dayJoin}${end}`;
      return `${first}${w.through}${end}`;
    })
    .join(w.dayJoin);
}

export function hoursTextIn(hours: OpeningHours, language: Language): string {
  const w = words[language];
  if (hours.alwaysOpen) return w.always;
  if (hours.weekly.length === 0) return w.none;
  // Slots on the same days read together: 周一至周五 08:30–12:00、13:30–17:30.
  const groups = new Map<string, { days: number[]; times: string[] }>();
  for (const slot of hours.weekly) {
    const key = [...new Set(slot.days)].sort().join(',');
    const group = groups.get(key) ?? { days: [...new Set(slot.days)], times: [] };
    group.times.push(`${slot.open}–${slot.close}`);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => `${dayRuns(group.days, language)} ${group.times.join(w.timeJoin)}`)
    .join(w.groupJoin);
}

export function hoursText(hours: OpeningHours): LocalizedText {
  return {
    'zh-CN': hoursTextIn(hours, 'zh-CN'),
    'zh-TW': hoursTextIn(hours, 'zh-TW'),
    en: hoursTextIn(hours, 'en'),
  };
}
