// POST /requests.json as the centre reads it: Open311's own form fields, and (in extension mode)
// the attribute[...] codes a kiosk sends. The centre's own copy of these names: it is a separate
// program from the kiosk and shares no code with it.
import { z } from 'zod';

/** Every POST carries one; a UUID fixed when the request was queued. */
export const idempotencyHeader = 'Idempotency-Key';
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Open311 fields the reference server reads from a POST (everything else is refused). */
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

/** The kiosk's own fields, sent as attribute[code]=value and declared by every service. */
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

/** Where a request came in; "one record whatever the channel" (source document §2.2). */
export const channels = ['kiosk', 'counter', 'phone', 'web'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

/** attribute[code] as it appears in a form. */
export const attributeField = (code: string): string => `attribute[${code}]`;

/** Open311 limits descriptions to 4,000 characters. */
export const maxDescriptionChars = 4000;
export const kioskIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const referencePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;
export const wirePhonePattern = /^\+?[0-9][0-9 ()-]{2,29}$/;
