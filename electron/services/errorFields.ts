// Log fields that say what went wrong without quoting it: an error's message can carry what the
// resident typed (a zod issue, a SQL constraint naming a value), so a log line about an error
// gets its kind, its code and where it was thrown, never its message.

// A type alias, not an interface, so it passes where log fields (Record<string, unknown>) go.
export type ErrorFields = {
  errorName: string;
  errorCode?: string;
  at?: string;
};

export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 4)
    .map((line) => line.trim())
    .join(' < ');
  return {
    errorName: error.name,
    ...(typeof code === 'string' ? { errorCode: code } : {}),
    ...(frames ? { at: frames } : {}),
  };
}
