import { defineConfig } from '@playwright/test';
import { quietChromiumFlags } from './electron/launcher/chromiumFlags.js';

// Debian's Chromium, never a downloaded browser; headless, so no GPU, and run as root in CI.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', ...quietChromiumFlags];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1920, height: 1080 },
  },
});
