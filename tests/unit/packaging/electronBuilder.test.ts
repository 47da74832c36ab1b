// electron-builder cannot package here (no Electron download), but its own schema validator can
// still judge our config, and the security fuses can be asserted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
// validateConfiguration only asks its logger whether it is enabled.
const quietLogger = { isEnabled: false, add: () => undefined };

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('sets the security fuses and builds AppImage, deb and nsis', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
  });

  it('leaves node_modules built for Node and ships the Electron build of better-sqlite3', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([
      { from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    const main = (JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }).main;
    expect(main).toBe('build/node/electron/shell/main.js');
  });
});
