// The kiosk's newest log lines, kept in memory as well as written out, so staff can export them
// from the screen without a shell on the machine. The logger's own rule still holds (callers pass
// no personal data); the export scrubs again on its way out.
import type { Logger } from '../logger.js';

export interface LogTail {
  /** Writes to the inner logger and keeps the line. */
  logger: Logger;
  /** The kept lines, oldest first, as the JSON objects they were written as. */
  lines(): readonly Record<string, unknown>[];
}

export function createLogTail(inner: Logger, now: () => Date, limit = 2000): LogTail {
  const kept: Record<string, unknown>[] = [];
  const keep = (level: string, message: string, fields?: Record<string, unknown>) => {
    kept.push({ time: now().toISOString(), level, message, ...fields });
    if (kept.length > limit) kept.splice(0, kept.length - limit);
  };
  return {
    logger: {
      info: (message, fields) => {
        keep('info', message, fields);
        inner.info(message, fields);
      },
      warn: (message, fields) => {
        keep('warn', message, fields);
        inner.warn(message, fields);
      },
      error: (message, fields) => {
        keep('error', message, fields);
        inner.error(message, fields);
      },
    },
    lines: () => [...kept],
  };
}
