// Starts the kiosk's services and the local HTTP host together, and stops them in order.
import type { Shell } from '../../db/repositories/processRuns.js';
import { rendererDir } from '../services/appPaths.js';
import type { KioskRuntime } from '../services/kioskRuntime.js';
import { startKiosk } from '../services/startKiosk.js';
import type { Logger } from '../services/logger.js';
import { type HttpHost, startHttpHost } from './httpHost.js';
import type { HostProcessOptions } from './hostOptions.js';

export interface ServedKiosk {
  runtime: KioskRuntime;
  host: HttpHost;
  stop(): Promise<void>;
}

export async function serveKiosk(
  options: HostProcessOptions & {
    shell?: Shell;
    logger?: Logger;
    env?: Record<string, string | undefined>;
  },
): Promise<ServedKiosk> {
  const runtime = await startKiosk({
    dataDir: options.dataDir,
    shell: options.shell ?? 'host',
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  let host: HttpHost;
  try {
    host = await startHttpHost({
      dispatch: runtime.dispatch,
      rendererDir,
      port: options.port,
      logger: runtime.logger,
    });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  return {
    runtime,
    host,
    stop: async () => {
      await host.close();
      await runtime.close();
    },
  };
}
