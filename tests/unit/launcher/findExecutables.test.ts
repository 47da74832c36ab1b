import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxFlags } from '../../../electron/launcher/chromiumFlags.js';
import {
  findChromium,
  findElectronBinary,
  hasDisplay,
} from '../../../electron/launcher/findExecutables.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function fakeApp(withBinary: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-launch-'));
  dirs.push(root);
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'path.txt'), 'electron');
  if (withBinary) writeFileSync(join(electronDir, 'dist', 'electron'), '');
  return root;
}

describe('npm start picks its shell', () => {
  it('uses Electron only when its binary is really on disk, without trying to download it', () => {
    expect(findElectronBinary(fakeApp(true), {})).toMatch(
      /node_modules\/electron\/dist\/electron$/,
    );
    expect(findElectronBinary(fakeApp(false), {})).toBeUndefined();
    expect(findElectronBinary(mkdtempSync(join(tmpdir(), 'kiosk-none-')), {})).toBeUndefined();
  });

  it('honours KIOSK_ELECTRON_BINARY and KIOSK_BROWSER only when they exist', () => {
    expect(
      findElectronBinary(fakeApp(false), { KIOSK_ELECTRON_BINARY: '/no/such/electron' }),
    ).toBeUndefined();
    expect(findChromium({ KIOSK_BROWSER: '/opt/chrome' }, (path) => path === '/opt/chrome')).toBe(
      '/opt/chrome',
    );
    expect(findChromium({ KIOSK_BROWSER: '/opt/chrome' }, () => false)).toBeUndefined();
    expect(findChromium({}, (path) => path === '/usr/bin/chromium-browser')).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({}, () => false)).toBeUndefined();
  });

  it('opens a window only where there is a display, and drops the sandbox only for root', () => {
    expect(hasDisplay({ DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay({})).toBe(process.platform === 'win32');
    expect(sandboxFlags(true)).toEqual(['--no-sandbox']);
    expect(sandboxFlags(false)).toEqual([]);
  });
});
