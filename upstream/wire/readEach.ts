// A list reply read entry by entry: one record a platform got wrong must not throw away the
// others. What could not be read is counted and described (schema paths and messages only,
// never the values, which may be personal), so the caller can log it.
import type { z } from 'zod';

export interface ReadEach<T> {
  items: T[];
  skipped: number;
  /** One short line per skipped entry: its index and the first problem found. */
  problems: string[];
}

export function readEach<S extends z.ZodType>(
  entries: readonly unknown[],
  schema: S,
): ReadEach<z.output<S>> {
  const items: z.output<S>[] = [];
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    problems.push(
      `entry ${index}: ${issue ? `${issue.path.join('.') || '(entry)'}: ${issue.message}` : 'unreadable'}`,
    );
  });
  return { items, skipped: problems.length, problems };
}
