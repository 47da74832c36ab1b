// Opening hours shared by the demo resources, in the centre's local time (Asia/Shanghai).
// Days count as Date#getDay does: 0 = Sunday … 6 = Saturday.
import type { OpeningHours } from '../../contract/community.js';

type Slot = readonly [open: string, close: string];

export const everyDay = [0, 1, 2, 3, 4, 5, 6];
export const weekdays = [1, 2, 3, 4, 5];
export const weekend = [0, 6];

export const always: OpeningHours = { alwaysOpen: true, weekly: [] };

export function on(days: readonly number[], ...slots: Slot[]): OpeningHours {
  return {
    alwaysOpen: false,
    weekly: slots.map(([open, close]) => ({ days: [...days], open, close })),
  };
}

export function daily(...slots: Slot[]): OpeningHours {
  return on(everyDay, ...slots);
}

/** Government office hours with the lunch break residents know to avoid. */
export const officeHours: OpeningHours = on(weekdays, ['08:30', '12:00'], ['13:30', '17:30']);
