// How the shells start the kiosk: read the configuration, load the demo module only when demo
// mode is on, then assemble the runtime. startKioskRuntime itself stays synchronous and never
// imports demo/; this is the one place that decides whether the demo is loaded at all.
import { loadConfig } from '../config/loadConfig.js';
import { loadDemoKit } from './demoKitLoader.js';
import { type KioskRuntime, type KioskRuntimeOptions, startKioskRuntime } from './kioskRuntime.js';

export async function startKiosk(
  options: Omit<KioskRuntimeOptions, 'demo'>,
): Promise<KioskRuntime> {
  const config = loadConfig(options.dataDir, options.env ?? process.env);
  const demo = config.demoMode ? await loadDemoKit() : undefined;
  return startKioskRuntime({ ...options, ...(demo ? { demo } : {}) });
}
