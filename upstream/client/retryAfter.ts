// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). Anything else is
// ignored rather than guessed at: the worker's own backoff applies then. A hostile or broken
// value never yields NaN, Infinity or a delay past 24 hours (a Date built from it must not throw).
export const maxRetryAfterMs = 24 * 60 * 60 * 1000;

export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    // Past 9 digits the figure is beyond the cap anyway; Number() of 400 digits is Infinity.
    return trimmed.length > 9 ? maxRetryAfterMs : Math.min(Number(trimmed) * 1000, maxRetryAfterMs);
  }
  // An HTTP date names its weekday and GMT; Date.parse would also take many looser forms.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed))
    return null;
  const at = Date.parse(trimmed);
  if (!Number.isFinite(at) || !Number.isFinite(nowMs)) return null;
  return Math.min(Math.max(0, at - nowMs), maxRetryAfterMs);
}
