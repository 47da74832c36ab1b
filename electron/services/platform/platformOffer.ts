// What the kiosk offers residents given what the centre's platform accepts: the catalogue
// (needs filtered to those whose service is accepted now, with the platform's questions and
// where to ask the location), the service chosen when a request is saved, the one resolved when
// it is sent, and a summary for staff. With no centre configured, or before the platform's
// services were ever read, every need is offered and the code is chosen when the request is sent.
import type {
  Catalog,
  CategoryId,
  CommunityData,
  KioskInfo,
  LocationMode,
  AttributeQuestion,
} from '../../../contract/index.js';
import type { MappingSource } from '../../../db/repositories/requests.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { RequestLocation } from '../upload/centreGateway.js';
import { questionsOf } from './attributeQuestions.js';
import { type EffectiveMapping, computeMapping } from './effectiveMapping.js';
import type { ServiceMappingFile } from './mappingFile.js';
import {
  type RequestToFile,
  type ServiceResolution,
  lineForRequest,
  resolveService,
} from './resolveService.js';
import type { ServiceCatalog } from './serviceCatalog.js';

export interface KioskPlace {
  latitude: number | null;
  longitude: number | null;
  /** Where the kiosk stands (config kioskAddress); empty: the centre's address stands in. */
  address: string;
}

export interface PlatformOfferDeps {
  /** A centre is configured (upstreamUrl). */
  configured: boolean;
  catalog: ServiceCatalog;
  mappingFile: ServiceMappingFile;
  directory: Pick<CommunityDirectory, 'data' | 'source'>;
  kioskPlace: KioskPlace;
  logger: Logger;
}

export interface ServiceSubject {
  category: CategoryId;
  needId: string | null;
  emergency: boolean;
}

export interface ServiceChoice {
  /** false: the platform takes nothing for this now; only an emergency is saved regardless. */
  offered: boolean;
  serviceCode: string | null;
  mappingSource: MappingSource | null;
  questions: AttributeQuestion[];
  location: LocationMode;
}

export interface PlatformOffer {
  catalog(): Catalog;
  choose(subject: ServiceSubject): ServiceChoice;
  /** For the upload worker, at send time. */
  resolveService(request: RequestToFile): ServiceResolution;
  kioskLocation(): RequestLocation;
  /** The mapping in force, or null while every need is offered unmapped. */
  mapping(): EffectiveMapping | null;
  info(): KioskInfo['platform'];
  /** Logs an error when the emergency button maps to nothing; call at start and after refreshes. */
  checkEmergency(): void;
}

export function locationModeOf(data: CommunityData, needId: string | null): LocationMode {
  if (needId === null) return 'choice';
  return data.needs.find((need) => need.id === needId)?.atHome === true ? 'choice' : 'kiosk';
}

export function createPlatformOffer(deps: PlatformOfferDeps): PlatformOffer {
  const { catalog, directory } = deps;
  let cached: { version: number; data: CommunityData; mapping: EffectiveMapping } | undefined;
  let lastEmergencyProblem: string | null = null;

  const knowsPlatform = () => deps.configured && (catalog.state()?.fetchedAt ?? null) !== null;
  const mapping = (): EffectiveMapping | null => {
    if (!knowsPlatform()) return null;
    const data = directory.data();
    if (cached?.version !== catalog.version() || cached.data !== data) {
      cached = {
        version: catalog.version(),
        data,
        mapping: computeMapping(data, deps.mappingFile, catalog),
      };
    }
    return cached.mapping;
  };

  const choose = (subject: ServiceSubject): ServiceChoice => {
    const location = locationModeOf(directory.data(), subject.needId);
    const effective = mapping();
    if (!effective) {
      return { offered: true, serviceCode: null, mappingSource: null, questions: [], location };
    }
    const line = lineForRequest(effective, subject);
    if (!line?.accepted || line.serviceCode === null || line.origin === 'unmapped') {
      return { offered: false, serviceCode: null, mappingSource: null, questions: [], location };
    }
    const standing = catalog.standing(line.serviceCode);
    return {
      offered: true,
      serviceCode: line.serviceCode,
      mappingSource: line.origin,
      questions: questionsOf(standing.kind === 'accepted' ? standing.definition : null),
      location,
    };
  };

  const buildCatalog = (): Catalog => {
    const data = directory.data();
    return {
      hotline: data.centre.hotline,
      categories: data.categories.map((category) => {
        const needs = data.needs
          .filter((need) => need.category === category.id)
          .flatMap((need) => {
            const choice = choose({ category: category.id, needId: need.id, emergency: false });
            if (!choice.offered) return [];
            const { id, title, description, urgentByDefault } = need;
            return [
              {
                id,
                title,
                description,
                urgentByDefault,
                location: choice.location,
                questions: choice.questions,
              },
            ];
          });
        const other = choose({ category: category.id, needId: null, emergency: false });
        return {
          id: category.id,
          title: category.title,
          hint: category.hint,
          needs,
          other: other.offered ? { location: other.location, questions: other.questions } : null,
        };
      }),
    };
  };

  const emergencyInfo = (): KioskInfo['platform']['emergency'] => {
    if (!deps.configured) return { serviceCode: null, source: null, problem: null };
    const effective = mapping();
    if (!effective) {
      return {
        serviceCode: null,
        source: null,
        problem:
          'the platform’s services have not been read yet; emergencies are kept and sent later',
      };
    }
    const line = effective.emergency;
    if (!line.accepted || line.serviceCode === null || line.origin === 'unmapped') {
      return {
        serviceCode: line.serviceCode,
        source: null,
        problem: `the emergency button maps to no service the platform accepts: ${line.note ?? 'unmapped'}`,
      };
    }
    const required = choose({ category: 'safety-emergency', needId: null, emergency: true })
      .questions.filter((question) => question.required)
      .map((question) => question.code);
    return {
      serviceCode: line.serviceCode,
      source: line.origin,
      problem:
        required.length > 0
          ? `${line.serviceCode} requires answers the one-press emergency button cannot give: ${required.join(', ')}`
          : null,
    };
  };

  return {
    catalog: buildCatalog,
    choose,
    resolveService: (request) => {
      const effective = mapping();
      if (!effective) {
        return {
          problem: deps.configured
            ? 'The platform’s services have not been read yet; the request waits for them.'
            : 'No centre is configured (upstreamUrl); requests stay on this kiosk.',
        };
      }
      return resolveService(request, catalog, effective);
    },
    kioskLocation: () => ({
      lat: deps.kioskPlace.latitude,
      long: deps.kioskPlace.longitude,
      address: deps.kioskPlace.address || directory.data().centre.address['zh-CN'] || null,
    }),
    mapping,
    info: () => {
      const state = catalog.state();
      const counts = catalog.counts();
      const offered = buildCatalog().categories.reduce((sum, c) => sum + c.needs.length, 0);
      return {
        configured: deps.configured,
        servicesFetchedAt: state?.fetchedAt ?? null,
        lastRefreshError: state?.lastError ?? null,
        servicesAccepted: counts.accepted,
        servicesWithdrawn: counts.withdrawn,
        needsOffered: offered,
        needsHidden: directory.data().needs.length - offered,
        emergency: emergencyInfo(),
        directorySource: directory.source(),
      };
    },
    checkEmergency: () => {
      const { problem } = emergencyInfo();
      if (problem !== null && problem !== lastEmergencyProblem && knowsPlatform()) {
        deps.logger.error('the emergency button has a problem staff must fix', { problem });
      }
      lastEmergencyProblem = problem;
    },
  };
}
