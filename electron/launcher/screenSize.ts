// Chromium's --kiosk fills the screen only when a window manager obeys it. On a bare X server
// (`npm start` on a kiosk PC without a desktop) the window opens at a default size in a corner,
// so the launcher tells Chromium the screen's size itself: from KIOSK_SCREEN_SIZE when the
// centre sets it (a portrait-mounted panel reports its landscape mode), otherwise from the
// kernel's list of modes of the first connected display (/sys/class/drm/*/modes, first line is
// the preferred mode), which needs no X or Wayland tool.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/loadConfig.js';

export interface ScreenSize {
  width: number;
  height: number;
}

const sizePattern = /^(\d{3,5})x(\d{3,5})$/;

export function parseScreenSize(text: string): ScreenSize | undefined {
  const match = sizePattern.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const size = { width: Number(match[1]), height: Number(match[2]) };
  return size.width >= 320 && size.height >= 320 && size.width <= 16384 && size.height <= 16384
    ? size
    : undefined;
}

export function screenSizeFromSetting(
  env: Record<string, string | undefined>,
): ScreenSize | undefined {
  const text = env.KIOSK_SCREEN_SIZE;
  if (text === undefined || text === '') return undefined;
  const size = parseScreenSize(text);
  if (!size) {
    throw new ConfigError(
      `KIOSK_SCREEN_SIZE has the value "${text}", which is not allowed. Allowed: WIDTHxHEIGHT in pixels, e.g. 1920x1080 or 1080x1920.`,
    );
  }
  return size;
}

export interface DrmFiles {
  list(dir: string): string[];
  read(path: string): string;
}

const realDrmFiles: DrmFiles = {
  list: (dir) => readdirSync(dir),
  read: (path) => readFileSync(path, 'utf8'),
};

/** The preferred mode of the first connected connector (card0-HDMI-A-1, card0-eDP-1, …). */
export function screenSizeFromDrm(
  files: DrmFiles = realDrmFiles,
  drmDir = '/sys/class/drm',
): ScreenSize | undefined {
  let connectors: string[];
  try {
    connectors = files.list(drmDir).filter((name) => /^card\d+-/.test(name));
  } catch {
    return undefined;
  }
  for (const connector of connectors.sort()) {
    try {
      if (files.read(join(drmDir, connector, 'status')).trim() !== 'connected') continue;
      const preferred = files.read(join(drmDir, connector, 'modes')).split('\n')[0] ?? '';
      const size = parseScreenSize(preferred.replace(/i$/, ''));
      if (size) return size;
    } catch {
      // A connector without readable status or modes is not a screen we can use.
    }
  }
  return undefined;
}

export function detectScreenSize(
  env: Record<string, string | undefined> = process.env,
  files: DrmFiles = realDrmFiles,
): ScreenSize | undefined {
  return screenSizeFromSetting(env) ?? screenSizeFromDrm(files);
}
