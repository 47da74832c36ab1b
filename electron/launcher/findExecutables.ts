// `npm start` looks for an Electron binary that is already on disk. It never calls
// require('electron'), which would try to download one, and that fails on a machine without
// internet after a long wait.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(
  appRoot: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (env.KIOSK_ELECTRON_BINARY) {
    return existsSync(env.KIOSK_ELECTRON_BINARY) ? env.KIOSK_ELECTRON_BINARY : undefined;
  }
  const packageDir = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const browserCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.KIOSK_BROWSER) return exists(env.KIOSK_BROWSER) ? env.KIOSK_BROWSER : undefined;
  return browserCandidates.find((path) => exists(path));
}

export function hasDisplay(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY) || process.platform === 'win32';
}
