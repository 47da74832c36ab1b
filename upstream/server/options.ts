// The centre server's settings from its environment, checked before anything starts:
//   PORT                       127.0.0.1 port; 0 = any free port (default 8311)
//   CENTRE_DATA_DIR            where centre.sqlite lives (default .kiosk-data/centre-server)
//   CENTRE_API_KEY             the api_key every call needs (default: the printed demo key)
//   CENTRE_CHAOS               fault injection as JSON, e.g. {"seed":7,"error500":0.1}
//   CENTRE_TOKEN_CHANCE        chance (0–1) that a POST answers with a token (default 0.1)
//   CENTRE_TOKEN_DELAY_MS      how long a token stays unresolved (default 2000)
//   CENTRE_PROCESSING_DELAY_MS pause between claiming a key and storing (default 0)
//   CENTRE_DIRECTORY_FILE      a CommunityData JSON file to serve instead of the demo community
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoCentreApiKey } from '../wire/demo.js';
import type { CentreServerOptions } from './centreServer.js';
import { parseChaosEnv } from './chaos/chaosOptions.js';

export const defaultCentrePort = 8311;
export const defaultCentreDataDir = '.kiosk-data/centre-server';

export class CentreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CentreConfigError';
  }
}

export interface CentreEnvOptions extends CentreServerOptions {
  port: number;
  usingDemoKey: boolean;
  directoryFile: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

function numberFrom(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new CentreConfigError(`${name} must be a number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function readDirectoryFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CentreConfigError(
      `CENTRE_DIRECTORY_FILE ${path} could not be read as JSON: ${(error as Error).message}`,
    );
  }
}

export function readCentreEnv(env: Env, cwd: string = process.cwd()): CentreEnvOptions {
  const port = numberFrom(env, 'PORT', defaultCentrePort, 0, 65535);
  if (!Number.isInteger(port)) throw new CentreConfigError('PORT must be a whole number.');
  const apiKey = env.CENTRE_API_KEY?.trim() ?? '';
  let chaos;
  try {
    chaos = parseChaosEnv(env.CENTRE_CHAOS);
  } catch (error) {
    throw new CentreConfigError((error as Error).message);
  }
  const directoryFile = env.CENTRE_DIRECTORY_FILE?.trim() || null;
  return {
    port,
    dataDir: resolve(cwd, env.CENTRE_DATA_DIR?.trim() || defaultCentreDataDir),
    apiKey: apiKey === '' ? demoCentreApiKey : apiKey,
    usingDemoKey: apiKey === '',
    chaos,
    tokenChance: numberFrom(env, 'CENTRE_TOKEN_CHANCE', 0.1, 0, 1),
    tokenDelayMs: numberFrom(env, 'CENTRE_TOKEN_DELAY_MS', 2000, 0, 86_400_000),
    processingDelayMs: numberFrom(env, 'CENTRE_PROCESSING_DELAY_MS', 0, 0, 600_000),
    directoryFile,
    ...(directoryFile ? { directory: readDirectoryFile(resolve(cwd, directoryFile)) } : {}),
  };
}
