// At start, the last good remote configuration (kept in the data dir) is laid over config.json:
// defaults, then config.json, then the centre's remote config, then environment variables. This
// is how the keys that cannot change while the kiosk runs reach it: at the next start.
import type { KioskConfig } from '../../config/configSchema.js';
import type { Logger } from '../logger.js';
import { overlayRemote } from './remoteConfig.js';
import { readLastGood } from './remoteConfigStore.js';

export function withStoredRemoteConfig(
  config: KioskConfig,
  dataDir: string,
  env: Record<string, string | undefined>,
  logger: Logger,
): KioskConfig {
  const lastGood = readLastGood(dataDir);
  if (lastGood.kind !== 'found') return config;
  logger.info('the centre’s remote config applies', {
    etag: lastGood.stored.etag,
    keys: Object.keys(lastGood.values),
    since: lastGood.stored.appliedAt,
  });
  return overlayRemote(config, lastGood.values, env);
}
