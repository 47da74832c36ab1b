// A start-up error is printed on the kiosk's console and lands in logs: it must help the IT
// person without showing the centre's API key or a password to whoever reads them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configKeys } from '../../../electron/config/configSchema.js';
import { ConfigError, loadConfig } from '../../../electron/config/loadConfig.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-config-secrets-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration errors never echo a secret', () => {
  it('refuses an upstream URL with user:password@, naming the setting but not the password', () => {
    for (const url of [
      'https://kiosk:hunter2-pw@centre.example/open311',
      'http://hunter2-pw@centre.example/',
      'https://kiosk:hunter2-pw@centre.example:8443/v2/?x=1',
    ]) {
      const message = errorOf(() => loadConfig(dataDir, { KIOSK_UPSTREAM_URL: url }));
      expect(message).toContain('"upstreamUrl"');
      expect(message).toContain('KIOSK_UPSTREAM_URL');
      expect(message).toContain('credentials hidden');
      expect(message).toContain('centre.example');
      expect(message).not.toContain('hunter2');
    }
  });

  it('does not echo a malformed URL’s credentials either', () => {
    const message = errorOf(() =>
      loadConfig(dataDir, { KIOSK_UPSTREAM_URL: 'ftp://kiosk:hunter2-pw@centre.example/' }),
    );
    expect(message).toContain('"upstreamUrl"');
    expect(message).not.toContain('hunter2');
  });

  it('still shows a URL without credentials, so a typo can be seen', () => {
    const message = errorOf(() => loadConfig(dataDir, { KIOSK_UPSTREAM_URL: 'centre.example' }));
    expect(message).toContain('"centre.example"');
  });

  it('says how long an over-long API key is, never what it is', () => {
    const key = 'SECRETKEY'.repeat(30);
    const fromEnv = errorOf(() => loadConfig(dataDir, { KIOSK_UPSTREAM_API_KEY: key }));
    expect(fromEnv).toContain('"upstreamApiKey"');
    expect(fromEnv).toContain(`a value of ${key.length} characters`);
    expect(fromEnv).not.toContain('SECRETKEY');
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ upstreamApiKey: 42 }));
    expect(errorOf(() => loadConfig(dataDir, {}))).not.toContain('42');
  });

  it('says where config.json is broken without quoting the text around it', () => {
    writeFileSync(
      join(dataDir, 'config.json'),
      '{\n  "kioskId": "A03",\n  "upstreamApiKey": SECRETKEY-123\n}',
    );
    const message = errorOf(() => loadConfig(dataDir, {}));
    expect(message).toMatch(/config\.json is not valid JSON \(/);
    expect(message).not.toContain('SECRETKEY');
    writeFileSync(join(dataDir, 'config.json'), '{"upstreamApiKey": "SECRETKEY-123');
    const unterminated = errorOf(() => loadConfig(dataDir, {}));
    expect(unterminated).toContain('not valid JSON (line 1, column 34)');
    expect(unterminated).not.toContain('SECRETKEY');
  });

  it('marks every setting that holds a credential as secret', () => {
    const secrets = Object.entries(configKeys)
      .filter(([, spec]) => 'secret' in spec)
      .map(([key]) => key);
    expect(secrets.sort()).toEqual(['upstreamApiKey', 'upstreamUrl', 'voterKey']);
  });

  it('accepts a plain URL and a key of the allowed length as before', () => {
    const config = loadConfig(dataDir, {
      KIOSK_UPSTREAM_URL: 'https://centre.example/open311',
      KIOSK_UPSTREAM_API_KEY: 'k'.repeat(200),
    });
    expect(config.upstreamUrl).toBe('https://centre.example/open311/');
    expect(config.upstreamApiKey).toHaveLength(200);
  });
});
