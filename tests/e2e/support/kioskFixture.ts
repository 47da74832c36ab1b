// Every test gets its own kiosk host process and data dir: the kiosk keeps one visit's settings,
// so two tests must never share a host. `kioskEnv` adds environment variables (e.g. a printer
// that is not there) for the tests of one file or describe block.
import { test as base, expect } from '@playwright/test';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

export const test = base.extend<{ kioskEnv: Record<string, string>; kiosk: HostProcess }>({
  kioskEnv: [{}, { option: true }],
  kiosk: async ({ kioskEnv }, use, testInfo) => {
    const host = await startHostProcess(kioskEnv);
    await use(host);
    await host.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('host-log', { body: host.output(), contentType: 'text/plain' });
    }
  },
});

export { expect };
