// The centre's calendar day for a moment in time: ticket numbers restart at the centre's
// midnight, whatever time zone the kiosk's operating system happens to be set to. It is the date
// part of localDateTime, whose one formatter per time zone every submit already uses (building
// an Intl.DateTimeFormat costs more than the rest put together; issue 16).
import { localDateTime } from './localTime.js';

export function serviceDate(at: Date, timeZone: string): string {
  return localDateTime(at, timeZone).slice(0, 10);
}
