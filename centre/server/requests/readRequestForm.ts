// Decodes and checks a POST /requests.json form against the catalogue. Every problem is reported
// at once (Open311 allows a list of errors), so a kiosk integrator fixes them in one round.
import type { CategoryId, Language, Urgency } from '../../wire/vocabulary.js';
import type { Open311ErrorBody } from '../../wire/errors.js';
import {
  type Channel,
  kioskIdPattern,
  maxDescriptionChars,
  open311RequestFields,
  referencePattern,
  wirePhonePattern,
} from '../../wire/requestForm.js';
import { W3cDateTime, slugPattern } from '../../wire/scalars.js';
import type { Catalog, CatalogService } from '../catalog/catalog.js';
import { type AttributeSpec, kioskAttributeByCode } from '../catalog/kioskAttributes.js';
import { repeatedNames } from '../http/context.js';
import { type FieldCheck, coordinate, optionalText } from './formFields.js';

export interface RequestForm {
  service: CatalogService;
  channel: Channel;
  kioskId: string | null;
  ticket: string | null;
  lookupCode: string | null;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  gridId: string | null;
  /** The kiosk's submitted_at, or null when none was sent. */
  submittedAt: string | null;
  description: string | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  long: number | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  mediaUrl: string | null;
  attributes: Record<string, string>;
}

export type FormResult =
  { ok: true; form: RequestForm } | { ok: false; errors: Open311ErrorBody[] };

const attributeName = /^attribute\[([^\]]*)\](\[\])?$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const knownFields: ReadonlySet<string> = new Set(open311RequestFields);

function checkAttribute(spec: AttributeSpec, value: string): string | null {
  if (value.length > 100) return `attribute[${spec.code}] is too long.`;
  if (spec.values && !spec.values.includes(value)) {
    return `attribute[${spec.code}] must be one of ${spec.values.join(', ')}.`;
  }
  if (spec.datatype === 'datetime' && !W3cDateTime.safeParse(value).success) {
    return `attribute[${spec.code}] must be an ISO 8601 date and time with a time zone.`;
  }
  const pattern =
    spec.code === 'kiosk_id'
      ? kioskIdPattern
      : spec.code === 'ticket' || spec.code === 'lookup_code'
        ? referencePattern
        : spec.code === 'grid_id'
          ? slugPattern
          : null;
  if (pattern && !pattern.test(value)) return `attribute[${spec.code}] is not in a valid format.`;
  return null;
}

/**
 * Splits attribute[code] fields from the rest and checks each against its definition. Codes sent
 * with a bad value are remembered, so they are not also reported as missing.
 */
function readAttributes(
  form: URLSearchParams,
  errors: Open311ErrorBody[],
): { attributes: Map<string, string>; sent: Set<string> } {
  const attributes = new Map<string, string>();
  const sent = new Set<string>();
  for (const [name, raw] of form) {
    const match = attributeName.exec(name);
    if (!match) {
      if (!knownFields.has(name)) {
        errors.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
      }
      continue;
    }
    const code = match[1] ?? '';
    const value = raw.trim();
    // Open311: an empty optional parameter means the same as one not sent.
    if (value === '') continue;
    sent.add(code);
    const spec = kioskAttributeByCode.get(code);
    if (!spec) {
      errors.push({
        code: 'attribute_unknown',
        description: `No service defines attribute[${code}].`,
      });
      continue;
    }
    if (match[2] !== undefined) {
      errors.push({
        code: 'attribute_invalid',
        description: `attribute[${code}] takes one value; it is not a multivaluelist.`,
      });
      continue;
    }
    const problem = checkAttribute(spec, value);
    if (problem) errors.push({ code: 'attribute_invalid', description: problem });
    else attributes.set(code, value);
  }
  return { attributes, sent };
}

function readService(
  form: URLSearchParams,
  catalog: Catalog,
  errors: Open311ErrorBody[],
): CatalogService | undefined {
  const code = form.get('service_code')?.trim() ?? '';
  if (code === '') {
    errors.push({ code: 'service_code_missing', description: 'service_code was not provided.' });
    return undefined;
  }
  const service = catalog.get(code);
  if (!service) {
    errors.push({
      code: 'service_code_not_found',
      description: `service_code ${code} was not found.`,
    });
  }
  return service;
}

function readLocation(
  form: URLSearchParams,
  errors: Open311ErrorBody[],
): { lat: number | null; long: number | null; address: string | null; addressId: string | null } {
  const lat = coordinate(form.get('lat'), 90);
  const long = coordinate(form.get('long'), 180);
  const address = optionalText(form, 'address_string', 400);
  const addressId = optionalText(form, 'address_id', 100);
  for (const check of [address, addressId]) if (!check.ok) errors.push(check.error);
  const pair = lat !== 'invalid' && long !== 'invalid' && (lat === null) === (long === null);
  if (!pair) {
    errors.push({
      code: 'lat_long_invalid',
      description: 'lat and long must both be sent, as WGS84 decimal degrees.',
    });
  }
  const located =
    (pair && lat !== null) ||
    (address.ok && address.value !== null) ||
    (addressId.ok && addressId.value !== null);
  if (pair && !located && address.ok && addressId.ok) {
    errors.push({
      code: 'location_missing',
      description: 'A location is required: lat and long, address_string or address_id.',
    });
  }
  return {
    lat: typeof lat === 'number' ? lat : null,
    long: typeof long === 'number' ? long : null,
    address: address.ok ? address.value : null,
    addressId: addressId.ok ? addressId.value : null,
  };
}

export function readRequestForm(form: URLSearchParams, catalog: Catalog): FormResult {
  const errors: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  const service = readService(form, catalog, errors);
  const location = readLocation(form, errors);
  const { attributes, sent } = readAttributes(form, errors);

  const texts: Record<string, FieldCheck<string | null>> = {
    description: optionalText(form, 'description', maxDescriptionChars, { multiline: true }),
    first_name: optionalText(form, 'first_name', 60),
    last_name: optionalText(form, 'last_name', 60),
    phone: optionalText(form, 'phone', 30, { pattern: wirePhonePattern }),
    email: optionalText(form, 'email', 254, { pattern: emailPattern }),
    device_id: optionalText(form, 'device_id', 100),
    account_id: optionalText(form, 'account_id', 100),
    media_url: optionalText(form, 'media_url', 2000, { pattern: /^https?:\/\/\S+$/ }),
  };
  for (const check of Object.values(texts)) if (!check.ok) errors.push(check.error);
  const text = (name: string) => {
    const check = texts[name];
    return check?.ok ? check.value : null;
  };

  const channel = attributes.get('channel') as Channel | undefined;
  if (!sent.has('channel')) {
    errors.push({ code: 'attribute_missing', description: 'attribute[channel] is required.' });
  }
  if (channel === 'kiosk') {
    for (const code of ['kiosk_id', 'ticket', 'lookup_code']) {
      if (!sent.has(code)) {
        errors.push({
          code: 'attribute_missing',
          description: `attribute[${code}] is required when channel is kiosk.`,
        });
      }
    }
  }
  const category = attributes.get('category') as CategoryId | undefined;
  if (service && category !== undefined && category !== service.category) {
    errors.push({
      code: 'category_mismatch',
      description: `attribute[category] ${category} is not the group of ${service.code} (${service.category}).`,
    });
  }

  if (errors.length > 0 || !service || channel === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    form: {
      service,
      channel,
      kioskId: attributes.get('kiosk_id') ?? null,
      ticket: attributes.get('ticket') ?? null,
      lookupCode: attributes.get('lookup_code') ?? null,
      urgency: (attributes.get('urgency') as Urgency | undefined) ?? 'normal',
      emergency: attributes.get('emergency') === 'true',
      language: (attributes.get('language') as Language | undefined) ?? 'zh-CN',
      gridId: attributes.get('grid_id') ?? null,
      submittedAt: attributes.get('submitted_at') ?? null,
      description: text('description'),
      ...location,
      firstName: text('first_name'),
      lastName: text('last_name'),
      phone: text('phone'),
      email: text('email'),
      deviceId: text('device_id'),
      accountId: text('account_id'),
      mediaUrl: text('media_url'),
      attributes: Object.fromEntries(attributes),
    },
  };
}
