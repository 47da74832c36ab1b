// Decodes a POST /requests.json form the way an unforgiving third-party Open311 server does:
// only the spec's top-level fields (anything else: 400 "unexpected entries"), a location required,
// the service's declared attributes checked (required ones present, list values among the keys),
// and attribute[...] fields the service does not declare IGNORED: returned by name so the caller
// can log them, never stored.
import type { Open311ErrorBody } from '../../wire/errors.js';
import { open311RequestFields } from '../../wire/requestForm.js';
import { W3cDateTime } from '../../wire/scalars.js';
import { repeatedNames } from '../http/context.js';
import {
  type Location,
  type StandardFields,
  readLocation,
  readStandardFields,
} from '../requests/standardFields.js';
import type { StrictAttribute, StrictCatalogue, StrictService } from './strictCatalogue.js';

export interface StrictForm extends StandardFields, Location {
  service: StrictService;
  /** Declared, variable attributes only; a multivaluelist's keys joined with commas. */
  attributes: Record<string, string>;
}

export type StrictFormResult =
  { ok: true; form: StrictForm; ignored: string[] } | { ok: false; errors: Open311ErrorBody[] };

const attributeName = /^attribute\[([^\]]+)\](\[\])?$/;
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
  const location = readLocation(form, errors, {
    badPair: 'field_invalid',
    missing: 'field_invalid',
  });
  const read = service ? readAttributes(service, attributeValues(form), errors) : null;

  const fields = readStandardFields(form, errors);
  if (errors.length > 0 || !service || !read) return { ok: false, errors };
  return {
    ok: true,
    ignored: read.ignored,
    form: {
      service,
      ...fields,
      ...location,
      attributes: read.attributes,
    },
  };
}
