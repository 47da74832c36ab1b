// POST /requests.json: the form's field names (Open311's own plus attribute[code] for what a
// service declares), the kiosk's attribute codes, and the formats both ends check.
/** Every POST carries one; a UUID fixed when the request was queued. Many platforms ignore it. */
export const idempotencyHeader = 'Idempotency-Key';
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The spec's top-level POST fields; nothing else is ever sent (strict servers refuse it). */
export const open311RequestFields = [
  'api_key',
  'jurisdiction_id',
  'service_code',
  'lat',
  'long',
  'address_string',
  'address_id',
  'email',
  'device_id',
  'account_id',
  'first_name',
  'last_name',
  'phone',
  'description',
  'media_url',
] as const;
export type Open311RequestField = (typeof open311RequestFields)[number];

/**
 * The kiosk's own facts under the attribute codes a platform may declare for them. A fact is sent
 * as attribute[code] only when the service declares that code; otherwise it goes into the facts
 * line at the end of the description (factsLine.ts).
 */
export const kioskAttributeCodes = [
  'channel',
  'kiosk_id',
  'ticket',
  'lookup_code',
  'category',
  'urgency',
  'emergency',
  'language',
  'grid_id',
  'submitted_at',
] as const;
export type KioskAttributeCode = (typeof kioskAttributeCodes)[number];

export { Channel, channels } from './vocabulary.js';

/** attribute[code] as it appears in a form. */
export const attributeField = (code: string): string => `attribute[${code}]`;
/** A multivaluelist answer: attribute[code][] once per value. */
export const multiAttributeField = (code: string): string => `attribute[${code}][]`;

/** Open311 limits descriptions to 4,000 characters. */
export const maxDescriptionChars = 4000;
export const kioskIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const referencePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;
export const wirePhonePattern = /^\+?[0-9][0-9 ()-]{2,29}$/;
