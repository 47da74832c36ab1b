// The checklist items added to the shell: sub-frame navigation, device pickers, downloads, and a
// packaged kiosk that cannot be opened up from its command line. On the electron mock.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import type { KioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { startKiosk } from '../../../electron/services/startKiosk.js';
import { runKioskShell } from '../../../electron/shell/kioskShell.js';
import { refusedLaunch, refusedSwitches } from '../../../electron/shell/launchGuards.js';
import {
  type ElectronMock,
  FakeWebContents,
  FakeWindow,
  createElectronMock,
} from '../../support/electronMock.js';

let dataDir: string;
let rendererDir: string;
const runtimes: KioskRuntime[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-launch-'));
  rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>kiosk</body></html>');
});
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
  rmSync(dataDir, { recursive: true, force: true });
  // A refused start sets exit code 1 for the real process; this test process is not refused.
  process.exitCode = undefined;
});

async function startShell(
  mock: ElectronMock,
  launch: { argv?: string[]; env?: Record<string, string> } = {},
) {
  const logger = createMemoryLogger();
  const shell = runKioskShell(mock.electron, {
    dataDir,
    rendererDir,
    preloadPath: '/app/preload.cjs',
    logger,
    ...launch,
    startRuntime: async (options) => {
      const runtime = await startKiosk({ ...options, env: {} });
      runtimes.push(runtime);
      return runtime;
    },
  });
  return { window: (await shell.ready) as unknown as FakeWindow | undefined, logs: logger.lines };
}

const prevented = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

describe('navigation in sub-frames', () => {
  it('is refused away from the kiosk origin, like the main frame', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const contents = new FakeWebContents(100);
    mock.app.emit('web-contents-created', {}, contents);
    const attempt = (url: string) => {
      const details = { ...prevented(), url, isMainFrame: false };
      details.preventDefault = () => (details.prevented = true);
      contents.emit('will-frame-navigate', details);
      return details.prevented;
    };
    expect(attempt('kiosk://app/index.html#/ask')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'kiosk://app.evil/'])
      expect(attempt(url), url).toBe(true);
  });
});

describe('devices the page might ask for', () => {
  it('are never granted: HID, serial, USB and Bluetooth pickers answer with no device', async () => {
    const mock = createElectronMock();
    const { logs } = await startShell(mock);
    for (const type of ['hid', 'serial', 'usb'])
      expect(mock.devicePermissionHandler()?.({ deviceType: type, origin: 'kiosk://app' })).toBe(
        false,
      );
    const chosen: unknown[] = [];
    const hid = prevented();
    mock.session.emit(
      'select-hid-device',
      hid,
      { deviceList: [{ deviceId: 'reader' }] },
      (id?: unknown) => chosen.push(['hid', id]),
    );
    const serial = prevented();
    mock.session.emit('select-serial-port', serial, [{ portId: 'ttyUSB0' }], {}, (id: unknown) =>
      chosen.push(['serial', id]),
    );
    const usb = prevented();
    mock.session.emit(
      'select-usb-device',
      usb,
      { deviceList: [{ deviceId: 'printer' }] },
      (id?: unknown) => chosen.push(['usb', id]),
    );
    expect([hid.prevented, serial.prevented, usb.prevented]).toEqual([true, true, true]);
    expect(chosen).toEqual([
      ['hid', null],
      ['serial', ''],
      ['usb', undefined],
    ]);
    expect(logs.filter((line) => line.includes('refused a'))).toHaveLength(3);

    const contents = new FakeWebContents(100);
    mock.app.emit('web-contents-created', {}, contents);
    const bluetooth = prevented();
    let device: unknown = 'unset';
    contents.emit(
      'select-bluetooth-device',
      bluetooth,
      [{ deviceId: 'x' }],
      (id: unknown) => (device = id),
    );
    expect([bluetooth.prevented, device]).toEqual([true, '']);
    let pairing: unknown;
    mock.bluetoothPairingHandler()?.(
      { pairingKind: 'confirm' },
      (reply: unknown) => (pairing = reply),
    );
    expect(pairing).toEqual({ confirmed: false });
  });

  it('cannot download anything', async () => {
    const mock = createElectronMock();
    await startShell(mock);
    const download = prevented();
    mock.session.emit('will-download', download, {}, {});
    expect(download.prevented).toBe(true);
  });
});

describe('a packaged kiosk’s command line', () => {
  it('refuses to start with a remote debugging port or an inspector, and says why', async () => {
    for (const argv of [
      ['/opt/kiosk/kiosk', '--remote-debugging-port=9222'],
      ['/opt/kiosk/kiosk', '--remote-debugging-port', '9222'],
      ['/opt/kiosk/kiosk', '-remote-debugging-port=9222'],
      ['/opt/kiosk/kiosk', '--inspect=0.0.0.0:9229'],
      ['/opt/kiosk/kiosk', '--INSPECT-BRK'],
    ]) {
      const mock = createElectronMock({ packaged: true });
      const { window, logs } = await startShell(mock, { argv });
      expect(window, argv.join(' ')).toBeUndefined();
      expect(mock.app.quit).toHaveBeenCalled();
      expect(FakeWindow.created).toHaveLength(0);
      expect(logs.join('\n')).toMatch(
        /refuses to start.*does not run with --(remote-debugging-port|inspect)/,
      );
    }
  });

  it('refuses KIOSK_DATA_DIR, which a packaged kiosk never uses', async () => {
    const mock = createElectronMock({ packaged: true });
    const { window, logs } = await startShell(mock, {
      argv: ['/opt/kiosk/kiosk'],
      env: { KIOSK_DATA_DIR: '/tmp/elsewhere' },
    });
    expect(window).toBeUndefined();
    expect(logs.join('\n')).toContain('unset KIOSK_DATA_DIR');
  });

  it('starts packaged with plain arguments, and in development with the switches', async () => {
    const packaged = await startShell(createElectronMock({ packaged: true }), {
      argv: ['/opt/kiosk/kiosk', '--enable-features=Foo', '--', '--inspect'],
    });
    expect(packaged.window).toBeDefined();
    await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
    const dev = await startShell(createElectronMock(), {
      argv: ['electron', '.', '--remote-debugging-port=9222'],
      env: { KIOSK_DATA_DIR: dataDir },
    });
    expect(dev.window).toBeDefined();
  });

  it('judges every refused switch the same way', () => {
    for (const name of refusedSwitches) {
      expect(refusedLaunch(['kiosk', `--${name}=1`], {}, true), name).toContain(`--${name}`);
      expect(refusedLaunch(['kiosk', `--${name}`], {}, false), name).toBeUndefined();
    }
    expect(refusedLaunch(['kiosk', '--remote-debugging-portal'], {}, true)).toBeUndefined();
  });
});
