// A checked request as the Open311 form POST /requests.json takes. Only the spec's top-level
// fields; only attributes the service declares (the kiosk's facts included: channel=kiosk,
// kiosk_id, ticket…); every fact not declared goes into the facts line, last in the description.
// Nothing empty is sent. Deterministic: the same request always encodes to the same fields.
import { composeDescription, formatFactsLine, type LineFacts } from '../wire/factsLine.js';
import {
  type KioskAttributeCode,
  attributeField,
  kioskAttributeCodes,
  multiAttributeField,
} from '../wire/requestForm.js';
import type { CheckedRequest } from './centreRequest.js';
import { splitName } from './splitName.js';

type Facts = CheckedRequest['facts'];

function factValues(facts: Facts): Record<KioskAttributeCode, string | null> {
  return {
    channel: 'kiosk',
    kiosk_id: facts.kioskId,
    ticket: facts.ticket,
    lookup_code: facts.lookupCode,
    category: facts.category,
    urgency: facts.urgency,
    emergency: facts.emergency ? 'true' : 'false',
    language: facts.language,
    grid_id: facts.gridId,
    submitted_at: facts.submittedAt,
  };
}

/** The facts line for what is not declared, or null when it would say nothing. */
export function undeclaredFactsLine(facts: Facts, declared: ReadonlySet<string>): string | null {
  const missing = (code: KioskAttributeCode) => !declared.has(code);
  const line: LineFacts = { kioskId: facts.kioskId };
  if (missing('ticket')) line.ticket = facts.ticket;
  if (missing('lookup_code')) line.lookupCode = facts.lookupCode;
  if (missing('category')) line.category = facts.category;
  if (missing('urgency')) line.urgency = facts.urgency;
  if (missing('emergency') && facts.emergency) line.emergency = true;
  if (missing('language')) line.language = facts.language;
  if (missing('grid_id') && facts.gridId !== null) line.gridId = facts.gridId;
  if (missing('submitted_at')) line.submittedAt = facts.submittedAt;
  // No platform attribute exists for it: an assisted request always says so in the line.
  if (facts.assistedBy !== undefined) line.assistedBy = facts.assistedBy;
  // No platform declares an attribute for it: a flag in the line, for whoever routes requests.
  if (facts.needsRouting === true) line.needsRouting = true;
  // Nor for why the kiosk made it urgent: the danger its words signalled.
  if (facts.danger !== undefined) line.danger = facts.danger;
  const saysSomething = Object.keys(line).length > 1 || missing('kiosk_id');
  return saysSomething ? formatFactsLine(line) : null;
}

export function encodeRequestForm(request: CheckedRequest, apiKey: string): URLSearchParams {
  const form = new URLSearchParams();
  const put = (name: string, value: string | null) => {
    const trimmed = value?.trim() ?? '';
    if (trimmed !== '') form.append(name, trimmed);
  };
  const declared = new Set(request.declaredAttributes);
  put('api_key', apiKey);
  put('service_code', request.serviceCode);
  const { lat, long, address } = request.location;
  if (lat !== null && long !== null) {
    put('lat', String(lat));
    put('long', String(long));
  }
  put('address_string', address);
  const { firstName, lastName } = splitName(request.name ?? '');
  put('first_name', firstName);
  put('last_name', lastName);
  put('phone', request.phone);
  put(
    'description',
    composeDescription(request.description, undeclaredFactsLine(request.facts, declared)),
  );
  const facts = factValues(request.facts);
  for (const code of kioskAttributeCodes) {
    if (declared.has(code)) put(attributeField(code), facts[code]);
  }
  const factCodes: ReadonlySet<string> = new Set(kioskAttributeCodes);
  for (const code of declared) {
    const answer = request.attributes[code];
    if (factCodes.has(code) || answer === undefined) continue;
    if (typeof answer === 'string') put(attributeField(code), answer);
    else for (const value of answer) put(multiAttributeField(code), value);
  }
  return form;
}
