// The centre's calendar day. A queue number's day and an appointment's "today" are the centre's
// local day, not the host's or UTC: a centre in Shanghai opens its 08:30 slots at 00:30 UTC.
// One function, so both extensions roll over at the same midnight (CENTRE_TIME_ZONE).

/** The calendar day (YYYY-MM-DD) of `at` in the centre's time zone. */
export function centreDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
