// Decodes and checks a POST /requests.json form against the catalogue. Every problem is reported
// at once (Open311 allows a list of errors), so a kiosk integrator fixes them in one round.
import type { CategoryId, Language, Urgency } from '../../wire/vocabulary.js';
import type { Open311ErrorBody } from '../../wire/errors.js';
import {
  type Channel,
  kioskIdPattern,
  open311RequestFields,
  referencePattern,
} from '../../wire/requestForm.js';
import { W3cDateTime, slugPattern } from '../../wire/scalars.js';
import type { Catalog, CatalogService } from '../catalog/catalog.js';
import { type AttributeSpec, kioskAttributeByCode } from '../catalog/kioskAttributes.js';
import { repeatedNames } from '../http/context.js';
import {
  type Location,
  type StandardFields,
  readLocation,
  readStandardFields,
} from './standardFields.js';

export interface RequestForm extends StandardFields, Location {
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
  attributes: Record<string, string>;
}

export type FormResult =
  { ok: true; form: RequestForm } | { ok: false; errors: Open311ErrorBody[] };

const attributeName = /^attribute\[([^\]]*)\](\[\])?$/;
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

export function readRequestForm(form: URLSearchParams, catalog: Catalog): FormResult {
  const errors: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  const service = readService(form, catalog, errors);
  const location = readLocation(form, errors, {
    badPair: 'lat_long_invalid',
    missing: 'location_missing',
  });
  const { attributes, sent } = readAttributes(form, errors);

  const fields = readStandardFields(form, errors);

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
      ...fields,
      ...location,
      attributes: Object.fromEntries(attributes),
    },
  };
}
