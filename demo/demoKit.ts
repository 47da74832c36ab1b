// The demo module's one entry point: everything a kiosk in demo mode has that a production kiosk
// must not — the invented community (幸福里社区: its services, phone numbers and grid workers)
// and the demo calls. The runtime loads this file with a dynamic import only when demoMode is
// true (electron/services/demoKitLoader.ts); nothing outside demo/ and the tests imports it, and
// the packaged app does not ship it (electron-builder.yml).
import type { DemoKit } from '../electron/services/demoKitTypes.js';
import { demoCommunity } from './community/index.js';
import { demoCalls } from './contract/demoCalls.js';
import { createDemoServices } from './demoServices.js';

export const demoKit: DemoKit = {
  community: demoCommunity,
  calls: demoCalls,
  createServices: createDemoServices,
};
