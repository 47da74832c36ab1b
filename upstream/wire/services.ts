// GET /services.json and GET /services/{code}.json: the request types a platform accepts and the
// extra fields (attributes) each one takes. Field names are the GeoReport v2 spec's. Read
// tolerantly (see scalars.ts): string booleans, "" for null, numeric codes and orders; a type the
// spec does not name is read as realtime. The outputs are also the shapes a server writes.
import { z } from 'zod';
import { OptionalText, OptionalWireNumber, WireBoolean, WireId } from './scalars.js';

export const serviceTypes = ['realtime', 'batch', 'blackbox'] as const;
export type ServiceType = (typeof serviceTypes)[number];

const lowerCase = (value: unknown): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

const ServiceTypeField = z.preprocess(lowerCase, z.enum(serviceTypes)).catch('realtime');

/** The spec says comma-separated; some platforms send a JSON list instead. */
const Keywords = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((value) => {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return text.trim() === '' ? null : text;
  });

export const Service = z.looseObject({
  service_code: WireId,
  /** null or "" when a platform leaves it out; the kiosk shows the code then. */
  service_name: OptionalText,
  description: OptionalText,
  /** true: GET /services/{code}.json lists attributes the POST must or may carry. */
  metadata: WireBoolean.nullish().transform((value) => value ?? false),
  type: ServiceTypeField,
  /** Comma-separated, as the spec has it. */
  keywords: Keywords,
  group: OptionalText,
});
export const ServiceList = z.array(Service);
export type Service = z.output<typeof Service>;

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type AttributeDatatype = (typeof attributeDatatypes)[number];

/** A list value; one without a name is shown by its key. */
export const AttributeValue = z
  .looseObject({
    key: WireId,
    name: z.union([z.string(), z.number()]).nullish(),
  })
  .transform((value) => ({
    ...value,
    name: value.name === null || value.name === undefined ? value.key : String(value.name),
  }));

export const ServiceAttribute = z.looseObject({
  /** false: informational only, no user input. Missing means true (the common case). */
  variable: WireBoolean.nullish().transform((value) => value ?? true),
  code: WireId,
  datatype: z.preprocess(lowerCase, z.enum(attributeDatatypes)),
  required: WireBoolean.nullish().transform((value) => value ?? false),
  datatype_description: OptionalText,
  order: OptionalWireNumber.transform((value) => value ?? 0),
  description: OptionalText.transform((value) => value ?? ''),
  values: z
    .array(AttributeValue)
    .nullish()
    .transform((value) => value ?? null),
});
export type ServiceAttribute = z.output<typeof ServiceAttribute>;

export const ServiceDefinition = z.looseObject({
  service_code: WireId,
  attributes: z.array(ServiceAttribute),
});
export type ServiceDefinition = z.output<typeof ServiceDefinition>;

/** The definition with its attributes still unread, so one bad attribute can be skipped alone. */
export const ServiceDefinitionShell = z.looseObject({
  service_code: WireId,
  attributes: z
    .array(z.unknown())
    .nullish()
    .transform((value) => value ?? []),
});
