// The centre's calendar day for a moment in time: ticket numbers restart at the centre's
// midnight, whatever time zone the kiosk's operating system happens to be set to. Building an
// Intl.DateTimeFormat costs more than the rest of this put together, and every submit asks for
// the day before it saves (issue 16): one formatter is kept per time zone (the kiosk has one).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

export function serviceDate(at: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
