// The strict mode's own service catalogue, read from centre/strict/services.json: data, not code,
// and deliberately unlike the kiosk's codes (WTR-LEAK, MEALS, SAFETY-URGENT…), so a client has to
// read GET /services.json and map by group and keywords the way it would for any third-party
// platform. The file is ours, so its schema is exact.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { attributeDatatypes } from '../../wire/services.js';

const ServiceCode = z.string().regex(/^[A-Z][A-Z0-9-]{0,29}$/);
const AttributeCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const StrictAttribute = z
  .object({
    code: AttributeCode,
    datatype: z.enum(attributeDatatypes),
    required: z.boolean(),
    /** false: information shown to the resident, never an input. */
    variable: z.boolean(),
    description: z.string().min(1),
    datatype_description: z.string(),
    values: z.array(z.object({ key: z.string().min(1), name: z.string().min(1) }).strict()),
  })
  .strict()
  .refine(
    (a) => a.datatype.endsWith('valuelist') === a.values.length > 0,
    'list attributes have values, other attributes none',
  )
  .refine((a) => a.variable || !a.required, 'an informational attribute cannot be required');
export type StrictAttribute = z.output<typeof StrictAttribute>;

export const StrictService = z
  .object({
    service_code: ServiceCode,
    service_name: z.string().min(1),
    description: z.string().min(1),
    group: z.string().min(1),
    keywords: z.array(z.string().min(1)).min(1),
    attributes: z.array(StrictAttribute),
  })
  .strict();
export type StrictService = z.output<typeof StrictService>;

export const StrictCatalogueFile = z
  .object({
    /** agency_responsible on every record. */
    agency: z.string().min(1),
    /** service_notice on every created request. */
    notice: z.string().min(1),
    services: z.array(StrictService).min(1),
  })
  .strict()
  .refine(
    (file) => new Set(file.services.map((s) => s.service_code)).size === file.services.length,
    'service codes are unique',
  );

export interface StrictCatalogue {
  agency: string;
  notice: string;
  services: ReadonlyMap<string, StrictService>;
}

/** Beside the compiled code when the build copied it, else in the source tree it was built from. */
export function strictCatalogueFile(): string {
  const candidates = [
    // centre/server/strict/ → centre/strict/ (and the same inside build/node/)
    new URL('../../strict/services.json', import.meta.url),
    // build/node/centre/server/strict/ → the repository's centre/strict/
    new URL('../../../../../centre/strict/services.json', import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((file) => existsSync(file));
  if (!found)
    throw new Error(
      `The strict service catalogue is missing (looked in ${candidates.join(', ')}).`,
    );
  return found;
}

export function parseStrictCatalogue(input: unknown): StrictCatalogue {
  const file = StrictCatalogueFile.parse(input);
  return {
    agency: file.agency,
    notice: file.notice,
    services: new Map(file.services.map((service) => [service.service_code, service])),
  };
}

export function loadStrictCatalogue(path: string = strictCatalogueFile()): StrictCatalogue {
  return parseStrictCatalogue(JSON.parse(readFileSync(path, 'utf8')));
}
