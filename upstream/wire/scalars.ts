// Small value schemas every Open311 reply uses, tolerant where platforms in the field differ:
// ids and codes as numbers or strings, booleans as "true"/"false", optional fields sent as ""
// instead of null, numbers as strings. Each hands the rest of the code one clean type.
import { z } from 'zod';

/** An id or code that may arrive as a string or a number; always a string once parsed. */
export const WireId = z
  .union([z.string().trim().min(1).max(100), z.number().int().nonnegative()])
  .transform((value) => String(value));

/**
 * The spec's date/time format: the W3C subset of ISO 8601, and a time zone is required
 * ("2010-01-01T00:00:00Z", "2010-04-14T06:37:38-08:00").
 */
export const w3cDateTimePattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const W3cDateTime = z
  .string()
  .regex(w3cDateTimePattern)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date');

/** A date as the kiosk sends it in a query: W3C, UTC, whole seconds (2026-11-28T01:00:00Z). */
export function w3cDateTimeOf(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** Service codes and grid ids are slugs, as in the community directory. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Slug = z.string().regex(slugPattern).max(60);

/** "" (or only spaces) means "not given", the same as absent or null. */
const blankAsNull = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** Booleans as JSON booleans or as the strings "true"/"false" (any case). */
export const WireBoolean = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]),
);

/** Optional text: absent, null and "" all become null. */
export const OptionalText = z
  .preprocess(blankAsNull, z.string().nullish())
  .transform((value) => value ?? null);

/** An optional id or code (address_id, zipcode…): "" → null, numbers → strings. */
export const OptionalWireId = z
  .preprocess(blankAsNull, z.union([z.string(), z.number()]).nullish())
  .transform((value) => (value === null || value === undefined ? null : String(value).trim()));

/** A number that may arrive as a numeric string; "" → null. */
export const OptionalWireNumber = z
  .preprocess((value) => {
    const blank = blankAsNull(value);
    return typeof blank === 'string' ? Number(blank) : blank;
  }, z.number().finite().nullish())
  .transform((value) => value ?? null);

/** A coordinate in range, or null: one out of range is the platform's mistake, not a reason to drop the record. */
export const OptionalCoordinate = (limit: 90 | 180) =>
  OptionalWireNumber.transform((value) =>
    value !== null && Math.abs(value) <= limit ? value : null,
  );

/** A required date/time, normalised to ISO 8601 UTC. */
export const WireDateTime = W3cDateTime.transform((value) => new Date(value).toISOString());

/** An optional date/time: "" → null; one that cannot be read is left out rather than failing the record. */
export const OptionalDateTime = z
  .preprocess(blankAsNull, z.unknown().optional())
  .transform((value) => {
    const parsed = W3cDateTime.safeParse(value);
    return parsed.success ? new Date(parsed.data).toISOString() : null;
  });
