// Every test gets its own kiosk host process and data dir: the kiosk keeps one visit's settings,
// so two tests must never share a host. `kioskEnv` adds environment variables (e.g. a printer
// that is not there) for the tests of one file or describe block; `kioskMode: 'production'`
// starts a provisioned production kiosk instead of the demo (tests/support/productionEnv.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { provisionProductionKiosk } from '../../support/productionEnv.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

export const test = base.extend<{
  kioskEnv: Record<string, string>;
  kioskMode: 'demo' | 'production';
  /** Production mode: provision directory.json (true) or start with none (false). */
  kioskDirectory: boolean;
  kiosk: HostProcess;
}>({
  kioskEnv: [{}, { option: true }],
  kioskMode: ['demo', { option: true }],
  kioskDirectory: [true, { option: true }],
  kiosk: async ({ kioskEnv, kioskMode, kioskDirectory }, use, testInfo) => {
    const productionDir =
      kioskMode === 'production' ? mkdtempSync(join(tmpdir(), 'kiosk-e2e-prod-')) : undefined;
    const env = productionDir
      ? { ...provisionProductionKiosk(productionDir, { directory: kioskDirectory }), ...kioskEnv }
      : kioskEnv;
    const host = await startHostProcess(env);
    await use(host);
    await host.stop();
    if (productionDir) rmSync(productionDir, { recursive: true, force: true });
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('host-log', { body: host.output(), contentType: 'text/plain' });
    }
  },
});

export { expect };
