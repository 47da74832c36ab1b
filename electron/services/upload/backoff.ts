// Exponential backoff with full jitter (a random wait between zero and the exponential cap), so
// a hundred kiosks coming back online do not knock on the centre's door in step; never sooner
// than the centre's own Retry-After, and never longer than the cap. Nothing here throws: a
// hostile Retry-After (huge, negative, not a number) once threw a RangeError that threw away a
// whole batch's answers. A wait is always a finite whole number of ms in [0, cap].
export interface BackoffPolicy {
  baseMs: number;
  /** No wait is longer, whatever Retry-After asks (and never more than a day). */
  capMs: number;
}

/** The hard ceiling for any wait, whatever the configuration says. */
export const longestWaitMs = 86_400_000;

const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);

/** The policy's cap, made safe: a whole number of ms between 0 and a day. */
export function capOf(policy: BackoffPolicy): number {
  return Math.floor(Math.min(longestWaitMs, Math.max(0, finiteOr(policy.capMs, longestWaitMs))));
}

/** A Retry-After the kiosk can act on, or undefined for one it cannot (negative, NaN, …). */
export function usableRetryAfterMs(retryAfterMs: unknown): number | undefined {
  if (typeof retryAfterMs !== 'number' || Number.isNaN(retryAfterMs) || retryAfterMs < 0)
    return undefined;
  return retryAfterMs;
}

export function retryDelayMs(
  policy: BackoffPolicy,
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const cap = capOf(policy);
  const base = Math.max(0, finiteOr(policy.baseMs, 0));
  const exponent = Math.min(Math.max(0, finiteOr(attempts, 0)), 30);
  const ceiling = Math.min(cap, base * 2 ** exponent);
  const draw = Math.min(1, Math.max(0, finiteOr(random(), 0)));
  const jittered = Math.floor(draw * ceiling);
  const asked = usableRetryAfterMs(retryAfterMs) ?? 0;
  return Math.min(cap, Math.max(jittered, Math.ceil(Math.min(asked, longestWaitMs))));
}

/** `now` plus a wait, as ISO 8601; a wait that cannot be represented becomes the ceiling. */
export function isoAfter(now: Date, waitMs: number): string {
  const wait = Math.min(longestWaitMs, Math.max(0, finiteOr(waitMs, longestWaitMs)));
  const at = new Date(now.getTime() + wait);
  return Number.isNaN(at.getTime()) ? now.toISOString() : at.toISOString();
}
