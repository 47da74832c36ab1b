// Outside demo mode the kiosk serves real residents, so it starts only with a real configuration:
// real devices, the centre it forwards to, and the centre's own name and hotline (the built-in
// defaults are the invented demo community's). Everything missing is listed in ONE message, so
// the IT person fixes the configuration in one go instead of one restart per setting. The
// directory is not on the list: without one the kiosk shows the hotline and says services are
// being loaded (communityDirectory.ts), which is true and harmless.
import { configFileName, configKeys, type KioskConfig } from '../config/configSchema.js';
import { ConfigError } from '../config/loadConfig.js';
import { join } from 'node:path';

export function missingForProduction(config: KioskConfig): string[] {
  const missing: string[] = [];
  if (config.cardReader.kind === 'simulator')
    missing.push(
      'cardReader (KIOSK_CARD_READER): the ID card reader, e.g. serial:/dev/ttyUSB0 or hid:10c4:0007 — the simulator is for demo mode only',
    );
  if (config.printer.kind === 'simulator')
    missing.push(
      'printer (KIOSK_PRINTER): the receipt printer, e.g. tcp://192.0.2.10:9100 or file:/dev/usb/lp0 — the simulator is for demo mode only',
    );
  if (config.upstreamUrl === '')
    missing.push(
      "upstreamUrl (KIOSK_UPSTREAM_URL): the http(s) base URL of the centre's Open311 endpoint",
    );
  if (config.upstreamApiKey === '')
    missing.push(
      'upstreamApiKey (KIOSK_UPSTREAM_API_KEY): the API key the centre issued to this kiosk',
    );
  if (config.communityName === configKeys.communityName.default)
    missing.push(
      `communityName (KIOSK_COMMUNITY_NAME): the centre's own name — "${configKeys.communityName.default}" is the demo community's`,
    );
  if (config.centreHotline === configKeys.centreHotline.default)
    missing.push(
      `centreHotline (KIOSK_CENTRE_HOTLINE): the centre's own hotline — ${configKeys.centreHotline.default} is the demo community's`,
    );
  return missing;
}

/** Throws one ConfigError listing every missing setting; returns when nothing is missing. */
export function assertReadyForProduction(config: KioskConfig, dataDir: string): void {
  const missing = missingForProduction(config);
  if (missing.length === 0) return;
  throw new ConfigError(
    `The kiosk is not in demo mode (demoMode is false) and its configuration is not complete. ` +
      `Set in ${join(dataDir, configFileName)} or the environment:\n` +
      missing.map((line) => `  - ${line}`).join('\n') +
      '\nOr set demoMode to true to run the demo with simulated devices and an invented community.',
  );
}
