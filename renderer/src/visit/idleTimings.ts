// How long the kiosk waits before it asks "are you still there?" and how long it then counts
// down. Tests shorten both through the page's address (?idleMs=…&warnMs=…) or data attributes
// on <html> (data-idle-ms, data-warn-ms); the kiosk itself uses the defaults.

export interface IdleTimings {
  idleMs: number;
  warnMs: number;
}

export const defaultIdleTimings: IdleTimings = { idleMs: 60_000, warnMs: 30_000 };

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
