// Configuration = defaults, then <dataDir>/config.json, then KIOSK_* environment variables.
// A bad value stops start-up with a message naming the key, the value and what is allowed:
// a kiosk that starts with a wrong setting fails quietly in front of a resident instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigKey, type KioskConfig, configFileName, configKeys } from './configSchema.js';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const keyNames = Object.keys(configKeys) as ConfigKey[];

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`${path} must hold one JSON object of settings.`);
  }
  const unknownKeys = Object.keys(parsed).filter((key) => !keyNames.includes(key as ConfigKey));
  if (unknownKeys.length > 0) {
    throw new ConfigError(
      `${path} has unknown key "${unknownKeys[0]}". Known keys: ${keyNames.join(', ')}.`,
    );
  }
  return parsed as Record<string, unknown>;
}

export function loadConfig(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): KioskConfig {
  const filePath = join(dataDir, configFileName);
  const fromFile = readConfigFile(filePath);
  const config: Record<string, unknown> = {};
  for (const key of keyNames) {
    const spec = configKeys[key];
    const envValue = env[spec.env];
    const [value, source] =
      envValue !== undefined
        ? [envValue, `environment variable ${spec.env}`]
        : key in fromFile
          ? [fromFile[key], filePath]
          : [spec.default, 'the default'];
    const result = spec.schema.safeParse(value);
    if (!result.success) {
      throw new ConfigError(
        `Setting "${key}" from ${source} has the value ${JSON.stringify(value)}, ` +
          `which is not allowed. Allowed: ${spec.allowed}.`,
      );
    }
    config[key] = result.data;
  }
  const checked = config as KioskConfig;
  if ((checked.kioskLatitude === null) !== (checked.kioskLongitude === null)) {
    throw new ConfigError(
      'Settings "kioskLatitude" and "kioskLongitude" go together: set both (the kiosk’s WGS84 ' +
        'position) or neither.',
    );
  }
  return checked;
}
