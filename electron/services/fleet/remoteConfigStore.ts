// The last good remote configuration, kept in the data dir (remote-config.json), so a kiosk that
// starts while the centre is down still starts with it, and a bad one offered later never
// replaces it. Written to a temporary file and renamed, so a power cut leaves the old or the new.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type RemoteValues, checkRemoteConfig } from './remoteConfig.js';

export const remoteConfigFileName = 'remote-config.json';

const StoredRemoteConfig = z.object({
  etag: z.string().nullable(),
  config: z.record(z.string(), z.unknown()),
  appliedAt: z.string(),
});
export type StoredRemoteConfig = z.infer<typeof StoredRemoteConfig>;

export type LastGood =
  | { kind: 'none' }
  | { kind: 'found'; stored: StoredRemoteConfig; values: RemoteValues }
  /** The file is there but unreadable or no longer valid (a newer kiosk wrote it?): ignored. */
  | { kind: 'unreadable'; reason: string };

export function readLastGood(dataDir: string): LastGood {
  let text: string;
  try {
    text = readFileSync(join(dataDir, remoteConfigFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', reason: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'not valid JSON' };
  }
  const stored = StoredRemoteConfig.safeParse(json);
  if (!stored.success) return { kind: 'unreadable', reason: 'not a stored remote config' };
  const checked = checkRemoteConfig(stored.data.config);
  return checked.ok
    ? { kind: 'found', stored: stored.data, values: checked.values }
    : { kind: 'unreadable', reason: checked.reason };
}

export function writeLastGood(dataDir: string, stored: StoredRemoteConfig): void {
  const path = join(dataDir, remoteConfigFileName);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
