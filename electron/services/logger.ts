// Structured, one JSON object per line, so the centre's IT person can grep and ship logs.
// Callers pass only non-personal fields; personal data never reaches a log line.

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

export function createLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  const log = (level: Level, message: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: now().toISOString(), level, message, ...fields }));
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

/** For tests and tools that must stay quiet but still satisfy the interface. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger((line) => lines.push(line)) };
}
