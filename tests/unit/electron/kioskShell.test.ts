import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskCallNames } from '../../../contract/index.js';
import { demoCallNames } from '../../../demo/contract/demoCalls.js';
import { productionEnv } from '../../support/productionEnv.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { runKioskShell } from '../../../electron/shell/kioskShell.js';
import type { KioskRuntimeOptions } from '../../../electron/services/kioskRuntime.js';
import { startKiosk } from '../../../electron/services/startKiosk.js';
import {
  type ElectronMock,
  FakeWebContents,
  FakeWindow,
  createElectronMock,
} from '../../support/electronMock.js';

let dataDir: string;
let rendererDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-shell-'));
  rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>kiosk</body></html>');
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function startShell(mock: ElectronMock, env: Record<string, string> = {}) {
  const shell = runKioskShell(mock.electron, {
    dataDir,
    rendererDir,
    preloadPath: '/app/preload.cjs',
    logger: createMemoryLogger(),
    // The real runtime on a temp data dir: only Electron is mocked.
    startRuntime: (options) => startRuntimeWithEnv(options, env),
  });
  const window = (await shell.ready) as unknown as FakeWindow | undefined;
  return window;
}

const runtimes: { close(): Promise<void> }[] = [];
async function startRuntimeWithEnv(options: KioskRuntimeOptions, env: Record<string, string>) {
  const runtime = await startKiosk({ ...options, env });
  runtimes.push(runtime);
  return runtime;
}
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
});

describe('the kiosk window', () => {
  it('is full-screen kiosk with every web preference of the security checklist', async () => {
    const window = await startShell(createElectronMock());
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('keeps devTools off in a packaged app even when the config asks for them', async () => {
    const dev = await startShell(createElectronMock(), { KIOSK_DEV_TOOLS: 'true' });
    expect(dev?.options.webPreferences).toMatchObject({ devTools: true });
    await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
    const packaged = await startShell(createElectronMock({ packaged: true }), {
      KIOSK_DEV_TOOLS: 'true',
    });
    expect(packaged?.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('has no menu, loads from kiosk://app rather than file://, and keeps the display awake', async () => {
    const mock = createElectronMock();
    const window = await startShell(mock);
    expect(mock.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(window?.loadURL).toHaveBeenCalledWith('kiosk://app/index.html');
    expect(mock.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(mock.privilegedSchemes).toEqual([
      { scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('quits at once when another kiosk instance holds the lock', async () => {
    const mock = createElectronMock({ singleInstance: false });
    const window = await startShell(mock);
    expect(window).toBeUndefined();
    expect(mock.app.quit).toHaveBeenCalled();
    expect(FakeWindow.created).toHaveLength(0);
  });

  it('reloads the home screen when the page process dies or hangs', async () => {
    const window = await startShell(createElectronMock());
    window?.loadURL.mockClear();
    window?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    window?.emit('unresponsive');
    expect(window?.loadURL).toHaveBeenCalledTimes(2);
    expect(window?.loadURL).toHaveBeenCalledWith('kiosk://app/index.html');
  });
});

describe('the kiosk key', () => {
  it('is kept behind the OS keyring when Electron has one', async () => {
    await startShell(createElectronMock({ keyring: true }));
    expect(existsSync(join(dataDir, 'kiosk.key'))).toBe(false);
    expect(readFileSync(join(dataDir, 'kiosk.key.protected')).toString()).toMatch(/^keyring:/);
  });
});

describe('what the page may do', () => {
  function guardedContents(mock: ElectronMock) {
    const contents = new FakeWebContents(100);
    mock.app.emit('web-contents-created', {}, contents);
    return contents;
  }

  it('cannot navigate anywhere but the kiosk origin, judged by a URL parser', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const contents = guardedContents(mock);
    const attempt = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(attempt('kiosk://app/index.html#/home')).toBe(false);
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'kiosk://app.evil.example/',
      'kiosk://app@evil.example/',
      'kiosk://user:pw@app/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(attempt(url), url).toBe(true);
    }
  });

  it('cannot open windows or attach webviews', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const contents = guardedContents(mock);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('is refused every permission: camera, microphone, geolocation, notifications…', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const decisions: boolean[] = [];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'serial',
    ]) {
      mock.permissionRequestHandler()?.({}, permission, (allowed: boolean) =>
        decisions.push(allowed),
      );
      expect(mock.permissionCheckHandler()?.({}, permission)).toBe(false);
    }
    expect(decisions).toEqual([false, false, false, false, false, false]);
  });
});

describe('the IPC bridge in main', () => {
  const trustedEvent = (window: FakeWindow, url = 'kiosk://app/index.html') => ({
    sender: { id: window.webContents.id },
    senderFrame: { url, parent: null },
  });

  it('answers one prefixed channel per contract call, plus the demo calls in demo mode', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    expect([...mock.ipcHandlers.keys()].sort()).toEqual(
      [...kioskCallNames, ...demoCallNames].map((name) => `kiosk:${name}`).sort(),
    );
  });

  it('answers no demo channel outside demo mode', async () => {
    const mock = createElectronMock();
    await startShell(mock, productionEnv(dataDir));
    expect([...mock.ipcHandlers.keys()].sort()).toEqual(
      kioskCallNames.map((name) => `kiosk:${name}`).sort(),
    );
    for (const name of demoCallNames) expect(mock.ipcHandlers.has(`kiosk:${name}`)).toBe(false);
  });

  it('serves the kiosk window top frame through the contract', async () => {
    const mock = createElectronMock();
    const window = await startShell(mock);
    if (!window) throw new Error('no window');
    const handler = mock.ipcHandlers.get('kiosk:updateSettings');
    expect(await handler?.(trustedEvent(window), { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en', textSize: 'standard' },
    });
    expect(await handler?.(trustedEvent(window), { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: ['language'] },
    });
  });

  it('refuses sub-frames, other origins and other web contents', async () => {
    const mock = createElectronMock();
    const window = await startShell(mock);
    if (!window) throw new Error('no window');
    const handler = mock.ipcHandlers.get('kiosk:getKioskInfo');
    const refused = { ok: false, error: { code: 'unauthorized' } };
    expect(await handler?.(trustedEvent(window, 'https://evil.example/'), {})).toMatchObject(
      refused,
    );
    expect(
      await handler?.(
        { ...trustedEvent(window), senderFrame: { url: 'kiosk://app/', parent: {} } },
        {},
      ),
    ).toMatchObject(refused);
    expect(await handler?.({ ...trustedEvent(window), sender: { id: 999 } }, {})).toMatchObject(
      refused,
    );
    expect(await handler?.({ ...trustedEvent(window), senderFrame: null }, {})).toMatchObject(
      refused,
    );
  });
});

describe('the kiosk:// protocol', () => {
  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const handle = mock.protocolHandlers.get('kiosk');
    const page = await handle?.(new Request('kiosk://app/index.html'));
    expect(page?.status).toBe(200);
    expect(await page?.text()).toContain('kiosk');
    expect(page?.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page?.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of [
      'kiosk://app/../../etc/passwd',
      'kiosk://app/%2e%2e/%2e%2e/etc/passwd',
      'kiosk://other/index.html',
    ]) {
      expect((await handle?.(new Request(path)))?.status, path).toBe(404);
    }
  });
});
