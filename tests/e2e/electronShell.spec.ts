// The Electron shell for real, where an Electron binary is installed (a packaging machine or a
// developer's desktop). On machines without one this test is skipped, and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../electron/launcher/findExecutables.js';

const binary = findElectronBinary(resolve('.'));

test('the Electron kiosk window opens on the home screen from kiosk://app', async () => {
  test.skip(
    !binary,
    'No Electron binary is installed here (node_modules/electron/dist is missing; "npx install-electron" needs the internet), so the real shell cannot start. Its code is unit-tested against a mock of the electron module.',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: [resolve('.')],
    env: { ...process.env, KIOSK_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('kiosk://app/index.html');
    await expect(window.getByTestId('journey-emergency')).toBeVisible();
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
