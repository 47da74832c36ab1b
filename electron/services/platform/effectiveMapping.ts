// The mapping in force: for every need, category and the emergency button, the platform service
// it is filed under and where that came from — the mapping file, the automatic guess, the
// category's fallback — or why nothing is. Computed from the directory, the file and the cached
// catalogue; residents are offered only lines whose service the platform accepts right now.
import { type CategoryId, type CommunityData, categoryIds } from '../../../contract/index.js';
import type { MappingSource } from '../../../db/repositories/requests.js';
import type { ServiceMappingFile } from './mappingFile.js';
import { guessCategoryFallback, guessEmergencyService, guessNeedService } from './mappingGuess.js';
import type { ServiceCatalog, ServiceStanding } from './serviceCatalog.js';

export type MappingOrigin = MappingSource | 'unmapped';

export interface MappingLine {
  origin: MappingOrigin;
  /** The code this line names (even when the platform does not accept it now); null if none. */
  serviceCode: string | null;
  /** True when the platform accepts serviceCode right now: only then is it offered or sent. */
  accepted: boolean;
  /** For staff: why it is unmapped or not accepted, or which category a fallback came through. */
  note: string | null;
}

export interface EffectiveMapping {
  needs: ReadonlyMap<string, MappingLine>;
  categories: ReadonlyMap<string, MappingLine>;
  emergency: MappingLine;
}

const unmapped = (note: string): MappingLine => ({
  origin: 'unmapped',
  serviceCode: null,
  accepted: false,
  note,
});

export function describeStanding(code: string, standing: ServiceStanding): string | null {
  switch (standing.kind) {
    case 'accepted':
      return null;
    case 'withdrawn':
      return `the platform no longer lists ${code} (withdrawn ${standing.since})`;
    case 'no-definition':
      return `the definition of ${code} could not be read from the platform`;
    case 'unknown':
      return `the platform has no service ${code}`;
  }
}

function lineFor(origin: MappingSource, code: string, catalog: ServiceCatalog): MappingLine {
  const note = describeStanding(code, catalog.standing(code));
  return { origin, serviceCode: code, accepted: note === null, note };
}

export function computeMapping(
  directory: CommunityData,
  file: ServiceMappingFile,
  catalog: ServiceCatalog,
): EffectiveMapping {
  const services = catalog.accepted().map((entry) => entry.service);
  const categories = new Map<CategoryId, MappingLine>();
  for (const category of directory.categories) {
    const fromFile = file.categories[category.id];
    if (fromFile === null) {
      categories.set(category.id, unmapped('the mapping file offers nothing here'));
    } else if (fromFile !== undefined) {
      categories.set(category.id, lineFor('file', fromFile, catalog));
    } else {
      const guess = guessCategoryFallback(category, services);
      categories.set(
        category.id,
        guess
          ? lineFor('guess', guess.code, catalog)
          : unmapped('no platform service reads like "something else" for this category'),
      );
    }
  }

  const fallbackOf = (category: CategoryId): MappingLine | null => {
    const line = categories.get(category);
    if (!line?.accepted || line.serviceCode === null) return null;
    return {
      origin: 'fallback',
      serviceCode: line.serviceCode,
      accepted: true,
      note: `through category ${category} (${line.origin})`,
    };
  };

  const needs = new Map<string, MappingLine>();
  for (const need of directory.needs) {
    const fromFile = file.needs[need.id];
    const category = directory.categories.find((c) => c.id === need.category);
    if (fromFile === null) {
      needs.set(need.id, unmapped('the mapping file switches this need off'));
      continue;
    }
    if (fromFile !== undefined) {
      needs.set(need.id, lineFor('file', fromFile, catalog));
      continue;
    }
    const guess = category ? guessNeedService(need, category, services) : null;
    needs.set(
      need.id,
      guess
        ? lineFor('guess', guess.code, catalog)
        : (fallbackOf(need.category) ??
            unmapped('no platform service matches and the category has no fallback')),
    );
  }

  let emergency: MappingLine;
  if (file.emergency === null) emergency = unmapped('the mapping file names no emergency service');
  else if (file.emergency !== undefined) emergency = lineFor('file', file.emergency, catalog);
  else {
    const guess = guessEmergencyService(services);
    emergency = guess
      ? lineFor('guess', guess.code, catalog)
      : (fallbackOf('safety-emergency') ??
        unmapped('no platform service reads like an emergency and safety has no fallback'));
  }
  return { needs, categories, emergency };
}

/** The file a reviewer can copy to service-mapping.json: every accepted line, nothing else. */
export function proposedMappingFile(mapping: EffectiveMapping): ServiceMappingFile {
  const pick = (line: MappingLine | undefined) =>
    line?.accepted && line.origin !== 'fallback' ? line.serviceCode : undefined;
  const needs: Record<string, string | null> = {};
  for (const [id, line] of mapping.needs) {
    const code = pick(line);
    if (code) needs[id] = code;
  }
  const categories: Partial<Record<CategoryId, string | null>> = {};
  for (const id of categoryIds) {
    const code = pick(mapping.categories.get(id));
    if (code) categories[id] = code;
  }
  const emergency = pick(mapping.emergency);
  return { needs, categories, ...(emergency ? { emergency } : {}) };
}
