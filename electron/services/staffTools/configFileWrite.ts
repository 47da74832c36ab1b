// config.json as staff change it from the screen: read as the JSON object it is, and written back
// whole to a temporary file that is flushed and renamed over it, so a power cut leaves the old
// file or the new one, never half of one. 0600: it may hold the centre's key.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { configFileName } from '../../config/configSchema.js';

export function configFilePath(dataDir: string): string {
  return join(dataDir, configFileName);
}

/** The file's settings as written; {} when there is no file yet. */
export function readConfigObject(dataDir: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(configFilePath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${configFileName} does not hold one JSON object`);
  }
  return parsed as Record<string, unknown>;
}

export function writeConfigObject(dataDir: string, settings: Record<string, unknown>): void {
  const path = configFilePath(dataDir);
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(settings, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
