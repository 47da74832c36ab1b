// A resident's language and text size last only for their visit: the next person at the screen
// must not inherit the previous one's choices. Staff may change the kiosk's defaults while it
// runs (the settings screen); the next visit starts from them, with no restart.
import type {
  Language,
  TextSize,
  VisitSettings,
  VisitSettingsChange,
} from '../../contract/index.js';

export interface VisitSettingsStore {
  current(): VisitSettings;
  change(change: VisitSettingsChange): VisitSettings;
  reset(): VisitSettings;
  /** New defaults for the visits that start from now on; the current visit keeps its choices. */
  changeDefaults(change: VisitSettingsChange): VisitSettings;
}

export function createVisitSettingsStore(
  defaultLanguage: Language,
  defaultTextSize: TextSize = 'standard',
): VisitSettingsStore {
  let defaults: VisitSettings = { language: defaultLanguage, textSize: defaultTextSize };
  let settings: VisitSettings = { ...defaults };
  return {
    current: () => ({ ...settings }),
    change: (change) => {
      settings = { ...settings, ...change };
      return { ...settings };
    },
    reset: () => {
      settings = { ...defaults };
      return { ...settings };
    },
    changeDefaults: (change) => {
      defaults = { ...defaults, ...change };
      return { ...defaults };
    },
  };
}
