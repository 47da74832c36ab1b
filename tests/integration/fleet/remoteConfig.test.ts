// Remote configuration from the real reference centre (`cli config set`): a good one is applied
// (heartbeatSeconds at once, the rest at the next start) and kept in the data dir; a bad one is
// refused, logged and reported in the next heartbeat, and the last good one stays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestHeartbeats } from '../../../centre/server/store/kioskHeartbeats.js';
import { openCentreDatabase } from '../../../centre/server/store/centreDatabase.js';
import { configKeys } from '../../../electron/config/configSchema.js';
import { loadConfig } from '../../../electron/config/loadConfig.js';
import { remoteConfigFileName } from '../../../electron/services/fleet/remoteConfigStore.js';
import { withStoredRemoteConfig } from '../../../electron/services/fleet/withRemoteConfig.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import {
  type FleetRig,
  advance,
  configPulls,
  heartbeatsSent,
  rigApiKey,
  startFleetRig,
} from './support/fleetRig.js';

let rig: FleetRig;
beforeEach(async () => {
  rig = await startFleetRig();
});
afterEach(() => rig.close());

function setConfig(config: unknown): string {
  const file = join(rig.centreDataDir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const result = rig.cli('config', 'set', 'B03', file);
  expect(result.code, result.err.join('\n')).toBe(0);
  return /ETag (".*")/.exec(result.out[0] ?? '')?.[1] ?? '';
}

const lastHeartbeatForm = () => new URLSearchParams(heartbeatsSent(rig).at(-1)?.body ?? '');
const storedFile = () =>
  JSON.parse(readFileSync(join(rig.kioskDataDir, remoteConfigFileName), 'utf8')) as {
    etag: string;
    config: Record<string, unknown>;
  };

describe('remote configuration', () => {
  it('is applied: heartbeatSeconds at once, the rest at the next start, kept in the data dir', async () => {
    const etag = setConfig({
      heartbeatSeconds: 30,
      communityName: '向阳社区服务中心',
      retentionDays: 14,
    });
    await rig.agent.tick();
    expect(rig.agent.state()).toMatchObject({
      configEtag: etag,
      configError: null,
      heartbeatSeconds: 30,
    });
    expect(lastHeartbeatForm().get('config_etag')).toBe(etag);
    expect(storedFile()).toMatchObject({ etag, config: { heartbeatSeconds: 30 } });
    expect(rig.logs.join('\n')).toContain('"atNextStart":["communityName","retentionDays"]');

    // The next beat comes 30 s later, not 60; an unchanged config costs a 304.
    advance(rig, 30_000);
    await rig.agent.tick();
    expect(heartbeatsSent(rig)).toHaveLength(2);
    advance(rig, 15 * 60_000);
    await rig.agent.tick();
    expect(configPulls(rig).map((pull) => pull.status)).toEqual([200, 304]);

    // At the next start the stored config lies over config.json; the environment still wins.
    const env = { [configKeys.retentionDays.env]: '3' };
    const started = withStoredRemoteConfig(
      loadConfig(rig.kioskDataDir, env),
      rig.kioskDataDir,
      env,
      createMemoryLogger(),
    );
    expect(started).toMatchObject({
      communityName: '向阳社区服务中心',
      heartbeatSeconds: 30,
      retentionDays: 3,
    });
  });

  it('refuses a bad one, reports it in the next heartbeat, and keeps the last good one', async () => {
    const good = setConfig({ heartbeatSeconds: 30 });
    await rig.agent.tick();
    expect(rig.agent.state().configEtag).toBe(good);

    // The centre's IT person tries to move the kiosk to another centre: never remote.
    const bad = setConfig({ heartbeatSeconds: 20, upstreamUrl: 'http://elsewhere.example/' });
    advance(rig, 30_000);
    // The heartbeat's reply names the new ETag; the config is fetched, refused, and reported in
    // the heartbeat sent straight after.
    await rig.agent.tick();
    await rig.agent.tick();
    expect(configPulls(rig).map((pull) => pull.status)).toEqual([200, 200]);
    const report = lastHeartbeatForm();
    expect(report.get('config_etag')).toBe(good);
    expect(report.get('config_error')).toBe(
      '"upstreamUrl" is set on the kiosk only, never remotely',
    );
    expect(rig.agent.state()).toMatchObject({ configEtag: good, heartbeatSeconds: 30 });
    expect(storedFile()).toEqual(
      expect.objectContaining({ etag: good, config: { heartbeatSeconds: 30 } }),
    );
    expect(rig.logs.filter((line) => line.includes('remote config refused'))).toHaveLength(1);

    // The centre sees it, on the page and by CLI.
    const db = openCentreDatabase(rig.centreDataDir);
    try {
      expect(latestHeartbeats(db)[0]).toMatchObject({
        configEtag: good,
        configError: expect.stringContaining('upstreamUrl'),
      });
    } finally {
      db.close();
    }
    const page = await (
      await fetch(new URL(`x/fleet?api_key=${rigApiKey}`, rig.centre.url))
    ).text();
    expect(page).toContain('remote config refused: &#34;upstreamUrl&#34; is set on the kiosk only');

    // The refused one is not fetched and refused again on every poll…
    advance(rig, 15 * 60_000);
    await rig.agent.tick();
    expect(configPulls(rig).at(-1)?.status).toBe(304);
    expect(bad).not.toBe(good);

    // …and a value out of range is refused the same way, naming what is allowed.
    setConfig({ heartbeatSeconds: 5 });
    advance(rig, 30_000);
    await rig.agent.tick();
    await rig.agent.tick();
    expect(lastHeartbeatForm().get('config_error')).toBe(
      `"heartbeatSeconds" not allowed: ${configKeys.heartbeatSeconds.allowed}`,
    );

    // A restarted kiosk starts with the last good one, and a fixed config clears the report.
    rig.restartAgent();
    expect(rig.agent.state()).toMatchObject({ configEtag: good, configError: null });
    const fixed = setConfig({ heartbeatSeconds: 45 });
    advance(rig, 60_000);
    await rig.agent.tick();
    expect(rig.agent.state()).toMatchObject({
      configEtag: fixed,
      configError: null,
      heartbeatSeconds: 45,
    });
  });

  it('refuses unknown keys, local-only keys and a half position whole', async () => {
    for (const [config, reason] of [
      [{ printer: 'tcp://192.0.2.1' }, '"printer" is set on the kiosk only, never remotely'],
      [{ kioskId: 'C01' }, '"kioskId" is set on the kiosk only, never remotely'],
      [{ dataDir: '/tmp' }, '"dataDir" is not a setting'],
      [{ kioskLatitude: 39.9 }, '"kioskLatitude" and "kioskLongitude" go together'],
    ] as const) {
      setConfig(config);
      advance(rig, 60_000);
      await rig.agent.tick();
      await rig.agent.tick();
      expect(rig.agent.state().configError).toBe(reason);
      expect(rig.agent.state().configEtag).toBeNull();
    }
  });
});
