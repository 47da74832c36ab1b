// A small, real catalogue mapping for the worker's tests and the drain benchmark (the kiosk's
// discovery service provides the production one): rules from the kiosk's categories and needs
// to platform codes, checked against the platform's current service list and definitions. A
// code the platform no longer offers, or a request no rule places, is a problem, not a guess.
import type { StoredRequest } from '../../../db/repositories/requests.js';
import type {
  PlatformDefinition,
  PlatformService,
} from '../../../electron/services/upload/centreGateway.js';
import type {
  ServiceResolution,
  ServiceResolver,
} from '../../../electron/services/upload/serviceResolution.js';

export interface MappingRule {
  /** Which requests it places; the first rule that matches wins. */
  emergency?: boolean;
  category?: string;
  needId?: string | null;
  serviceCode: string;
}

export interface Catalogue {
  services: PlatformService[];
  definitions: PlatformDefinition[];
  rules: MappingRule[];
}

const matches = (rule: MappingRule, request: StoredRequest) =>
  (rule.emergency === undefined || rule.emergency === request.emergency) &&
  (rule.category === undefined || rule.category === request.category) &&
  (rule.needId === undefined || rule.needId === request.needId);

const sourceOf = (rule: MappingRule) =>
  rule.emergency ? 'emergency' : rule.needId ? 'need' : rule.category ? 'category' : 'fallback';

/** Reads `catalogue` on every call, so a replaced service list takes effect at once. */
export function catalogueResolver(catalogue: Catalogue): ServiceResolver {
  return (request): ServiceResolution => {
    const index = catalogue.rules.findIndex((rule) => matches(rule, request));
    const rule = catalogue.rules[index];
    if (!rule)
      return {
        problem: `no platform service is mapped for ${request.category}/${request.needId ?? '-'}`,
      };
    const service = catalogue.services.find((s) => s.code === rule.serviceCode);
    if (!service) return { problem: `the platform no longer offers service ${rule.serviceCode}` };
    const definition = catalogue.definitions.find((d) => d.serviceCode === service.code);
    if (service.metadata && !definition)
      return { problem: `no definition is known for service ${service.code}` };
    return {
      serviceCode: service.code,
      declaredAttributes: (definition?.attributes ?? [])
        .filter((attribute) => attribute.variable)
        .map((attribute) => attribute.code),
      mapping: { source: sourceOf(rule), rule: index },
    };
  };
}

export const service = (code: string, metadata = false): PlatformService => ({
  code,
  name: code,
  description: null,
  group: null,
  keywords: [],
  type: 'realtime',
  metadata,
});

/** A platform that calls things its own way: its codes are not the kiosk's. */
export function sampleCatalogue(): Catalogue {
  return {
    services: [service('WATER', true), service('EMERG'), service('GENERAL')],
    definitions: [
      {
        serviceCode: 'WATER',
        attributes: [
          {
            code: 'floor',
            datatype: 'string',
            required: false,
            variable: true,
            description: 'Floor',
            datatypeDescription: null,
            order: 1,
            values: [],
          },
          {
            code: 'note',
            datatype: 'text',
            required: false,
            variable: false,
            description: 'Shut the main valve if you can.',
            datatypeDescription: null,
            order: 2,
            values: [],
          },
        ],
      },
    ],
    rules: [
      { emergency: true, serviceCode: 'EMERG' },
      { needId: 'pipe-leak', serviceCode: 'WATER' },
      { category: 'basic-living', serviceCode: 'GENERAL' },
    ],
  };
}
