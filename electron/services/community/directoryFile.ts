// directory.json: the community directory for a platform without the directory extension,
// provisioned by the centre's IT person in the data dir. Its format is the contract's
// CommunityData (the demo community in demo/community is a complete example). A bad file stops start-up
// with the file and the entry named: a half-read directory would send residents to wrong numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CommunityData } from '../../../contract/index.js';
import { directoryFileName } from '../../config/configSchema.js';

export class DirectoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFileError';
  }
}

function describeIssue(path: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const entry = issue?.path.map(String).join('.') ?? '';
  return `${path}: ${entry ? `entry ${entry}: ` : ''}${issue?.message ?? 'invalid'}.`;
}

export function parseDirectoryFile(path: string, text: string): CommunityData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DirectoryFileError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CommunityData.safeParse(json);
  if (!parsed.success) throw new DirectoryFileError(describeIssue(path, parsed.error));
  const ids = new Set<string>();
  for (const [index, need] of parsed.data.needs.entries()) {
    if (ids.has(need.id))
      throw new DirectoryFileError(`${path}: entry needs.${index}.id: "${need.id}" is used twice.`);
    ids.add(need.id);
  }
  return parsed.data;
}

/** The provisioned directory, or null when the data dir has none. */
export function loadDirectoryFile(dataDir: string): { path: string; data: CommunityData | null } {
  const path = join(dataDir, directoryFileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, data: null };
    throw new DirectoryFileError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  return { path, data: parseDirectoryFile(path, text) };
}
