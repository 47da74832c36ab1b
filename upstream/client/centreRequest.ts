// What the kiosk hands postRequest: one stored request in plain wire terms (the upload service
// maps its contract types onto these strings). Checked here, strictly, before anything is sent:
// a request the platform could only refuse is refused on the kiosk, with a clear code. The
// resident's text goes through the kiosk's one text rule (text/plainText.ts) first: a request
// stored before the rule, with a control character in it, is sent clean rather than refused for
// ever by the platform.
import { z } from 'zod';
import { type PlainTextRule, cleanPlainText, isPlainText } from '../../text/plainText.js';
import { factValuePattern } from '../wire/factsLine.js';
import { kioskIdPattern, referencePattern, wirePhonePattern } from '../wire/requestForm.js';
import { W3cDateTime } from '../wire/scalars.js';
import { clientCodes, refuseLocally } from './centreError.js';

export interface CentreFacts {
  ticket: string;
  lookupCode: string;
  kioskId: string;
  category: string;
  urgency: string;
  emergency: boolean;
  language: string;
  gridId: string | null;
  /** ISO 8601 with a time zone. */
  submittedAt: string;
  /** The staff id of whoever entered it for the resident (assisted entry); absent otherwise. */
  assistedBy?: string;
  /** The kiosk found nothing that fits: a person routes it (a flag in the facts line). */
  needsRouting?: boolean;
  /** The danger kinds the words signalled ("medical+gas"), why it is urgent (in the line). */
  danger?: string;
}

export interface CentreRequest {
  /** One of the platform's own service codes (from getServices). */
  serviceCode: string;
  facts: CentreFacts;
  /** The resident's own words; may be empty. The client adds the facts line. */
  description: string;
  name: string | null;
  phone: string | null;
  location: { lat: number | null; long: number | null; address: string | null };
  /** The resident's answers to the service's own attributes, by code. */
  attributes: Readonly<Record<string, string | readonly string[]>>;
  /** Every attribute code the service's definition declares: only these are sent. */
  declaredAttributes: readonly string[];
}

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const noControl = /^[^\u0000-\u001f\u007f]*$/;
const token = z.string().regex(factValuePattern);
const lineRule: PlainTextRule = { multiline: false };
const textRule: PlainTextRule = { multiline: true };
/** The resident's words: cleaned by the kiosk's text rule, then checked against it. */
const residentText = (rule: PlainTextRule) =>
  z
    .string()
    .overwrite((text) => cleanPlainText(text, rule))
    .refine((text) => isPlainText(text, rule), 'not plain text');

const CheckedRequest = z
  .object({
    serviceCode: z.string().trim().min(1).max(100).regex(noControl),
    facts: z
      .object({
        ticket: z.string().regex(referencePattern),
        lookupCode: z.string().regex(referencePattern),
        kioskId: z.string().regex(kioskIdPattern),
        category: token,
        urgency: token,
        emergency: z.boolean(),
        language: token,
        gridId: token.nullable(),
        submittedAt: W3cDateTime,
        assistedBy: token.optional(),
        needsRouting: z.boolean().optional(),
        danger: token.optional(),
      })
      .strict(),
    description: residentText(textRule).pipe(z.string().max(100_000)),
    name: residentText(lineRule).pipe(z.string().max(60)).nullable(),
    phone: z.string().trim().regex(wirePhonePattern).nullable(),
    location: z
      .object({
        lat: z.number().min(-90).max(90).nullable(),
        long: z.number().min(-180).max(180).nullable(),
        address: residentText(lineRule).pipe(z.string().max(250)).nullable(),
      })
      .strict(),
    attributes: z.record(
      z.string().min(1).max(100).regex(noControl),
      z.union([
        residentText(textRule).pipe(z.string().max(4000)),
        z.array(residentText(lineRule).pipe(z.string().max(4000))).max(100),
      ]),
    ),
    declaredAttributes: z.array(z.string().min(1).max(100)).max(500),
  })
  .strict();
export type CheckedRequest = z.output<typeof CheckedRequest>;

/** The request, checked; or the local refusal (payload_invalid, location_missing) to throw. */
export function checkRequest(request: CentreRequest): CheckedRequest {
  const checked = CheckedRequest.safeParse(request);
  if (!checked.success) {
    const where = checked.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw refuseLocally(clientCodes.payloadInvalid, `The request is invalid: ${where}`);
  }
  const { lat, long, address } = checked.data.location;
  if ((lat === null) !== (long === null)) {
    throw refuseLocally(
      clientCodes.payloadInvalid,
      'lat and long are sent together or not at all.',
    );
  }
  if (lat === null && (address === null || address === '')) {
    throw refuseLocally(
      clientCodes.locationMissing,
      'Open311 needs a location: lat/long or an address. Neither was given.',
    );
  }
  return checked.data;
}
