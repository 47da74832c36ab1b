// A kiosk payload as the Open311 form POST /requests.json takes. Deterministic: the same payload
// always encodes to the same fields, which is what lets the centre recognise a retry.
import { type CentreRequestPayload, attributeField } from '../wire/requestForm.js';
import { splitName } from './splitName.js';

export function encodeRequestForm(payload: CentreRequestPayload, apiKey: string): URLSearchParams {
  const form = new URLSearchParams();
  const put = (name: string, value: string | null) => {
    if (value !== null && value !== '') form.append(name, value);
  };
  put('api_key', apiKey);
  put('service_code', payload.serviceCode);
  put('address_string', payload.address.trim());
  put('description', payload.description.trim());
  const { firstName, lastName } = payload.name === null ? splitName('') : splitName(payload.name);
  put('first_name', firstName);
  put('last_name', lastName);
  put('phone', payload.phone?.trim() ?? null);
  put(attributeField('channel'), 'kiosk');
  put(attributeField('kiosk_id'), payload.kioskId);
  put(attributeField('ticket'), payload.ticket);
  put(attributeField('lookup_code'), payload.lookupCode);
  put(attributeField('category'), payload.category);
  put(attributeField('urgency'), payload.urgency);
  put(attributeField('emergency'), payload.emergency ? 'true' : 'false');
  put(attributeField('language'), payload.language);
  put(attributeField('grid_id'), payload.gridId);
  put(attributeField('submitted_at'), payload.submittedAt);
  return form;
}
