// service-mapping.json: which platform service each kiosk need is filed under, as data the
// centre's staff own. Every entry is a platform service code, or null for "do not offer this
// here" (which also stops the automatic guess). A bad file stops start-up with its path and the
// entry named, like a bad config.json: a silently ignored mapping would misfile requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CategoryId, type CommunityData } from '../../../contract/index.js';
import { serviceMappingFileName } from '../../config/configSchema.js';

const serviceCode = z
  .string({ message: 'expected a platform service code (text) or null' })
  .trim()
  .min(1, 'a service code cannot be empty; use null to offer nothing')
  .max(100, 'a service code is at most 100 characters')
  .nullable();

const needId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not a need id (lower-case-slug)');

export const ServiceMappingFile = z
  .object({
    /** Common need id → service code (or null: never offer this need while a centre is set). */
    needs: z.record(needId, serviceCode).default({}),
    /** Category → the code for "something else" in it, and for its needs nothing else maps. */
    categories: z.partialRecord(CategoryId, serviceCode).default({}),
    /** The emergency button's service. */
    emergency: serviceCode.optional(),
  })
  .strict();
export type ServiceMappingFile = z.output<typeof ServiceMappingFile>;

export const emptyMapping: ServiceMappingFile = { needs: {}, categories: {} };

export class MappingFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingFileError';
  }
}

/** The first problem, naming the entry: e.g. `entry needs.pipe-leak: expected a platform …`. */
function describeIssue(path: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${path}: invalid.`;
  const entry = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const allowed =
      entry === 'categories' ? CategoryId.options : ['needs', 'categories', 'emergency'];
    const where = entry ? `entry ${entry}: ` : '';
    return `${path}: ${where}unknown key "${issue.keys[0] ?? ''}" (allowed: ${allowed.join(', ')}).`;
  }
  if (issue.code === 'invalid_key')
    return `${path}: entry ${entry}: "${String(issue.path.at(-1) ?? '')}" is not a need id (lower-case-slug).`;
  return `${path}: ${entry ? `entry ${entry}: ` : ''}${issue.message}.`;
}

export function parseServiceMapping(path: string, text: string): ServiceMappingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MappingFileError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ServiceMappingFile.safeParse(json);
  if (!parsed.success) throw new MappingFileError(describeIssue(path, parsed.error));
  return parsed.data;
}

/** The data dir's mapping file, or the empty mapping when there is none. */
export function loadServiceMapping(dataDir: string): {
  path: string;
  present: boolean;
  mapping: ServiceMappingFile;
} {
  const path = join(dataDir, serviceMappingFileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { path, present: false, mapping: emptyMapping };
    throw new MappingFileError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  return { path, present: true, mapping: parseServiceMapping(path, text) };
}

/** Need ids the file names that the directory does not have: likely typos, worth a warning. */
export function unknownNeedIds(mapping: ServiceMappingFile, directory: CommunityData): string[] {
  const known = new Set(directory.needs.map((need) => need.id));
  return Object.keys(mapping.needs).filter((id) => !known.has(id));
}
