// Open311's one error shape, used by every endpoint including the extensions:
// a JSON array of { code, description }. The spec lets `code` be more specific than the HTTP
// status, so the reference server sends stable snake_case identifiers that clients can branch on.
// Read tolerantly: numeric codes become strings, a missing description becomes "", a lone
// object or an { errors: [...] } wrapper is read as a list, and unreadable entries are dropped.
import { z } from 'zod';

export const Open311Error = z.looseObject({
  code: z.union([z.string().trim().min(1), z.number()]).transform((value) => String(value)),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
});
export type Open311Error = z.output<typeof Open311Error>;
export const Open311Errors = z.array(Open311Error).min(1);

/** Every readable entry of an error body, in its order; [] when there is none. */
export function readErrorEntries(json: unknown): Open311Error[] {
  const list = Array.isArray(json)
    ? json
    : json !== null &&
        typeof json === 'object' &&
        Array.isArray((json as { errors?: unknown }).errors)
      ? (json as { errors: unknown[] }).errors
      : json !== null && typeof json === 'object'
        ? [json]
        : [];
  return list.flatMap((entry) => {
    const parsed = Open311Error.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
