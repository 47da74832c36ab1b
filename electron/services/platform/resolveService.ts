// Which platform service a stored request is sent under, checked at send time: the code chosen
// when it was saved if the platform still accepts it, else (for a request saved before any code
// was known) the mapping in force now. Anything else is a problem for staff, worded for them.
import type { MappingSource } from '../../../db/repositories/requests.js';
import { declaredAttributeCodes } from './attributeQuestions.js';
import { type EffectiveMapping, type MappingLine, describeStanding } from './effectiveMapping.js';
import type { ServiceCatalog } from './serviceCatalog.js';

/** What the upload worker knows of a stored request (a StoredRequest will do). */
export interface RequestToFile {
  category: string;
  needId: string | null;
  emergency: boolean;
  serviceCode: string | null;
  mappingSource: MappingSource | null;
}

export type ServiceResolution =
  | {
      serviceCode: string;
      /** Every attribute the definition lets a client send; only these go as attributes. */
      declaredAttributes: string[];
      mapping: { source: MappingSource; needId: string | null; category: string };
    }
  | { problem: string };

/** The mapping line for a request's need (or its category's "something else", or emergency). */
export function lineForRequest(
  mapping: EffectiveMapping,
  request: Pick<RequestToFile, 'category' | 'needId' | 'emergency'>,
): MappingLine | undefined {
  if (request.emergency) return mapping.emergency;
  const needLine = request.needId === null ? undefined : mapping.needs.get(request.needId);
  return needLine ?? mapping.categories.get(request.category);
}

function subjectOf(request: RequestToFile): string {
  if (request.emergency) return 'the emergency button';
  return request.needId === null
    ? `"something else" in ${request.category}`
    : `need ${request.needId} (${request.category})`;
}

export function resolveService(
  request: RequestToFile,
  catalog: ServiceCatalog,
  mapping: EffectiveMapping,
): ServiceResolution {
  const about = { needId: request.needId, category: request.category };
  if (request.serviceCode !== null) {
    const standing = catalog.standing(request.serviceCode);
    if (standing.kind !== 'accepted') {
      return {
        problem:
          `Saved under ${request.serviceCode} for ${subjectOf(request)}, but ` +
          `${describeStanding(request.serviceCode, standing) ?? 'it is not accepted'}. ` +
          'Map the need to a current code in service-mapping.json, then resend it.',
      };
    }
    return {
      serviceCode: request.serviceCode,
      declaredAttributes: declaredAttributeCodes(standing.definition),
      mapping: { source: request.mappingSource ?? 'file', ...about },
    };
  }
  const line = lineForRequest(mapping, request);
  if (!line || !line.accepted || line.serviceCode === null || line.origin === 'unmapped') {
    return {
      problem:
        `No platform service for ${subjectOf(request)}: ${line?.note ?? 'it is not in the directory'}. ` +
        'Add it to service-mapping.json (npm run mapping -- show lists every line).',
    };
  }
  const standing = catalog.standing(line.serviceCode);
  return {
    serviceCode: line.serviceCode,
    declaredAttributes: declaredAttributeCodes(
      standing.kind === 'accepted' ? standing.definition : null,
    ),
    mapping: { source: line.origin, ...about },
  };
}
