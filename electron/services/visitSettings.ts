// A resident's language and text size last only for their visit: the next person at the screen
// must not inherit the previous one's choices.
import type { Language, VisitSettings, VisitSettingsChange } from '../../contract/index.js';

export interface VisitSettingsStore {
  current(): VisitSettings;
  change(change: VisitSettingsChange): VisitSettings;
  reset(): VisitSettings;
}

export function createVisitSettingsStore(defaultLanguage: Language): VisitSettingsStore {
  const defaults: VisitSettings = { language: defaultLanguage, textSize: 'standard' };
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
  };
}
