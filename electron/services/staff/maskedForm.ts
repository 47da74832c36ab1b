// What staff may see of a request's form: the sealed fields opened here and masked at once (a
// name to 张*明, a phone to 138****5678, an ID number in the description redacted), so the full
// values never leave this file. Also the resident's sealed fields, opened for a correction and
// sealed again. Read tolerantly: sealed fields written by other kiosk versions may lack fields.
import { z } from 'zod';
import type { StaffSentForm } from '../../../contract/staffQueue.js';
import { maskName, maskPhone } from '../intake/masking.js';
import { redactIdNumbers } from '../intake/redactIdNumbers.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal, unseal } from '../security/sealedFields.js';

const text = z.string().nullable().optional().catch(null);
const Answers = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .optional()
  .catch(undefined);

/** The request as sent (outboxRecorder seals the OutgoingRequest). */
const SentRequest = z.object({
  serviceCode: z.string().nullable().optional().catch(null),
  description: text,
  name: text,
  phone: text,
  location: z.object({ address: text }).nullable().optional().catch(null),
  attributes: Answers,
});

/** The resident's fields as intake sealed them. */
const Personal = z
  .object({
    name: text,
    phone: text,
    description: text,
    attributes: Answers,
    location: z.object({ address: text }).passthrough().optional().catch(undefined),
  })
  .passthrough();
export type PersonalFields = z.infer<typeof Personal>;

const open = (keys: KioskKeys, sealed: Buffer): unknown => {
  try {
    return unseal(keys, sealed);
  } catch {
    return undefined;
  }
};

const maskedText = (value: string | null | undefined, mask: (v: string) => string) =>
  value?.trim() ? mask(value) : null;

/** The refused request as the platform got it, masked; null when it cannot be opened. */
export function maskedSentForm(keys: KioskKeys, sealed: Buffer | null): StaffSentForm | null {
  if (!sealed) return null;
  const parsed = SentRequest.safeParse(open(keys, sealed));
  if (!parsed.success) return null;
  const sent = parsed.data;
  return {
    serviceCode: sent.serviceCode ?? null,
    description: redactIdNumbers(sent.description ?? ''),
    maskedName: maskedText(sent.name, maskName),
    maskedPhone: maskedText(sent.phone, maskPhone),
    address: sent.location?.address ?? null,
    attributes: sent.attributes ?? {},
  };
}

/** The resident's sealed fields, opened; null when they cannot be (another key, purged). */
export function openPersonalFields(keys: KioskKeys, sealed: Buffer | null): PersonalFields | null {
  if (!sealed) return null;
  const parsed = Personal.safeParse(open(keys, sealed));
  return parsed.success ? parsed.data : null;
}

/** A form not sent yet (held, waiting), masked like a sent one. */
export function maskedStoredForm(
  personal: PersonalFields | null,
  serviceCode: string | null,
): StaffSentForm | null {
  if (!personal) return null;
  return {
    serviceCode,
    description: redactIdNumbers(personal.description ?? ''),
    maskedName: maskedText(personal.name, maskName),
    maskedPhone: maskedText(personal.phone, maskPhone),
    address: personal.location?.address ?? null,
    attributes: personal.attributes ?? {},
  };
}

export function sealPersonalFields(keys: KioskKeys, personal: PersonalFields): Buffer {
  return seal(keys, personal);
}
