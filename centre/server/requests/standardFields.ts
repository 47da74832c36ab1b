// The parts of a POST /requests.json form that every Open311 server reads the same way: the
// spec's free-text fields and the location. Both the extension reader and strict mode use these,
// so a field's limit or pattern is decided once; each mode keeps its own error codes.
import type { Open311ErrorBody } from '../../wire/errors.js';
import { maxDescriptionChars, wirePhonePattern } from '../../wire/requestForm.js';
import { type FieldCheck, coordinate, optionalText } from './formFields.js';

export interface StandardFields {
  description: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  mediaUrl: string | null;
}

export interface Location {
  lat: number | null;
  long: number | null;
  address: string | null;
  addressId: string | null;
}

/** The error codes a mode gives the two location problems. */
export interface LocationErrorCodes {
  badPair: string;
  missing: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the spec's free-text fields; each problem is pushed onto `errors` and reads as null. */
export function readStandardFields(
  form: URLSearchParams,
  errors: Open311ErrorBody[],
): StandardFields {
  const checked = <T>(check: FieldCheck<T | null>): T | null => {
    if (check.ok) return check.value;
    errors.push(check.error);
    return null;
  };
  return {
    description: checked(
      optionalText(form, 'description', maxDescriptionChars, { multiline: true }),
    ),
    firstName: checked(optionalText(form, 'first_name', 60)),
    lastName: checked(optionalText(form, 'last_name', 60)),
    phone: checked(optionalText(form, 'phone', 30, { pattern: wirePhonePattern })),
    email: checked(optionalText(form, 'email', 254, { pattern: emailPattern })),
    deviceId: checked(optionalText(form, 'device_id', 100)),
    accountId: checked(optionalText(form, 'account_id', 100)),
    mediaUrl: checked(optionalText(form, 'media_url', 2000, { pattern: /^https?:\/\/\S+$/ })),
  };
}

/** Reads lat/long (both or neither), address_string and address_id; one of them is required. */
export function readLocation(
  form: URLSearchParams,
  errors: Open311ErrorBody[],
  codes: LocationErrorCodes,
): Location {
  const lat = coordinate(form.get('lat'), 90);
  const long = coordinate(form.get('long'), 180);
  const address = optionalText(form, 'address_string', 400);
  const addressId = optionalText(form, 'address_id', 100);
  for (const check of [address, addressId]) if (!check.ok) errors.push(check.error);
  const pair = lat !== 'invalid' && long !== 'invalid' && (lat === null) === (long === null);
  if (!pair) {
    errors.push({
      code: codes.badPair,
      description: 'lat and long must both be sent, as WGS84 decimal degrees.',
    });
  }
  const located =
    (pair && lat !== null) ||
    (address.ok && address.value !== null) ||
    (addressId.ok && addressId.value !== null);
  if (pair && !located && address.ok && addressId.ok) {
    errors.push({
      code: codes.missing,
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
