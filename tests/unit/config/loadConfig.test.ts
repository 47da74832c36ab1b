import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configKeys } from '../../../electron/config/configSchema.js';
import { ConfigError, loadConfig } from '../../../electron/config/loadConfig.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const writeConfig = (text: string) => writeFileSync(join(dataDir, 'config.json'), text);

describe('configuration', () => {
  it('needs no file at all: demo defaults', () => {
    expect(loadConfig(dataDir, {})).toMatchObject({
      kioskId: 'A01',
      communityName: '幸福里社区服务中心',
      centreHotline: '010-65781234',
      defaultLanguage: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      demoMode: true,
      devTools: false,
      cardReader: { kind: 'simulator' },
      printer: { kind: 'simulator' },
    });
  });

  it('takes the file over the defaults and KIOSK_* variables over the file', () => {
    writeConfig(JSON.stringify({ kioskId: 'B07', defaultLanguage: 'en', demoMode: false }));
    const config = loadConfig(dataDir, { KIOSK_DEFAULT_LANGUAGE: 'zh-TW', KIOSK_DEV_TOOLS: '1' });
    expect(config).toMatchObject({
      kioskId: 'B07',
      defaultLanguage: 'zh-TW',
      demoMode: false,
      devTools: true,
    });
  });

  it('has an environment variable for every key, each distinct', () => {
    const names = Object.values(configKeys).map((spec) => spec.env);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^KIOSK_[A-Z_]+$/);
  });

  it('names the key, the value, where it came from and what is allowed', () => {
    expect(() => loadConfig(dataDir, { KIOSK_DEFAULT_LANGUAGE: 'fr' })).toThrow(
      'Setting "defaultLanguage" from environment variable KIOSK_DEFAULT_LANGUAGE has the value "fr", which is not allowed. Allowed: zh-CN, zh-TW, en.',
    );
    writeConfig(JSON.stringify({ kioskId: 'a3' }));
    expect(() => loadConfig(dataDir, {})).toThrow(
      /"kioskId" from .*config\.json has the value "a3".*capital letter/,
    );
  });

  it('rejects unknown keys, broken JSON and non-objects with the file named', () => {
    writeConfig(JSON.stringify({ kioskID: 'A01' }));
    expect(() => loadConfig(dataDir, {})).toThrow(/unknown key "kioskID"\. Known keys: kioskId/);
    writeConfig('{ "kioskId": ');
    expect(() => loadConfig(dataDir, {})).toThrow(ConfigError);
    expect(() => loadConfig(dataDir, {})).toThrow(/config\.json is not valid JSON/);
    writeConfig('[1, 2]');
    expect(() => loadConfig(dataDir, {})).toThrow(/one JSON object/);
  });

  it('checks device settings with the drivers’ own parsers', () => {
    expect(
      loadConfig(dataDir, {
        KIOSK_CARD_READER: 'hid:10c4:0007',
        KIOSK_PRINTER: 'tcp://127.0.0.1:9100?paper=80',
      }),
    ).toMatchObject({
      cardReader: { kind: 'hid', vendorId: 0x10c4, productId: 0x0007 },
      printer: { kind: 'tcp', host: '127.0.0.1', port: 9100 },
    });
    expect(() => loadConfig(dataDir, { KIOSK_PRINTER: 'lpt1' })).toThrow(
      /"printer" from environment variable KIOSK_PRINTER has the value "lpt1".*Allowed: simulator, tcp:/,
    );
    expect(() => loadConfig(dataDir, { KIOSK_CARD_READER: 'usb' })).toThrow(
      /"cardReader".*"usb".*hid:VID:PID/,
    );
    expect(() => loadConfig(dataDir, { KIOSK_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      /"timeZone".*IANA/,
    );
  });

  it('rejects a boolean it cannot read rather than guessing', () => {
    expect(() => loadConfig(dataDir, { KIOSK_DEMO_MODE: 'yes' })).toThrow(
      /"demoMode".*"yes".*true or false/,
    );
  });

  it('knows where the kiosk stands and which jurisdiction it files under', () => {
    expect(loadConfig(dataDir, {})).toMatchObject({
      upstreamJurisdiction: '',
      kioskLatitude: null,
      kioskLongitude: null,
      kioskAddress: '',
      serviceRefreshMinutes: 60,
    });
    writeConfig(
      JSON.stringify({
        upstreamJurisdiction: 'chaoyang.example.gov',
        kioskLatitude: 39.9289,
        kioskAddress: '幸福里路8号社区服务中心大厅',
      }),
    );
    expect(
      loadConfig(dataDir, { KIOSK_LONGITUDE: '116.4883', KIOSK_SERVICE_REFRESH_MINUTES: '15' }),
    ).toMatchObject({
      upstreamJurisdiction: 'chaoyang.example.gov',
      kioskLatitude: 39.9289,
      kioskLongitude: 116.4883,
      kioskAddress: '幸福里路8号社区服务中心大厅',
      serviceRefreshMinutes: 15,
    });
  });

  it('wants latitude and longitude together, in range, and a sane refresh interval', () => {
    expect(() => loadConfig(dataDir, { KIOSK_LATITUDE: '39.9' })).toThrow(
      /"kioskLatitude" and "kioskLongitude" go together/,
    );
    expect(() => loadConfig(dataDir, { KIOSK_LATITUDE: '91', KIOSK_LONGITUDE: '116' })).toThrow(
      /"kioskLatitude".*"91".*-90 to 90/,
    );
    expect(() => loadConfig(dataDir, { KIOSK_SERVICE_REFRESH_MINUTES: '0' })).toThrow(
      /"serviceRefreshMinutes".*1 to 1440/,
    );
    expect(() => loadConfig(dataDir, { KIOSK_UPSTREAM_JURISDICTION: 'a b' })).toThrow(
      /"upstreamJurisdiction"/,
    );
  });
});
