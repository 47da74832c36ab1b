// Loads the demo module (demo/demoKit.ts) — only ever called in demo mode, and only through this
// dynamic import, so a production kiosk never loads the invented community or the demo calls.
// The packaged app does not ship demo/; demo mode there stops start-up with what to set instead.
import { ConfigError } from '../config/loadConfig.js';
import type { DemoKit } from './demoKitTypes.js';

export async function loadDemoKit(
  importDemo: () => Promise<{ demoKit: DemoKit }> = () => import('../../demo/demoKit.js'),
): Promise<DemoKit> {
  try {
    return (await importDemo()).demoKit;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      'The kiosk is set to demo mode (demoMode is true, the default), but this installation does ' +
        'not include the demo. Set "demoMode": false in config.json and give the real ' +
        'configuration: cardReader, printer, upstreamUrl, upstreamApiKey, communityName, ' +
        'centreHotline (see the README).',
    );
  }
}
