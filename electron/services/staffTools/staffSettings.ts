// The settings staff change on the screen, checked value by value with the very schemas
// config.json is checked with at start (configSchema.ts), refused whole with the first bad field
// named, and written to the data dir's config.json. The centre's key is never read back out:
// the view says only whether one is set. The default language and text size apply from the next
// visit on; everything else at the next start. The view shows what is saved, and which of those
// are waiting for a restart.
import { formatCardReaderSpec } from '../../../hardware/idCard/index.js';
import { formatPrinterSpec } from '../../../hardware/printer/index.js';
import { KioskError } from '../../../contract/errors.js';
import {
  type StaffSettingKey,
  type StaffSettingsChange,
  type StaffSettingsSaved,
  type StaffSettingsView,
  liveStaffSettingKeys,
  staffSettingKeys,
} from '../../../contract/staffTools.js';
import { type ConfigKey, type KioskConfig, configKeys } from '../../config/configSchema.js';
import { describeValue } from '../../config/loadConfig.js';
import { readLastGood } from '../fleet/remoteConfigStore.js';
import type { VisitSettingsStore } from '../visitSettings.js';
import { readConfigObject, writeConfigObject } from './configFileWrite.js';

export interface StaffSettingsDeps {
  dataDir: string;
  /** The configuration this run started with. */
  running: KioskConfig;
  env: Record<string, string | undefined>;
  visit: Pick<VisitSettingsStore, 'changeDefaults'>;
}

type Shown = StaffSettingsView['values'];

const live: ReadonlySet<StaffSettingKey> = new Set(liveStaffSettingKeys);

function shownValues(config: KioskConfig): Shown {
  return {
    kioskId: config.kioskId,
    communityName: config.communityName,
    upstreamUrl: config.upstreamUrl,
    defaultLanguage: config.defaultLanguage,
    defaultTextSize: config.defaultTextSize,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    printer: formatPrinterSpec(config.printer),
    cardReader: formatCardReaderSpec(config.cardReader),
  };
}

/** What a key is set to at the next start, as the file (then the default) says. */
function nextStartValue(key: StaffSettingKey, file: Record<string, unknown>): unknown {
  const spec = configKeys[key];
  const parsed = spec.schema.safeParse(key in file ? file[key] : spec.default);
  if (!parsed.success) return undefined;
  if (key === 'printer') return formatPrinterSpec(parsed.data as KioskConfig['printer']);
  if (key === 'cardReader') return formatCardReaderSpec(parsed.data as KioskConfig['cardReader']);
  return parsed.data;
}

export interface StaffSettings {
  view(): StaffSettingsView;
  change(changes: StaffSettingsChange): StaffSettingsSaved;
}

export function createStaffSettings(deps: StaffSettingsDeps): StaffSettings {
  // The live keys as they are now, after changes made in this run.
  const appliedNow: Partial<Shown> = {};

  const setElsewhere = (): Map<StaffSettingKey, string> => {
    const found = new Map<StaffSettingKey, string>();
    const remote = readLastGood(deps.dataDir);
    for (const key of staffSettingKeys) {
      const spec = configKeys[key];
      if (deps.env[spec.env] !== undefined) {
        found.set(key, `the environment variable ${spec.env}, which wins over config.json`);
      } else if (remote.kind === 'found' && key in remote.values) {
        found.set(key, 'the centre’s remote configuration, which wins over config.json');
      }
    }
    return found;
  };

  return {
    view: () => {
      const file = readConfigObject(deps.dataDir);
      const running: Shown = { ...shownValues(deps.running), ...appliedNow };
      const elsewhere = setElsewhere();
      // What is saved for the next start, where config.json decides it.
      const saved: Record<string, unknown> = { ...running };
      for (const key of Object.keys(running) as (keyof Shown)[]) {
        const next = elsewhere.has(key) ? undefined : nextStartValue(key, file);
        if (next !== undefined) saved[key] = next;
      }
      const waitingForRestart = staffSettingKeys.filter(
        (key) => key in running && !live.has(key) && saved[key] !== running[key as keyof Shown],
      );
      const fileKey = nextStartValue('upstreamApiKey', file);
      const key = deps.env[configKeys.upstreamApiKey.env] ?? fileKey;
      return {
        values: saved as Shown,
        apiKey: typeof key === 'string' && key !== '' ? 'set' : 'not-set',
        waitingForRestart,
        fromEnvironment: staffSettingKeys.filter(
          (setting) => deps.env[configKeys[setting].env] !== undefined,
        ),
      };
    },
    change: (changes) => {
      const keys = staffSettingKeys.filter((key) => changes[key] !== undefined);
      if (keys.length === 0) throw new KioskError('invalid-input', 'No setting was changed.');
      const elsewhere = setElsewhere();
      const written: Record<string, unknown> = {};
      for (const key of keys) {
        const raw = changes[key];
        const where = elsewhere.get(key);
        if (where) {
          throw new KioskError(
            'not-allowed',
            `Setting "${key}" is set by ${where}: change it there.`,
            [key],
          );
        }
        const spec = configKeys[key as ConfigKey];
        const parsed = spec.schema.safeParse(typeof raw === 'string' ? raw.trim() : raw);
        if (!parsed.success) {
          const secret = 'secret' in spec ? spec.secret : undefined;
          throw new KioskError(
            'invalid-input',
            `Setting "${key}" has ${describeValue(raw, secret)}, which is not allowed. ` +
              `Allowed: ${spec.allowed}.`,
            [key],
          );
        }
        // A device is written as the text staff typed (its parser made an object of it).
        written[key] = key === 'printer' || key === 'cardReader' ? String(raw).trim() : parsed.data;
      }
      // Only once every value passed: a refusal leaves config.json exactly as it was.
      writeConfigObject(deps.dataDir, { ...readConfigObject(deps.dataDir), ...written });
      const appliedKeys = keys.filter((key) => live.has(key));
      const visitDefaults: {
        language?: KioskConfig['defaultLanguage'];
        textSize?: KioskConfig['defaultTextSize'];
      } = {};
      if ('defaultLanguage' in written) {
        visitDefaults.language = written.defaultLanguage as KioskConfig['defaultLanguage'];
        appliedNow.defaultLanguage = visitDefaults.language;
      }
      if ('defaultTextSize' in written) {
        visitDefaults.textSize = written.defaultTextSize as KioskConfig['defaultTextSize'];
        appliedNow.defaultTextSize = visitDefaults.textSize;
      }
      if (appliedKeys.length > 0) deps.visit.changeDefaults(visitDefaults);
      return {
        saved: keys,
        appliedNow: appliedKeys,
        needRestart: keys.filter((key) => !live.has(key)),
      };
    },
  };
}
