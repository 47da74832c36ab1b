// Small value schemas every Open311 reply uses. Open311 servers in the wild send ids and codes as
// numbers or strings (the spec's own JSON examples use bare numbers), so replies accept both and
// hand the rest of the code a string.
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

/** Service codes and grid ids are slugs, as in the community directory. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Slug = z.string().regex(slugPattern).max(60);
