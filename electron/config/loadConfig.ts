// Configuration = defaults, then <dataDir>/config.json, then KIOSK_* environment variables.
// A bad value stops start-up with a message naming the key, the value and what is allowed:
// a kiosk that starts with a wrong setting fails quietly in front of a resident instead. A secret
// (the API key, a password in a URL) is never echoed: the message goes to consoles and logs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ConfigKey,
  type KioskConfig,
  type SecretKind,
  configFileName,
  configKeys,
} from './configSchema.js';

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
    // V8's message quotes the text around the mistake, which may be the API key: say where.
    throw new ConfigError(`${path} is not valid JSON ${whereInText(text, error)}.`);
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

function whereInText(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position?.[1]) return '(check its quotes, commas and braces)';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `(line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Hides user:password@ in something URL-like, parsed or not. */
function withoutCredentials(text: string): string {
  return text.replace(
    /^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i,
    (_match, scheme?: string) => `${scheme ?? ''}***@`,
  );
}

/** The value as a start-up error may show it: never a secret, never a password. */
export function describeValue(value: unknown, secret: SecretKind | undefined): string {
  if (secret === 'whole-value') {
    return typeof value === 'string' ? `a value of ${value.length} characters` : 'a value';
  }
  if (secret === 'credentials-in-url' && typeof value === 'string') {
    const shown = withoutCredentials(value);
    return shown === value
      ? `the value ${JSON.stringify(value)}`
      : `the value ${JSON.stringify(shown)} (credentials hidden)`;
  }
  return `the value ${JSON.stringify(value)}`;
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
      const secret: SecretKind | undefined = 'secret' in spec ? spec.secret : undefined;
      throw new ConfigError(
        `Setting "${key}" from ${source} has ${describeValue(value, secret)}, ` +
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
