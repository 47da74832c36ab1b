// Asking for help, following it up and rating it: the calls behind the resident's main journeys.
import { z } from 'zod';
import { cleanPlainText } from '../text/plainText.js';
import {
  attributeStringMaxLength,
  attributeTextMaxLength,
  locationChoices,
  maxDescriptionLength,
  maxHandlerNoteChars,
  phonePattern,
  ratingTags,
  stages,
  urgencies,
} from './constants.js';
import { AssistedSubmission } from './assisted.js';
import { CategoryId, CategoryInfo, CommonNeed, LocalizedText } from './community.js';
import { Language } from './settings.js';

/**
 * Text a resident typed, cleaned by the one rule the upstream client also checks
 * (text/plainText.ts): NFC, nothing invisible, line breaks only where `multiline`. Length and
 * emptiness are checked after cleaning, so an "empty" name of zero-width spaces is refused.
 */
export const PlainLine = () =>
  z.string().overwrite((text) => cleanPlainText(text, { multiline: false }));
export const PlainText = () =>
  z.string().overwrite((text) => cleanPlainText(text, { multiline: true }));

export const Urgency = z.enum(urgencies);
export type Urgency = z.infer<typeof Urgency>;

export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

/** A mainland mobile (11 digits, 1[3-9]…) or a landline with its area code (0xx-xxxxxxx[x]). */
export const PhoneNumber = z.string().trim().regex(phonePattern, 'phone-invalid');

/**
 * Who is asking. A read ID card is referred to by an opaque token: the ID number stays in the
 * kiosk's services and never reaches the page.
 */
export const Contact = z
  .object({
    cardToken: z.string().min(1).max(100).optional(),
    name: PlainLine().min(1).max(20).optional(),
    phone: PhoneNumber.optional(),
  })
  .strict()
  .refine((contact) => contact.cardToken !== undefined || contact.phone !== undefined, {
    message: 'phone-or-card-required',
    path: ['phone'],
  });
export type Contact = z.infer<typeof Contact>;

/** A platform attribute's code, as Open311 servers write them. */
export const AttributeCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/);

/**
 * An answer to one of the platform's questions: a string (for string, number, text, datetime and
 * singlevaluelist; a number as decimal text, a datetime as W3C/ISO 8601 text, a list answer as
 * the value's key), or the chosen keys for a multivaluelist.
 */
export const AttributeAnswer = z.union([
  PlainText().max(attributeTextMaxLength),
  z.array(PlainLine().min(1).max(80)).max(50),
]);
export type AttributeAnswer = z.infer<typeof AttributeAnswer>;

/**
 * Where a need that happens at home is to be attended. card-address: the address on the card
 * read in this visit (contact.cardToken); typed: a building and room the resident keyed in;
 * kiosk: the kiosk's configured place.
 */
export const LocationChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card-address') }).strict(),
  z
    .object({
      kind: z.literal('typed'),
      building: PlainLine().min(1, 'building-required').max(40, 'building-too-long'),
      room: PlainLine().max(20, 'room-too-long').default(''),
    })
    .strict(),
  z.object({ kind: z.literal('kiosk') }).strict(),
]);
export type LocationChoice = z.input<typeof LocationChoice>;

export const RequestDraft = z
  .object({
    category: CategoryId,
    /** A common need from the catalogue, or null for "something else". */
    needId: z.string().min(1).max(60).nullable(),
    description: PlainText().max(maxDescriptionLength, 'description-too-long').default(''),
    urgency: Urgency,
    contact: Contact,
    /** The language the receipt is printed in. */
    language: Language,
    /** Answers to the platform's questions for this need (Catalog: questions), by code. */
    attributes: z.record(AttributeCode, AttributeAnswer).default({}),
    /** Only for needs whose Catalog location is 'choice'; the kiosk's place otherwise. */
    location: LocationChoice.default({ kind: 'kiosk' }),
    /** Entered by staff for the resident (contract/assisted.ts); needs a phone number. */
    assisted: AssistedSubmission.optional(),
  })
  .strict();
export type RequestDraft = z.input<typeof RequestDraft>;

export const EmergencyDraft = z
  .object({
    cardToken: z.string().min(1).max(100).optional(),
    phone: PhoneNumber.optional(),
    language: Language,
    /** Entered by staff for the resident (contract/assisted.ts); needs a phone number. */
    assisted: AssistedSubmission.optional(),
  })
  .strict();
export type EmergencyDraft = z.input<typeof EmergencyDraft>;

export const MatchedResource = z.object({
  id: z.string(),
  name: LocalizedText,
  address: LocalizedText,
  phone: z.string(),
  openNow: z.boolean(),
  /** 0–1: how sure the matcher is that this resource answers what the resident said. */
  confidence: z.number().min(0).max(1).optional(),
  /** One line for staff: "因为：漏水 → 管道维修". */
  because: z.string().max(300).optional(),
});
export type MatchedResource = z.infer<typeof MatchedResource>;

export const dangerKinds = [
  'medical',
  'fall',
  'gas',
  'fire',
  'break-in',
  'fraud',
  'violence',
  'flood',
  'missing',
] as const;
export const DangerKind = z.enum(dangerKinds);
export type DangerKind = z.infer<typeof DangerKind>;
export const EmergencyNumber = z.enum(['110', '119', '120']);
export type EmergencyNumber = z.infer<typeof EmergencyNumber>;

/**
 * How the answer was reached. 'for-staff': nothing in the community fits what the resident said;
 * the request is saved and forwarded marked for a person to route, and `matches` is empty.
 * `danger`: the words signal danger to life or home; the screen offers the emergency call first.
 */
export const MatchingOutcome = z.object({
  outcome: z.enum(['matched', 'for-staff']),
  confidence: z.number().min(0).max(1),
  danger: z
    .object({ kinds: z.array(DangerKind).min(1), calls: z.array(EmergencyNumber).min(1) })
    .nullable(),
});
export type MatchingOutcome = z.infer<typeof MatchingOutcome>;

export const GridContact = z.object({
  gridName: LocalizedText,
  workerName: z.string(),
  phone: z.string(),
});
export type GridContact = z.infer<typeof GridContact>;

export const ReceiptOutcome = z.object({
  /** The print job; getReceiptOutcome({ jobId }) tells how it ended. */
  jobId: z.string(),
  /** Submitting never waits for the printer: a fresh request's receipt is usually 'printing'. */
  state: z.enum(['printing', 'printed', 'failed']),
  /** Why it did not print, as a stable code (paper-out, cover-open, offline, …); else null. */
  problem: z.string().nullable(),
  /** Printed, but staff should know (e.g. paper-near-end). */
  warnings: z.array(z.string()),
});
export type ReceiptOutcome = z.infer<typeof ReceiptOutcome>;

export const SubmittedRequest = z.object({
  ticket: z.string(),
  /** What the receipt's QR code holds; also accepted by getRequestStatus. */
  lookupCode: z.string(),
  /** The same QR code as an SVG data URI, shown on screen when the receipt could not print. */
  lookupQr: z.string().startsWith('data:image/svg+xml;base64,'),
  createdAt: z.string(),
  category: CategoryId,
  need: z.object({ id: z.string(), title: LocalizedText }).nullable(),
  urgency: Urgency,
  emergency: z.boolean(),
  /** e.g. 张*明; null when no name was given. */
  maskedName: z.string().nullable(),
  matches: z.array(MatchedResource).max(3),
  /** Absent from kiosks before confidence; then `matches` are the category's usual ones. */
  matching: MatchingOutcome.optional(),
  gridContact: GridContact.nullable(),
  hotline: z.string(),
  receipt: ReceiptOutcome,
  /** Saved on this kiosk; "queued" until the upload worker has forwarded it. */
  upstream: z.enum(['queued', 'forwarded']),
  /** Entered by staff for the resident: the staff member's display name, as on the receipt. */
  assistedBy: z.string().nullable().optional(),
});
export type SubmittedRequest = z.infer<typeof SubmittedRequest>;

/**
 * What shows a request is the resident's own, beyond its ticket: the last four digits of the
 * phone it was made with, or the ID card it was made with (read in this visit). The receipt's
 * QR code (given as `ticket`) is proof by itself.
 */
export const RequestProof = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('phone-last-four'),
      digits: z.string().regex(/^[0-9]{4}$/, 'digits-invalid'),
    })
    .strict(),
  z.object({ kind: z.literal('card'), cardToken: z.string().min(1).max(100) }).strict(),
]);
export type RequestProof = z.infer<typeof RequestProof>;

/** A ticket (A03-1128-0042), its 8 digits from the digit pad (11280042) or the QR code. */
const TicketText = z.string().trim().min(4).max(60);

export const TicketQuery = z
  .object({ ticket: TicketText, proof: RequestProof.optional() })
  .strict();
export type TicketQuery = z.input<typeof TicketQuery>;

export const StatusSlipQuery = z
  .object({ ticket: TicketText, language: Language, proof: RequestProof.optional() })
  .strict();

/**
 * A request's progress. With `access` 'stage' (a typed ticket alone: anyone can type 8 digits)
 * only the ticket, the stages and their dates are told; everything about the request itself is
 * null. 'full' (the QR code, the card or the phone's last four digits) tells all of it.
 */
/** Why staff cancelled a request before the centre had it; the resident reads it at look-up. */
export const requestCancelReasons = [
  'duplicate',
  'resident-withdrew',
  'handled-in-person',
  'cannot-be-served',
  'other',
] as const;
export const RequestCancelReason = z.enum(requestCancelReasons);
export type RequestCancelReason = z.infer<typeof RequestCancelReason>;

export const RequestCancellation = z.object({
  reason: RequestCancelReason,
  /** Staff's own words, shown like a handler's note (null with a typed ticket alone). */
  note: z.string().max(200).nullable(),
  at: z.string(),
});
export type RequestCancellation = z.infer<typeof RequestCancellation>;

export const RequestStatus = z.object({
  access: z.enum(['stage', 'full']),
  ticket: z.string(),
  createdAt: z.string(),
  category: CategoryId.nullable(),
  need: z.object({ id: z.string(), title: LocalizedText }).nullable(),
  urgency: Urgency.nullable(),
  emergency: z.boolean().nullable(),
  stage: Stage,
  stages: z.array(z.object({ stage: Stage, at: z.string().nullable() })).length(3),
  handlerNote: z.string().max(maxHandlerNoteChars).nullable(),
  /** When the kiosk last heard about this request (its own save time until the centre answers). */
  lastUpdatedAt: z.string(),
  rating: z.object({ stars: z.number().int(), tags: z.array(z.string()) }).nullable(),
  /** Cancelled by staff before the centre had it; absent or null otherwise. */
  cancelled: RequestCancellation.nullable().optional(),
  /** Whether the centre has the request yet (saved here, taken, or refused by its platform). */
  delivery: z.enum(['queued', 'forwarded', 'refused']).optional(),
});
export type RequestStatus = z.infer<typeof RequestStatus>;

export const RatingTag = z.enum(ratingTags);
export type RatingTag = z.infer<typeof RatingTag>;

export const RatingDraft = z
  .object({
    ticket: TicketText,
    stars: z.number().int().min(1).max(5),
    tags: z.array(RatingTag).max(ratingTags.length).default([]),
    proof: RequestProof.optional(),
  })
  .strict();
export type RatingDraft = z.input<typeof RatingDraft>;

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

/**
 * One question the platform asks for a service, to be answered on screen and sent in
 * RequestDraft.attributes under `code`. The texts are the platform's own, in whatever language
 * it wrote them; the page shows its own translation where it has one for the code.
 */
export const AttributeQuestion = z.object({
  code: z.string(),
  datatype: z.enum(attributeDatatypes),
  required: z.boolean(),
  description: z.string(),
  /** The platform's hint on the expected form (e.g. "YYYY-MM-DD"), or null. */
  datatypeDescription: z.string().nullable(),
  /** Ask in this order (ascending). */
  order: z.number().int(),
  /** For the list datatypes: the keys to answer with and the platform's names for them. */
  values: z.array(z.object({ key: z.string(), name: z.string() })),
  /** For string and text: the longest answer accepted; null for the other datatypes. */
  maxLength: z.number().int().positive().nullable(),
});
export type AttributeQuestion = z.infer<typeof AttributeQuestion>;

/** 'choice': ask where (LocationChoice); 'kiosk': the request is about the kiosk's own place. */
export const LocationMode = z.enum(['choice', 'kiosk']);
export type LocationMode = z.infer<typeof LocationMode>;

export const CatalogNeed = CommonNeed.pick({
  id: true,
  title: true,
  description: true,
  urgentByDefault: true,
}).extend({ location: LocationMode, questions: z.array(AttributeQuestion) });
export type CatalogNeed = z.infer<typeof CatalogNeed>;

export const Catalog = z.object({
  categories: z.array(
    CategoryInfo.extend({
      /** Only the needs the centre's platform accepts right now (all of them with no centre). */
      needs: z.array(CatalogNeed),
      /** "Something else" in this category (needId null), or null when the platform takes none. */
      other: z.object({ location: LocationMode, questions: z.array(AttributeQuestion) }).nullable(),
    }),
  ),
  hotline: z.string(),
});
export type Catalog = z.infer<typeof Catalog>;

export {
  attributeStringMaxLength,
  attributeTextMaxLength,
  locationChoices,
  maxDescriptionLength,
  maxHandlerNoteChars,
  phonePattern,
  ratingTags,
  stages,
  urgencies,
};
