// Where the app's own files are, found from this module's location so the same code works from
// source (tests), from build/ (npm run host) and inside a packaged Electron app.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findAppRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'community-kiosk') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the kiosk's package.json above ${start}.`);
    dir = parent;
  }
}

export const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));
export const rendererDir = join(appRoot, 'build', 'renderer');

export function appVersion(): string {
  const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return version;
}
