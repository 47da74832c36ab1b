// The kiosk's services as plain functions over their dependencies, so tests, the HTTP host and
// Electron's IPC all run exactly the same code.
import type { DeviceStatus, KioskServices } from '../../contract/index.js';
import { languages } from '../../contract/index.js';
import type { KioskConfig } from '../config/configSchema.js';
import type { VisitSettingsStore } from './visitSettings.js';

export interface HardwareStatusSource {
  cardReader(): DeviceStatus;
  printer(): DeviceStatus;
}

export interface KioskServiceDeps {
  config: KioskConfig;
  version: string;
  startedAt: Date;
  hardware: HardwareStatusSource;
  visit: VisitSettingsStore;
}

export function createKioskServices(deps: KioskServiceDeps): KioskServices {
  const { config, visit } = deps;
  return {
    getKioskInfo: () => ({
      kioskId: config.kioskId,
      communityName: config.communityName,
      centreHotline: config.centreHotline,
      languages: [...languages],
      defaultLanguage: config.defaultLanguage,
      version: deps.version,
      demoMode: config.demoMode,
      startedAt: deps.startedAt.toISOString(),
      hardware: { cardReader: deps.hardware.cardReader(), printer: deps.hardware.printer() },
    }),
    getSettings: () => visit.current(),
    updateSettings: (change) => visit.change(change),
    endVisit: () => visit.reset(),
  };
}
