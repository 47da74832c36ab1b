// Demo mode only: the page's test hooks. Tests and trainers shorten the idle timings through the
// page's address (?idleMs=…&warnMs=…) or data attributes on <html> (data-idle-ms, data-warn-ms).
// A production kiosk never loads this file (it is in the demo chunk, see demoParts.ts), so no
// address can make a real kiosk forget a resident sooner or later than its defaults.
import { type IdleTimings, defaultIdleTimings } from '../visit/idleTimings.js';

function positive(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function readIdleTimings(
  search: string,
  dataset: Record<string, string | undefined>,
): IdleTimings {
  const params = new URLSearchParams(search);
  return {
    idleMs: positive(params.get('idleMs')) ?? positive(dataset.idleMs) ?? defaultIdleTimings.idleMs,
    warnMs: positive(params.get('warnMs')) ?? positive(dataset.warnMs) ?? defaultIdleTimings.warnMs,
  };
}
