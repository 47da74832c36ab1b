// Builds the fleet agent from the configuration, for kioskRuntime.ts: nothing without a centre,
// otherwise the fleet client on the same URL, key, jurisdiction and timeout as the upload worker.
import type { KioskConfig } from '../../config/configSchema.js';
import { createFleetClient } from '../../../upstream/client/index.js';
import type { Logger } from '../logger.js';
import { classifyCentreFailure, createFleetGateway } from '../upload/centreClientGateway.js';
import { type FleetAgent, createFleetAgent } from './fleetAgent.js';
import type { HeartbeatSources } from './heartbeatFacts.js';

export interface OpenFleetOptions {
  config: KioskConfig;
  env: Record<string, string | undefined>;
  dataDir: string;
  sources: Omit<HeartbeatSources, 'kioskId' | 'dataDir'>;
  logger: Logger;
  now: () => Date;
}

export function openFleet(options: OpenFleetOptions): FleetAgent | undefined {
  const { config } = options;
  if (!config.upstreamUrl) return undefined;
  const client = createFleetClient({
    baseUrl: config.upstreamUrl,
    apiKey: config.upstreamApiKey,
    timeoutMs: config.upstreamTimeoutMs,
    ...(config.upstreamJurisdiction ? { jurisdictionId: config.upstreamJurisdiction } : {}),
  });
  return createFleetAgent({
    gateway: createFleetGateway(client),
    classify: classifyCentreFailure,
    sources: { ...options.sources, kioskId: config.kioskId, dataDir: options.dataDir },
    dataDir: options.dataDir,
    heartbeatSeconds: config.heartbeatSeconds,
    env: options.env,
    logger: options.logger,
    now: options.now,
  });
}
