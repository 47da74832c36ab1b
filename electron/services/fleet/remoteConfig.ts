// Which settings the centre may set remotely, checked with the very schemas config.json is
// checked with (configSchema.ts). Decided here, once:
//  - never remote: the kiosk's identity and its way to the centre (kioskId, upstreamUrl,
//    upstreamApiKey, upstreamJurisdiction: a wrong one would cut the kiosk off for good; voterKey,
//    which the centre must never hold), its
//    local hardware (cardReader, printer), how staff sign in at this screen (staffEntry: the
//    centre must not be able to weaken it), demoMode and devTools. The data dir is no setting.
//  - applied at once: heartbeatSeconds.
//  - applied at the next start: everything else remote (the services read them when they start).
// A remote config with any key outside these lists, or any bad value, is refused whole.
import { type ConfigKey, type KioskConfig, configKeys } from '../../config/configSchema.js';

export const liveRemoteKeys = ['heartbeatSeconds'] as const satisfies readonly ConfigKey[];

export const restartRemoteKeys = [
  'communityName',
  'communityNameEnglish',
  'centreHotline',
  'defaultLanguage',
  'defaultTextSize',
  'timeZone',
  'kioskAddress',
  'kioskLatitude',
  'kioskLongitude',
  'serviceRefreshMinutes',
  'upstreamTimeoutMs',
  'retryBaseMs',
  'retryCapMs',
  'statusPollSeconds',
  'retentionDays',
  'printRetentionDays',
  'upstreamMaxInFlight',
] as const satisfies readonly ConfigKey[];

export const localOnlyKeys = [
  'kioskId',
  'demoMode',
  'cardReader',
  'printer',
  'upstreamUrl',
  'upstreamApiKey',
  'upstreamJurisdiction',
  // The voter key must never pass through the centre, which would then hold it.
  'voterKey',
  'staffEntry',
  'logExportDir',
  'devTools',
] as const satisfies readonly ConfigKey[];

const remoteKeys: ReadonlySet<string> = new Set([...liveRemoteKeys, ...restartRemoteKeys]);
const localKeys: ReadonlySet<string> = new Set(localOnlyKeys);

export type RemoteValues = Partial<KioskConfig>;

export type RemoteCheck =
  | { ok: true; values: RemoteValues; raw: Record<string, unknown> }
  /** reason: key names and what is allowed, never the values (they are the centre's to see). */
  | { ok: false; reason: string };

export function checkRemoteConfig(raw: Record<string, unknown>): RemoteCheck {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (localKeys.has(key)) {
      return { ok: false, reason: `"${key}" is set on the kiosk only, never remotely` };
    }
    if (!remoteKeys.has(key)) return { ok: false, reason: `"${key}" is not a setting` };
    const spec = configKeys[key as ConfigKey];
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success) return { ok: false, reason: `"${key}" not allowed: ${spec.allowed}` };
    values[key] = parsed.data;
  }
  if ('kioskLatitude' in values !== 'kioskLongitude' in values) {
    return { ok: false, reason: '"kioskLatitude" and "kioskLongitude" go together' };
  }
  if (
    'kioskLatitude' in values &&
    (values.kioskLatitude === null) !== (values.kioskLongitude === null)
  ) {
    return { ok: false, reason: '"kioskLatitude" and "kioskLongitude" go together' };
  }
  return { ok: true, values: values as RemoteValues, raw };
}

/**
 * The configuration with the remote values laid over it, except where an environment variable
 * sets the key (the machine's own word wins): defaults, config.json, remote, environment.
 */
export function overlayRemote(
  config: KioskConfig,
  remote: RemoteValues,
  env: Record<string, string | undefined>,
): KioskConfig {
  const next: Record<string, unknown> = { ...config };
  for (const [key, value] of Object.entries(remote)) {
    if (env[configKeys[key as ConfigKey].env] === undefined) next[key] = value;
  }
  const merged = next as KioskConfig;
  // A remote pair is checked as a pair; an environment variable may still split it.
  return (merged.kioskLatitude === null) !== (merged.kioskLongitude === null) ? config : merged;
}

/** The keys of a remote config that take effect only at the next start. */
export function waitingForRestart(remote: RemoteValues): string[] {
  const restart: ReadonlySet<string> = new Set(restartRemoteKeys);
  return Object.keys(remote).filter((key) => restart.has(key));
}
