// Card dates are eight ASCII digits, YYYYMMDD. They leave the parser as ISO 'YYYY-MM-DD' strings,
// and only if they name a real calendar day.

export type IsoDate = string;

/** 'YYYYMMDD' → 'YYYY-MM-DD', or undefined if it is not a real date in a plausible range. */
export function compactToIsoDate(compact: string): IsoDate | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1850 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${yearText}-${monthText}-${dayText}`;
}
