// POST /requests.json: the form fields (Open311's own plus the kiosk's attribute[...] codes) and
// the typed payload the kiosk hands the client. The client encodes a payload into these fields;
// the server decodes them back; both use the names below.
import { z } from 'zod';
import { CategoryId } from '../../contract/community.js';
import { Urgency } from '../../contract/requests.js';
import { Language } from '../../contract/settings.js';
import { Slug, W3cDateTime } from './scalars.js';

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

/**
 * What the kiosk's upload worker passes to `postRequest`: one queued request, in the kiosk's
 * terms. The client turns it into the Open311 form; nothing else about the wire leaks out.
 */
export const CentreRequestPayload = z
  .object({
    /** The ticket read aloud and printed large, e.g. A03-1128-0042. */
    ticket: z.string().regex(referencePattern),
    /** The receipt's QR code, unique for ever, e.g. A03-20261128-0042. */
    lookupCode: z.string().regex(referencePattern),
    kioskId: z.string().regex(kioskIdPattern),
    /** From serviceCodeFor(category, needId). */
    serviceCode: Slug,
    category: CategoryId,
    urgency: Urgency,
    emergency: z.boolean(),
    /** The resident's language; the centre answers in it. */
    language: Language,
    gridId: Slug.nullable(),
    /** Empty when the resident chose a common need and said nothing more. */
    description: z.string().max(maxDescriptionChars),
    /** The full name as read from the card or typed; null when none was given. */
    name: z.string().trim().min(1).max(60).nullable(),
    phone: z.string().trim().regex(wirePhonePattern).nullable(),
    /**
     * Open311 requires a location: the resident's address when known, otherwise where the kiosk
     * stands (e.g. "幸福里社区服务中心大厅 A03 自助机").
     */
    address: z.string().trim().min(1).max(200),
    /** When the resident pressed "submit", which may be long before an outage ended. */
    submittedAt: W3cDateTime,
  })
  .strict();
export type CentreRequestPayload = z.input<typeof CentreRequestPayload>;
