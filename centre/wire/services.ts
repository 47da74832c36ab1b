// GET /services.json and GET /services/{code}.json: the request types the centre accepts and the
// extra fields (attributes) each one takes. Field names are the GeoReport v2 spec's.
import { z } from 'zod';
import { WireId } from './scalars.js';

export const serviceTypes = ['realtime', 'batch', 'blackbox'] as const;

export const Service = z.looseObject({
  service_code: WireId,
  service_name: z.string(),
  description: z.string().nullish(),
  /** true: GET /services/{code}.json lists attributes the POST must or may carry. */
  metadata: z.boolean(),
  type: z.enum(serviceTypes),
  /** Comma-separated, as the spec has it. */
  keywords: z.string().nullish(),
  group: z.string().nullish(),
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

export const AttributeValue = z.looseObject({ key: WireId, name: z.string() });

export const ServiceAttribute = z.looseObject({
  /** false: informational only, no user input. */
  variable: z.boolean(),
  code: WireId,
  datatype: z.enum(attributeDatatypes),
  required: z.boolean(),
  datatype_description: z.string().nullish(),
  order: z.number().int().positive(),
  description: z.string(),
  values: z.array(AttributeValue).nullish(),
});
export type ServiceAttribute = z.output<typeof ServiceAttribute>;

export const ServiceDefinition = z.looseObject({
  service_code: WireId,
  attributes: z.array(ServiceAttribute),
});
export type ServiceDefinition = z.output<typeof ServiceDefinition>;
