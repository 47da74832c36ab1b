// How many times something happened in the last stretch of time, for the kiosk's own limits: a
// local client guessing tickets or phone digits, or submitting requests fast enough to use up
// the day's numbers. In memory, per kiosk process: a restart forgets, which only ever loosens.
export interface WindowLimit {
  /** At most this many… */
  max: number;
  /** …in any stretch this long. */
  windowMs: number;
}

export interface SlidingWindow {
  /** True when one more would break a limit (nothing is counted). */
  isFull(): boolean;
  /** Counts one now. */
  record(): void;
}

export function createSlidingWindow(limits: WindowLimit[], now: () => Date): SlidingWindow {
  const longest = Math.max(...limits.map((limit) => limit.windowMs));
  const times: number[] = [];
  const forgetOld = (at: number) => {
    while (times.length > 0 && (times[0] ?? at) <= at - longest) times.shift();
  };
  return {
    isFull() {
      const at = now().getTime();
      forgetOld(at);
      return limits.some(
        (limit) => times.filter((time) => time > at - limit.windowMs).length >= limit.max,
      );
    },
    record() {
      const at = now().getTime();
      forgetOld(at);
      times.push(at);
    },
  };
}
