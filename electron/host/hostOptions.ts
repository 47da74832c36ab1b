// PORT and KIOSK_DATA_DIR are process settings, not kiosk settings: they say where this process
// listens and where the kiosk's data (including config.json) lives.
import { resolve } from 'node:path';
import { ConfigError } from '../config/loadConfig.js';
import { appRoot } from '../services/appPaths.js';

export interface HostProcessOptions {
  port: number;
  dataDir: string;
}

export const defaultDataDir = resolve(appRoot, '.kiosk-data');

export function readHostProcessOptions(
  env: Record<string, string | undefined> = process.env,
): HostProcessOptions {
  const portText = env.PORT ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(
      `PORT has the value "${portText}", which is not allowed. Allowed: 0 (pick a free port) to 65535.`,
    );
  }
  const dataDir = env.KIOSK_DATA_DIR ? resolve(env.KIOSK_DATA_DIR) : defaultDataDir;
  return { port, dataDir };
}
