// Dates and times in the visit's language, e.g. 2025年11月28日 14:05 / 28 November 2025, 14:05.
// Building an Intl.DateTimeFormat costs milliseconds on a slow kiosk PC (it was most of the result
// screen's own script time), so one formatter per language and style is kept.
import type { Language } from '../../../contract/index.js';

type Style = 'date-time' | 'date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, style: Style): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      language,
      style === 'date' ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' },
    );
    formatters.set(key, found);
  }
  return found;
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, 'date-time').format(date);
}

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, 'date').format(date);
}
