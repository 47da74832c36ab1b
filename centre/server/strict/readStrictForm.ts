// Decodes a POST /requests.json form the way an unforgiving third-party Open311 server does:
// only the spec's top-level fields (anything else: 400 "unexpected entries"), a location required,
// the service's declared attributes checked (required ones present, list values among the keys),
// and attribute[...] fields the service does not declare IGNORED: returned by name so the caller
// can log them, never stored.
import type { Open311ErrorBody } from '../../wire/errors.js';
import {
  maxDescriptionChars,
  open311RequestFields,
  wirePhonePattern,
} from '../../wire/requestForm.js';
import { W3cDateTime } from '../../wire/scalars.js';
import { repeatedNames } from '../http/context.js';
import { type FieldCheck, coordinate, optionalText } from '../requests/formFields.js';
import type { StrictAttribute, StrictCatalogue, StrictService } from './strictCatalogue.js';

export interface StrictForm {
  service: StrictService;
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
  /** Declared, variable attributes only; a multivaluelist's keys joined with commas. */
  attributes: Record<string, string>;
}

export type StrictFormResult =
  { ok: true; form: StrictForm; ignored: string[] } | { ok: false; errors: Open311ErrorBody[] };

const attributeName = /^attribute\[([^\]]+)\](\[\])?$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const known: ReadonlySet<string> = new Set(open311RequestFields);
const invalid = (description: string): Open311ErrorBody => ({ code: 'field_invalid', description });

/** Every attribute[code] / attribute[code][] value, by code, blanks dropped (= not sent). */
function attributeValues(form: URLSearchParams): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, raw] of form) {
    const code = attributeName.exec(name)?.[1];
    if (code === undefined || raw.trim() === '') continue;
    values.set(code, [...(values.get(code) ?? []), raw.trim()]);
  }
  return values;
}

function checkAttribute(spec: StrictAttribute, values: readonly string[]): string | null {
  const name = `attribute[${spec.code}]`;
  const keys = spec.values.map((value) => value.key);
  if (spec.datatype === 'multivaluelist') {
    const wrong = values.filter((value) => !keys.includes(value));
    return wrong.length === 0 ? null : `${name} values must be among ${keys.join(', ')}.`;
  }
  const [value, ...more] = values;
  if (value === undefined) return null;
  if (more.length > 0) return `${name} takes one value.`;
  switch (spec.datatype) {
    case 'singlevaluelist':
      return keys.includes(value) ? null : `${name} must be one of ${keys.join(', ')}.`;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : `${name} must be a number.`;
    case 'datetime':
      return W3cDateTime.safeParse(value).success ? null : `${name} must be an ISO 8601 date-time.`;
    case 'string':
      return [...value].length <= 200 ? null : `${name} is longer than 200 characters.`;
    case 'text':
      return [...value].length <= 4000 ? null : `${name} is longer than 4000 characters.`;
  }
}

function readAttributes(
  service: StrictService,
  sent: Map<string, string[]>,
  errors: Open311ErrorBody[],
): { attributes: Record<string, string>; ignored: string[] } {
  const attributes: Record<string, string> = {};
  const declared = new Map(service.attributes.map((spec) => [spec.code, spec]));
  const ignored = [...sent.keys()].filter((code) => !declared.get(code)?.variable);
  for (const spec of service.attributes.filter((a) => a.variable)) {
    const values = sent.get(spec.code) ?? [];
    if (values.length === 0) {
      if (spec.required) errors.push(invalid(`attribute[${spec.code}] is required.`));
      continue;
    }
    const problem = checkAttribute(spec, values);
    if (problem) errors.push(invalid(problem));
    else attributes[spec.code] = values.join(',');
  }
  return { attributes, ignored };
}

function readLocation(form: URLSearchParams, errors: Open311ErrorBody[]) {
  const lat = coordinate(form.get('lat'), 90);
  const long = coordinate(form.get('long'), 180);
  const address = optionalText(form, 'address_string', 400);
  const addressId = optionalText(form, 'address_id', 100);
  for (const check of [address, addressId]) if (!check.ok) errors.push(check.error);
  const pair = lat !== 'invalid' && long !== 'invalid' && (lat === null) === (long === null);
  if (!pair) errors.push(invalid('lat and long must both be sent, as WGS84 decimal degrees.'));
  const located =
    (pair && lat !== null) ||
    (address.ok && address.value !== null) ||
    (addressId.ok && addressId.value !== null);
  if (pair && !located && address.ok && addressId.ok) {
    errors.push(invalid('A location is required: lat and long, address_string or address_id.'));
  }
  return {
    lat: typeof lat === 'number' ? lat : null,
    long: typeof long === 'number' ? long : null,
    address: address.ok ? address.value : null,
    addressId: addressId.ok ? addressId.value : null,
  };
}

export function readStrictForm(
  form: URLSearchParams,
  catalogue: StrictCatalogue,
): StrictFormResult {
  const errors: Open311ErrorBody[] = [];
  const unexpected = [...new Set(form.keys())].filter(
    (name) => !known.has(name) && !attributeName.test(name),
  );
  if (unexpected.length > 0) errors.push(invalid(`unexpected entries: ${unexpected.join(', ')}.`));
  const repeated = repeatedNames(form).filter((name) => !attributeName.test(name));
  if (repeated.length > 0) errors.push(invalid(`${repeated.join(', ')} appear more than once.`));

  const code = form.get('service_code')?.trim() ?? '';
  const service = catalogue.services.get(code);
  if (code === '') errors.push(invalid('service_code is required.'));
  else if (!service) errors.push(invalid(`service_code ${code} was not found.`));
  const location = readLocation(form, errors);
  const read = service ? readAttributes(service, attributeValues(form), errors) : null;

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
  if (errors.length > 0 || !service || !read) return { ok: false, errors };
  return {
    ok: true,
    ignored: read.ignored,
    form: {
      service,
      description: text('description'),
      ...location,
      firstName: text('first_name'),
      lastName: text('last_name'),
      phone: text('phone'),
      email: text('email'),
      deviceId: text('device_id'),
      accountId: text('account_id'),
      mediaUrl: text('media_url'),
      attributes: read.attributes,
    },
  };
}
