// A platform's services and their definitions as the kiosk uses them: keywords as a list,
// attributes in the platform's order, list values always a list. The platform's own codes and
// names are kept as they are; nothing here assumes the kiosk's catalogue.
import type {
  AttributeDatatype,
  Service,
  ServiceAttribute,
  ServiceType,
} from '../wire/services.js';

export interface CentreService {
  code: string;
  name: string;
  description: string | null;
  /** Open311 group: the platform's own grouping. */
  group: string | null;
  keywords: string[];
  type: ServiceType;
  /** true: GET /services/{code}.json defines attributes. */
  metadata: boolean;
}

export interface CentreAttribute {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** false: informational text only, nothing to answer or send. */
  variable: boolean;
  description: string;
  datatypeDescription: string | null;
  order: number;
  values: { key: string; name: string }[];
}

export interface CentreServiceDefinition {
  serviceCode: string;
  attributes: CentreAttribute[];
}

export function centreServiceFrom(service: Service): CentreService {
  return {
    code: service.service_code,
    name: service.service_name ?? service.service_code,
    description: service.description,
    group: service.group,
    keywords: (service.keywords ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter((word) => word !== ''),
    type: service.type,
    metadata: service.metadata,
  };
}

/** Orders start at 1; an attribute without one (0) comes after those with one. */
const sortKey = (order: number) => (order > 0 ? order : Number.MAX_SAFE_INTEGER);

/** Attributes sorted by the platform's order (stable for equal orders). */
export function centreAttributesFrom(attributes: readonly ServiceAttribute[]): CentreAttribute[] {
  return attributes
    .map((attribute, index) => ({ attribute, index }))
    .sort((a, b) => sortKey(a.attribute.order) - sortKey(b.attribute.order) || a.index - b.index)
    .map(({ attribute }) => ({
      code: attribute.code,
      datatype: attribute.datatype,
      required: attribute.required,
      variable: attribute.variable,
      description: attribute.description,
      datatypeDescription: attribute.datatype_description,
      order: attribute.order,
      values: (attribute.values ?? []).map((value) => ({ key: value.key, name: value.name })),
    }));
}
