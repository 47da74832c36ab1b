// Exponential backoff with full jitter (a random wait between zero and the exponential cap), so
// a hundred kiosks coming back online do not knock on the centre's door in step; and never
// sooner than the centre's own Retry-After.
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export function retryDelayMs(
  policy: BackoffPolicy,
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempts, 30));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}
