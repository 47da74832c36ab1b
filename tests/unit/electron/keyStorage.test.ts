// Where the Electron shell keeps the kiosk key, judged on the electron mock with the real
// runtime on a temp data dir.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskInfo } from '../../../contract/index.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import type { KioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { startKiosk } from '../../../electron/services/startKiosk.js';
import { runKioskShell } from '../../../electron/shell/kioskShell.js';
import { type ElectronMock, createElectronMock } from '../../support/electronMock.js';

let dataDir: string;
let rendererDir: string;
const runtimes: KioskRuntime[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-key-storage-'));
  rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>kiosk</body></html>');
});
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function startShell(mock: ElectronMock) {
  const logger = createMemoryLogger();
  let started: KioskRuntime | undefined;
  const shell = runKioskShell(mock.electron, {
    dataDir,
    rendererDir,
    preloadPath: '/app/preload.cjs',
    logger,
    startRuntime: async (options) => {
      started = await startKiosk({ ...options, env: {} });
      runtimes.push(started);
      return started;
    },
  });
  await shell.ready;
  if (!started) throw new Error('the runtime did not start');
  const info = await started.dispatch('getKioskInfo', {});
  if (!info.ok) throw new Error('no kiosk info');
  return { runtime: started, logs: logger.lines, storage: (info.value as KioskInfo).storage };
}

async function stopAll() {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
}

describe('the kiosk key in the Electron shell', () => {
  it('goes behind a real keyring, and getKioskInfo says keyring', async () => {
    const { storage, logs } = await startShell(
      createElectronMock({ keyring: true, keyringBackend: 'gnome_libsecret' }),
    );
    expect(storage.keyProtection).toBe('keyring');
    expect(existsSync(join(dataDir, 'kiosk.key'))).toBe(false);
    expect(readFileSync(join(dataDir, 'kiosk.key.protected')).toString()).toMatch(/^keyring:/);
    expect(logs.join('\n')).toContain('"backend":"gnome_libsecret"');
  });

  it('is not put behind basic_text, a hard-coded password: a 0600 file, said plainly', async () => {
    const { storage, logs } = await startShell(
      createElectronMock({ keyring: true, keyringBackend: 'basic_text' }),
    );
    expect(storage.keyProtection).toBe('file');
    expect(existsSync(join(dataDir, 'kiosk.key.protected'))).toBe(false);
    expect(statSync(join(dataDir, 'kiosk.key')).mode & 0o777).toBe(0o600);
    const line = logs.find((entry) => entry.includes('hard-coded password'));
    expect(line).toContain('"level":"warn"');
    expect(line).toContain('not in a keyring');
  });

  it('moves a key an earlier start put behind basic_text to the file, unchanged', async () => {
    const earlier = await startShell(
      createElectronMock({ keyring: true, keyringBackend: 'gnome_libsecret' }),
    );
    const keyId = earlier.runtime.keys.keyId;
    await stopAll();
    const now = await startShell(
      createElectronMock({ keyring: true, keyringBackend: 'basic_text' }),
    );
    expect(now.runtime.keys.keyId).toBe(keyId);
    expect(now.storage).toMatchObject({ keyProtection: 'file', keyReplacedAt: null });
    expect(existsSync(join(dataDir, 'kiosk.key.protected'))).toBe(false);
    expect(statSync(join(dataDir, 'kiosk.key')).mode & 0o777).toBe(0o600);
  });

  it('uses the file when Electron has no encryption at all, and says so', async () => {
    const { storage, logs } = await startShell(createElectronMock({ keyring: false }));
    expect(storage.keyProtection).toBe('file');
    expect(logs.join('\n')).toContain('no OS keyring');
  });
});
