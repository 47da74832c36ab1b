// The shapes a read card can take, as zod schemas: the parser validates its output against them,
// and a service can reuse them at its own boundary. Three distinct kinds, so a residence permit can
// never be mistaken for a resident card.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const validTo = z.union([isoDate, z.literal('long-term')]);
const sex = z.enum(['male', 'female']);
/** Field lengths are the block's byte lengths halved (UTF-16). */
const text = (maxChars: number) => z.string().min(1).max(maxChars);

export const residentIdCardSchema = z
  .object({
    kind: z.literal('resident'),
    name: text(15),
    sex,
    /** Nation name, e.g. '汉', '维吾尔'. */
    nation: text(9),
    /** Two-digit GB 3304 code, e.g. '01'. */
    nationCode: z.string().regex(/^\d{2}$/),
    birthDate: isoDate,
    address: text(35),
    idNumber: z.string().regex(/^\d{17}[\dX]$/),
    issuingAuthority: text(15),
    validFrom: isoDate,
    /** 'long-term' for 长期. */
    validTo,
  })
  .strict();

export const hkMacaoTaiwanPermitSchema = z
  .object({
    kind: z.literal('hk-macao-taiwan-permit'),
    name: text(15),
    sex,
    birthDate: isoDate,
    address: text(35),
    /** 18 characters like a resident number, region 81 (Hong Kong), 82 (Macao) or 83 (Taiwan). */
    idNumber: z.string().regex(/^8[123]\d{15}[\dX]$/),
    issuingAuthority: text(15),
    validFrom: isoDate,
    validTo,
    /** The holder's travel permit number (通行证号码). */
    passNumber: z.string().regex(/^[A-Z0-9]{8,9}$/),
    issueCount: z.number().int().min(0).max(99),
  })
  .strict();

export const foreignPermanentResidenceSchema = z
  .object({
    kind: z.literal('foreign-permanent-residence'),
    englishName: text(60),
    /** Often blank on the card. */
    chineseName: z.string().max(15),
    sex,
    /** ISO 3166-1 alpha-3 code as printed, e.g. 'CAN'. */
    nationality: z.string().regex(/^[A-Z]{3}$/),
    birthDate: isoDate,
    /** 15 characters: three letters and twelve digits. */
    permitNumber: z.string().regex(/^[A-Z]{3}\d{12}$/),
    validFrom: isoDate,
    validTo,
  })
  .strict();

export const idCardSchema = z.discriminatedUnion('kind', [
  residentIdCardSchema,
  hkMacaoTaiwanPermitSchema,
  foreignPermanentResidenceSchema,
]);

export type ResidentIdCard = z.infer<typeof residentIdCardSchema>;
export type HkMacaoTaiwanPermit = z.infer<typeof hkMacaoTaiwanPermitSchema>;
export type ForeignPermanentResidenceCard = z.infer<typeof foreignPermanentResidenceSchema>;
/** Any card the reader can return; switch on `kind`. */
export type IdCard = z.infer<typeof idCardSchema>;

/** Why a text block was refused. Stable strings: the UI maps them to messages. */
export type CardErrorCode =
  | 'unsupported-card-type' // byte 248 names a kind this driver does not know
  | 'invalid-text' // not valid UTF-16, or a required field is blank or malformed
  | 'invalid-sex'
  | 'unknown-nation'
  | 'invalid-date'
  | 'invalid-id-number'
  | 'bad-check-digit'
  | 'birth-date-mismatch' // the ID number's birth date is not the block's
  | 'sex-mismatch'; // the ID number's sex digit is not the block's

export type CardParseResult =
  | { readonly ok: true; readonly card: IdCard }
  | { readonly ok: false; readonly code: CardErrorCode; readonly field?: string };
