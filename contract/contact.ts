// "Contact the centre": the centre's hotline, hours and address; the resident's grid and grid
// worker, found from the ID card read in this visit (the card's address stays in the kiosk's
// services: the page sends the card's token, never an address) or from a street chosen from a
// list; the service points near them; and a contact slip to take home. Everything answered here
// is the centre's public directory data, so it is the same offline and online.
import { z } from 'zod';
import { AddressRule, LocalizedText } from './community.js';
import { ReceiptOutcome } from './requests.js';
import { Language } from './settings.js';

const CardToken = z.string().min(1).max(100);
const GridId = z.string().min(1).max(60);
/** A street from the street list (StreetChoice.key). */
const StreetKey = z.string().min(1).max(80);

export const ContactQuery = z.discriminatedUnion('by', [
  /** The centre alone, and every service point, community-wide ones first. */
  z.object({ by: z.literal('centre') }).strict(),
  /** The grid of the address on the card read in this visit. */
  z.object({ by: z.literal('card'), cardToken: CardToken }).strict(),
  /** The grids of a street the resident chose from the list. */
  z.object({ by: z.literal('street'), street: StreetKey }).strict(),
]);
export type ContactQuery = z.infer<typeof ContactQuery>;

/** One entry of the street list: a street (or, for a grid without rules, the grid's area). */
export const StreetChoice = z.object({
  key: StreetKey,
  name: LocalizedText,
  /** The grids that cover some of it, in directory order. */
  gridIds: z.array(GridId),
});
export type StreetChoice = z.infer<typeof StreetChoice>;

/** A grid's part of a street, with the street's name in each language (the rule has Chinese). */
export const ContactRule = AddressRule.extend({ streetName: LocalizedText });
export type ContactRule = z.infer<typeof ContactRule>;

export const GridContactCard = z.object({
  gridId: GridId,
  name: LocalizedText,
  area: LocalizedText,
  worker: z.object({ name: z.string(), phone: z.string() }),
  /** For a chosen street shared by several grids: which part of it is this grid's. */
  rules: z.array(ContactRule),
});
export type GridContactCard = z.infer<typeof GridContactCard>;

export const ServicePointCard = z.object({
  id: z.string(),
  name: LocalizedText,
  address: LocalizedText,
  phone: z.string(),
  /** In the resident's own grid (false for community-wide points and other grids). */
  sameGrid: z.boolean(),
  openNow: z.boolean(),
  /** The opening hours as residents read them, e.g. "周一至周五 08:30–17:30". */
  hoursText: LocalizedText,
});
export type ServicePointCard = z.infer<typeof ServicePointCard>;

export const ContactPlace = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('not-asked') }),
  z.object({ outcome: z.literal('grids'), grids: z.array(GridContactCard).min(1) }),
  /** The card's address fits no grid; `street` when the street is known but not the number. */
  z.object({ outcome: z.literal('no-grid'), street: z.string().nullable() }),
]);
export type ContactPlace = z.infer<typeof ContactPlace>;

export const ContactInfo = z.object({
  centre: z.object({
    /** The centre's name as every screen writes it (the community name, communityNames.ts). */
    name: LocalizedText,
    hotline: z.string(),
    /** null: the kiosk has no directory from the centre yet, so it cannot say. */
    hoursText: LocalizedText.nullable(),
    address: LocalizedText.nullable(),
    openNow: z.boolean().nullable(),
  }),
  /** 'hotline-only': the kiosk has no grids, workers or service points to show, only the hotline. */
  directory: z.enum(['full', 'hotline-only']),
  place: ContactPlace,
  streets: z.array(StreetChoice),
  servicePoints: z.array(ServicePointCard),
});
export type ContactInfo = z.infer<typeof ContactInfo>;

export const ContactSlipRequest = z
  .object({
    language: Language,
    /** The grid whose worker is printed; null prints the centre alone. */
    gridId: GridId.nullable(),
    /** Service points to print, as shown on screen (at most a handful fit a slip). */
    servicePointIds: z.array(z.string().min(1).max(60)).max(5),
    /** Whom the slip's QR code rings when scanned with a phone. */
    call: z.enum(['hotline', 'grid-worker']),
  })
  .strict();
export type ContactSlipRequest = z.infer<typeof ContactSlipRequest>;

export const contactCalls = {
  /** The centre, the resident's grid and worker, and service points; from local data. */
  getContactInfo: { input: ContactQuery, output: ContactInfo },
  /** Prints a contact slip with a tel: QR code; never waits for the printer. */
  printContactSlip: { input: ContactSlipRequest, output: ReceiptOutcome },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
