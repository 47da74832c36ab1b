// The centre server's settings from its environment, checked before anything starts:
//   PORT                       127.0.0.1 port; 0 = any free port (default 8311)
//   CENTRE_DATA_DIR            where centre.sqlite lives (default .kiosk-data/centre-server)
//   CENTRE_API_KEY             the api_key every call needs (default: the printed demo key)
//   CENTRE_CHAOS               fault injection as JSON, e.g. {"seed":7,"error500":0.1}
//   CENTRE_TOKEN_CHANCE        chance (0–1) that a POST answers with a token (default 0.1)
//   CENTRE_TOKEN_DELAY_MS      how long a token stays unresolved (default 2000)
//   CENTRE_PROCESSING_DELAY_MS pause between claiming a key and storing (default 0)
//   CENTRE_DIRECTORY_FILE      the community directory (JSON) to serve and build services from;
//                              required in extension mode (npm run centre writes the demo one)
//   CENTRE_STRICT              1/true: strict mode, a plain unforgiving Open311 server (default 0)
//   CENTRE_DEDUPLICATE         strict mode: 0/false stops refusing identical requests (default 1)
//   CENTRE_SURVEYS_FILE        the questionnaires (JSON) to serve; default centre/surveys/surveys.json
//   CENTRE_JURISDICTIONS       comma-separated jurisdiction_id values every Open311 call must name
//                              (default: none in extension mode, "xingfuli" in strict mode)
//   CENTRE_TIME_ZONE           IANA zone whose local day is the queue's and the appointments'
//                              day (default Asia/Shanghai)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoCentreApiKey } from './wire/demo.js';
import { type CentreServerOptions, missingDirectoryMessage } from './server/centreServer.js';
import { parseChaosEnv } from './server/chaos/chaosOptions.js';
import { queueTimeZone } from './server/queue/windowServices.js';
import { loadSurveyFile } from './server/surveys/surveyFile.js';
import type { Survey } from './wire/surveys.js';

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
  strict: boolean;
  usingDemoKey: boolean;
  directoryFile: string | null;
  surveysFile: string | null;
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

function readSurveysFile(path: string): Survey[] {
  try {
    return loadSurveyFile(path);
  } catch (error) {
    throw new CentreConfigError(`CENTRE_SURVEYS_FILE: ${(error as Error).message}`);
  }
}

function flagFrom(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new CentreConfigError(`${name} must be 1, true, 0 or false; got "${env[name]}".`);
}

function jurisdictionsFrom(env: Env): string[] | undefined {
  const raw = env.CENTRE_JURISDICTIONS;
  if (raw === undefined) return undefined;
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id));
  if (bad !== undefined) {
    throw new CentreConfigError(
      `CENTRE_JURISDICTIONS must be comma-separated ids (letters, digits, . _ -); got "${bad}".`,
    );
  }
  return ids;
}

/** The queue day's zone: one Intl accepts, so a typo stops the start, not the first number. */
export function timeZoneFrom(env: Env): string {
  const raw = env.CENTRE_TIME_ZONE?.trim() ?? '';
  if (raw === '') return queueTimeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new CentreConfigError(
      `CENTRE_TIME_ZONE must be an IANA time zone such as Asia/Shanghai; got "${raw}".`,
    );
  }
}

/**
 * Reads the centre's environment. With `requireDirectory` (the server process), extension mode
 * without CENTRE_DIRECTORY_FILE is refused here with one clear message.
 */
export function readCentreEnv(
  env: Env,
  cwd: string = process.cwd(),
  { requireDirectory = false }: { requireDirectory?: boolean } = {},
): CentreEnvOptions {
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
  const strict = flagFrom(env, 'CENTRE_STRICT');
  if (requireDirectory && !strict && directoryFile === null) {
    throw new CentreConfigError(missingDirectoryMessage);
  }
  const jurisdictions = jurisdictionsFrom(env);
  const surveysFile = env.CENTRE_SURVEYS_FILE?.trim() || null;
  return {
    port,
    strict,
    deduplicate: env.CENTRE_DEDUPLICATE === undefined ? true : flagFrom(env, 'CENTRE_DEDUPLICATE'),
    ...(jurisdictions === undefined ? {} : { jurisdictions }),
    dataDir: resolve(cwd, env.CENTRE_DATA_DIR?.trim() || defaultCentreDataDir),
    apiKey: apiKey === '' ? demoCentreApiKey : apiKey,
    usingDemoKey: apiKey === '',
    chaos,
    tokenChance: numberFrom(env, 'CENTRE_TOKEN_CHANCE', 0.1, 0, 1),
    tokenDelayMs: numberFrom(env, 'CENTRE_TOKEN_DELAY_MS', 2000, 0, 86_400_000),
    processingDelayMs: numberFrom(env, 'CENTRE_PROCESSING_DELAY_MS', 0, 0, 600_000),
    timeZone: timeZoneFrom(env),
    directoryFile,
    ...(directoryFile ? { directory: readDirectoryFile(resolve(cwd, directoryFile)) } : {}),
    surveysFile,
    ...(surveysFile ? { surveys: readSurveysFile(resolve(cwd, surveysFile)) } : {}),
  };
}
