// The remote config's keys and values are checked with config.json's own schemas, the lists of
// remote and local-only keys cover every setting once, and the stored last good one is laid over
// config.json at start with the environment still winning.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configKeys } from '../../../electron/config/configSchema.js';
import { loadConfig } from '../../../electron/config/loadConfig.js';
import {
  checkRemoteConfig,
  liveRemoteKeys,
  localOnlyKeys,
  overlayRemote,
  restartRemoteKeys,
  waitingForRestart,
} from '../../../electron/services/fleet/remoteConfig.js';
import {
  readLastGood,
  remoteConfigFileName,
  writeLastGood,
} from '../../../electron/services/fleet/remoteConfigStore.js';
import { withStoredRemoteConfig } from '../../../electron/services/fleet/withRemoteConfig.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'remote-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('checkRemoteConfig', () => {
  it('sorts every setting into exactly one list, with the way to the centre local-only', () => {
    const all = [...liveRemoteKeys, ...restartRemoteKeys, ...localOnlyKeys];
    expect([...all].sort()).toEqual(Object.keys(configKeys).sort());
    expect(new Set(all).size).toBe(all.length);
    for (const key of ['kioskId', 'upstreamUrl', 'upstreamApiKey', 'upstreamJurisdiction']) {
      expect(localOnlyKeys).toContain(key);
    }
  });

  it('accepts remote keys with the values config.json accepts, parsed the same way', () => {
    const checked = checkRemoteConfig({
      heartbeatSeconds: '120',
      timeZone: 'Asia/Urumqi',
      kioskLatitude: 39.9,
      kioskLongitude: 116.4,
    });
    expect(checked).toMatchObject({
      ok: true,
      values: { heartbeatSeconds: 120, timeZone: 'Asia/Urumqi', kioskLatitude: 39.9 },
    });
    expect(checked.ok && waitingForRestart(checked.values)).toEqual([
      'timeZone',
      'kioskLatitude',
      'kioskLongitude',
    ]);
    expect(checkRemoteConfig({})).toEqual({ ok: true, values: {}, raw: {} });
  });

  it('refuses the whole config for one bad key or value, naming the key and what is allowed', () => {
    expect(checkRemoteConfig({ heartbeatSeconds: 30, upstreamApiKey: 'x' })).toEqual({
      ok: false,
      reason: '"upstreamApiKey" is set on the kiosk only, never remotely',
    });
    expect(checkRemoteConfig({ timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      reason: `"timeZone" not allowed: ${configKeys.timeZone.allowed}`,
    });
    expect(checkRemoteConfig({ colour: 'red' })).toEqual({
      ok: false,
      reason: '"colour" is not a setting',
    });
    expect(checkRemoteConfig({ kioskLatitude: 39.9, kioskLongitude: '' })).toMatchObject({
      ok: false,
    });
  });
});

describe('the documentation', () => {
  it('names every remote key, in the README and the OpenAPI document', () => {
    const readme = readFileSync('README.md', 'utf8');
    const remotePart = readme.slice(readme.indexOf('**Remote configuration**'));
    const openapi = readFileSync('docs/upstream-openapi.yaml', 'utf8');
    for (const key of [...liveRemoteKeys, ...restartRemoteKeys, ...localOnlyKeys]) {
      expect(openapi, key).toContain(`\`${key}\``);
    }
    for (const key of [...liveRemoteKeys, ...restartRemoteKeys]) {
      expect(remotePart, key).toContain(`\`${key}\``);
    }
  });
});

describe('at start', () => {
  it('lays the stored remote config over config.json; the environment still wins', () => {
    const dataDir = tempDir();
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({ communityName: '本地', retentionDays: 5 }),
    );
    writeLastGood(dataDir, {
      etag: '"e1"',
      config: { communityName: '远程', retentionDays: 9, statusPollSeconds: 30 },
      appliedAt: '2026-12-01T08:00:00.000Z',
    });
    const env = { KIOSK_RETENTION_DAYS: '2' };
    const logger = createMemoryLogger();
    const config = withStoredRemoteConfig(loadConfig(dataDir, env), dataDir, env, logger);
    expect(config).toMatchObject({
      communityName: '远程',
      retentionDays: 2,
      statusPollSeconds: 30,
    });
    expect(logger.lines.join('\n')).toContain('remote config applies');
  });

  it('ignores a stored file it cannot read or that is no longer valid', () => {
    const dataDir = tempDir();
    expect(readLastGood(dataDir)).toEqual({ kind: 'none' });
    writeFileSync(join(dataDir, remoteConfigFileName), '{not json');
    expect(readLastGood(dataDir)).toEqual({ kind: 'unreadable', reason: 'not valid JSON' });
    writeFileSync(
      join(dataDir, remoteConfigFileName),
      JSON.stringify({ etag: null, config: { kioskId: 'Z99' }, appliedAt: 'x' }),
    );
    expect(readLastGood(dataDir)).toMatchObject({ kind: 'unreadable' });
    const config = loadConfig(dataDir, {});
    expect(withStoredRemoteConfig(config, dataDir, {}, createMemoryLogger())).toBe(config);
  });

  it('keeps a position pair whole: an environment variable cannot leave half of it', () => {
    const config = loadConfig(tempDir(), {});
    const remote = { kioskLatitude: 39.9, kioskLongitude: 116.4 };
    expect(overlayRemote(config, remote, {})).toMatchObject(remote);
    expect(overlayRemote(config, remote, { KIOSK_LATITUDE: '' })).toBe(config);
  });
});
