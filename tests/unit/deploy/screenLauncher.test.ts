// The lobby screen's Chromium command line and its size: from KIOSK_SCREEN_SIZE, else from the
// kernel's list of modes of the connected display, so --kiosk fills the screen without a window
// manager; and how the screen unit tells a restarted host (new token) from a busy one.
import { describe, expect, it } from 'vitest';
import { tokenMetaName } from '../../../contract/transport.js';
import { ConfigError } from '../../../electron/config/loadConfig.js';
import {
  kioskChromiumArgs,
  kioskWindowFlags,
  quietChromiumFlags,
} from '../../../electron/launcher/chromiumFlags.js';
import {
  fetchPageToken,
  hostUrlFromEnv,
  judgeHost,
  pageToken,
} from '../../../electron/launcher/screen.js';
import {
  type DrmFiles,
  detectScreenSize,
  parseScreenSize,
  screenSizeFromDrm,
} from '../../../electron/launcher/screenSize.js';

function fakeDrm(files: Record<string, string>): DrmFiles {
  return {
    list: (dir) => {
      const names = Object.keys(files)
        .filter((path) => path.startsWith(`${dir}/`))
        .map((path) => path.slice(dir.length + 1).split('/')[0] ?? '');
      if (names.length === 0) throw new Error(`ENOENT: ${dir}`);
      return [...new Set(names)];
    },
    read: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
}

const drm = fakeDrm({
  '/sys/class/drm/card0-DP-1/status': 'disconnected\n',
  '/sys/class/drm/card0-DP-1/modes': '',
  '/sys/class/drm/card0-HDMI-A-1/status': 'connected\n',
  '/sys/class/drm/card0-HDMI-A-1/modes': '1920x1080\n1280x720\n1024x768\n',
  '/sys/class/drm/card0/dev': '226:0\n',
  '/sys/class/drm/version': 'drm 1.1.0\n',
});

describe('the size of the lobby screen', () => {
  it('takes the preferred mode of the first connected display', () => {
    expect(screenSizeFromDrm(drm)).toEqual({ width: 1920, height: 1080 });
    expect(detectScreenSize({}, drm)).toEqual({ width: 1920, height: 1080 });
    const interlaced = fakeDrm({
      '/sys/class/drm/card1-eDP-1/status': 'connected\n',
      '/sys/class/drm/card1-eDP-1/modes': '1080x1920i\n',
    });
    expect(screenSizeFromDrm(interlaced)).toEqual({ width: 1080, height: 1920 });
    expect(screenSizeFromDrm(fakeDrm({}))).toBeUndefined();
  });

  it('lets the setting win (a portrait-mounted panel reports its landscape mode)', () => {
    expect(detectScreenSize({ KIOSK_SCREEN_SIZE: '1080x1920' }, drm)).toEqual({
      width: 1080,
      height: 1920,
    });
    expect(() => detectScreenSize({ KIOSK_SCREEN_SIZE: 'full' }, drm)).toThrow(ConfigError);
    expect(() => detectScreenSize({ KIOSK_SCREEN_SIZE: '10x10' }, drm)).toThrow(
      /KIOSK_SCREEN_SIZE has the value "10x10".*1920x1080/,
    );
    expect(parseScreenSize(' 1280x800 ')).toEqual({ width: 1280, height: 800 });
    expect(parseScreenSize('99999x1')).toBeUndefined();
  });
});

describe('the Chromium command line', () => {
  it('fills the given screen from its top-left corner with every kiosk and quiet flag', () => {
    const args = kioskChromiumArgs({
      url: 'http://127.0.0.1:8787/',
      profileDir: '/var/lib/community-kiosk-screen/chromium-profile',
      isRoot: false,
      screenSize: { width: 1080, height: 1920 },
      env: { WAYLAND_DISPLAY: 'wayland-0' },
    });
    expect(args[0]).toBe('--app=http://127.0.0.1:8787/');
    expect(args).toEqual(expect.arrayContaining([...kioskWindowFlags, ...quietChromiumFlags]));
    expect(args).toContain('--window-size=1080,1920');
    expect(args).toContain('--window-position=0,0');
    expect(args).toContain('--ozone-platform=wayland');
    expect(args).toContain('--user-data-dir=/var/lib/community-kiosk-screen/chromium-profile');
    expect(args).not.toContain('--no-sandbox');
  });

  it('leaves the size to Chromium when it is unknown, and X11 when there is no Wayland', () => {
    const args = kioskChromiumArgs({
      url: 'http://127.0.0.1:1/',
      profileDir: '/p',
      isRoot: true,
      screenSize: undefined,
      env: { DISPLAY: ':0' },
    });
    expect(args.some((arg) => arg.startsWith('--window-size'))).toBe(false);
    expect(args.some((arg) => arg.startsWith('--ozone-platform'))).toBe(false);
    expect(args).toContain('--no-sandbox');
  });
});

describe('the screen unit watching its host', () => {
  const page = (token: string) =>
    `<html><head><meta name="${tokenMetaName}" content="${token}"></head></html>`;

  it('reads the per-launch token and tells a restart from a pause', async () => {
    expect(pageToken(page('abc_DEF-1'))).toBe('abc_DEF-1');
    expect(pageToken('<html></html>')).toBeUndefined();
    expect(judgeHost('one', 'one')).toBe('same');
    expect(judgeHost('one', 'two')).toBe('restarted');
    expect(judgeHost('one', undefined)).toBe('unreachable');
    const served = () => Promise.resolve(new Response(page('tok'), { status: 200 }));
    expect(await fetchPageToken('http://127.0.0.1:1/', served)).toBe('tok');
    const refused = () => Promise.reject(new TypeError('fetch failed'));
    expect(await fetchPageToken('http://127.0.0.1:1/', refused)).toBeUndefined();
    const failing = () => Promise.resolve(new Response(page('tok'), { status: 503 }));
    expect(await fetchPageToken('http://127.0.0.1:1/', failing)).toBeUndefined();
  });

  it('needs the host’s fixed port', () => {
    expect(hostUrlFromEnv({ PORT: '8787' })).toBe('http://127.0.0.1:8787/');
    expect(() => hostUrlFromEnv({})).toThrow(/PORT has the value ""/);
    expect(() => hostUrlFromEnv({ PORT: '0' })).toThrow(/fixed port/);
  });
});
