// Renders the catalogue in Open311's shapes: the service list and one service's definition.
import type { Language } from '../../wire/vocabulary.js';
import type { Service, ServiceAttribute, ServiceDefinition } from '../../wire/services.js';
import type { CatalogService } from './catalog.js';
import { kioskAttributes } from './kioskAttributes.js';

type ServiceOut = Omit<Service, 'service_code'> & { service_code: string };

export function open311Service(
  service: CatalogService,
  locale: Language,
  type: 'realtime' | 'batch',
): ServiceOut {
  return {
    service_code: service.code,
    service_name: service.name[locale],
    description: service.description[locale],
    metadata: true,
    type,
    keywords: service.keywords.join(', '),
    group: service.category,
  };
}

export function open311Definition(service: CatalogService): ServiceDefinition {
  const attributes: ServiceAttribute[] = kioskAttributes.map((spec, index) => ({
    variable: true,
    code: spec.code,
    datatype: spec.datatype,
    required: spec.required,
    datatype_description: spec.datatypeDescription,
    order: index + 1,
    description: spec.description,
    // Only list attributes carry values: the published schema wants an array when it is there.
    ...(spec.code === 'category'
      ? { values: [{ key: service.category, name: service.category }] }
      : spec.values
        ? { values: spec.values.map((value) => ({ key: value, name: value })) }
        : {}),
  }));
  return { service_code: service.code, attributes };
}
