// A public lobby can send the host garbage as fast as a socket allows. Each kind of trouble is
// logged once, then at most once a minute with how many were left out, so junk cannot fill the
// disk with log lines (and a full disk is what loses residents' requests).
import type { Logger } from '../services/logger.js';

export type ThrottledLog = (kind: string, fields?: Record<string, unknown>) => void;

export function createThrottledLog(
  logger: Logger,
  message: string,
  now: () => number = Date.now,
  everyMs = 60_000,
): ThrottledLog {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (kind, fields = {}) => {
    const seen = last.get(kind);
    const at = now();
    if (seen && at - seen.at < everyMs) {
      seen.suppressed += 1;
      return;
    }
    last.set(kind, { at, suppressed: 0 });
    logger.warn(message, {
      kind,
      ...fields,
      ...(seen && seen.suppressed > 0 ? { suppressed: seen.suppressed } : {}),
    });
  };
}
