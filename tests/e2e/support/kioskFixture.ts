// Every test gets its own kiosk host process and data dir: the kiosk keeps one visit's settings,
// so two tests must never share a host.
import { test as base, expect } from '@playwright/test';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

export const test = base.extend<{ kiosk: HostProcess }>({
  kiosk: async ({}, use, testInfo) => {
    const host = await startHostProcess();
    await use(host);
    await host.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('host-log', { body: host.output(), contentType: 'text/plain' });
    }
  },
});

export { expect };
