// The community's names and the kiosk's address are shown, printed, and (the address) sent to
// the centre, and the centre can set them remotely. A value with a control, bidi or invisible
// character is refused, locally and remotely, as the centre would refuse the requests carrying
// it: the same one text rule as everything residents type (text/plainText.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../electron/config/loadConfig.js';
import { checkRemoteConfig } from '../../../electron/services/fleet/remoteConfig.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-shown-text-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const hostile = ['幸福里\u202e社区', '幸福里\u0007社区', '幸福\u200b里', 'Xingfuli\u2066 Centre'];

describe('names and places the kiosk shows', () => {
  it('are refused from the centre with a control, bidi or invisible character', () => {
    for (const key of ['communityName', 'communityNameEnglish', 'kioskAddress']) {
      for (const value of hostile) {
        const check = checkRemoteConfig({ [key]: value });
        expect(check, `${key} ${JSON.stringify(value)}`).toMatchObject({ ok: false });
        if (!check.ok) {
          expect(check.reason).toContain(key);
          expect(check.reason).toContain('no control, bidi or invisible characters');
        }
      }
    }
  });

  it('are refused locally too, naming the setting', () => {
    expect(() => loadConfig(dataDir, { KIOSK_COMMUNITY_NAME: '幸福里\u202e社区' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig(dataDir, { KIOSK_ADDRESS: '大厅\u0000' })).toThrow(/kioskAddress/);
  });

  it('are taken as before when plain', () => {
    expect(
      checkRemoteConfig({
        communityName: ' 幸福里社区服务中心 ',
        communityNameEnglish: 'Xingfuli Community Centre',
        kioskAddress: '幸福里路8号社区服务中心大厅',
      }),
    ).toMatchObject({
      ok: true,
      values: {
        communityName: '幸福里社区服务中心',
        communityNameEnglish: 'Xingfuli Community Centre',
      },
    });
  });
});
