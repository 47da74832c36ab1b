// A centre that is down, and a platform without the fleet extension. The kiosk keeps working in
// both: a centre that is down is retried with growing waits and picked up again when it is back;
// a strict Open311 platform's 404 is remembered, asked again hourly, and logged once.
import { afterEach, describe, expect, it } from 'vitest';
import {
  longestBackoffMs,
  unsupportedRetryMs,
} from '../../../electron/services/fleet/fleetAgent.js';
import {
  type FleetRig,
  advance,
  configPulls,
  heartbeatsSent,
  startFleetRig,
} from './support/fleetRig.js';

let rig: FleetRig;
afterEach(() => rig.close());

describe('a centre that is down', () => {
  it('is retried with growing waits up to an hour, and picked up again when it is back', async () => {
    rig = await startFleetRig();
    rig.down.value = true;
    // Neither call may throw: a tick that fails is logged, never the kiosk's problem.
    await expect(rig.agent.tick()).resolves.toBeUndefined();
    expect(heartbeatsSent(rig).map((e) => e.status)).toEqual([null]);
    expect(rig.agent.state().heartbeatFailures).toBe(1);

    // random() = 1: each wait is its step's whole ceiling, one interval doubled per failure.
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const before = Date.parse(rig.agent.state().nextHeartbeatAt) - rig.kioskClock.now.getTime();
      waits.push(before);
      advance(rig, before - 1);
      const sent = heartbeatsSent(rig).length;
      await rig.agent.tick();
      expect(heartbeatsSent(rig)).toHaveLength(sent);
      advance(rig, 1);
      await rig.agent.tick();
      expect(heartbeatsSent(rig)).toHaveLength(sent + 1);
    }
    expect(waits).toEqual([
      120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    expect(Math.max(...waits)).toBe(longestBackoffMs);
    // One line when the outage began (and one at the tenth try), not one per try.
    expect(rig.logs.filter((line) => line.includes('heartbeat not delivered'))).toHaveLength(1);

    rig.down.value = false;
    advance(rig, longestBackoffMs);
    await rig.agent.tick();
    expect(heartbeatsSent(rig).at(-1)?.status).toBe(200);
    expect(rig.agent.state()).toMatchObject({ heartbeatFailures: 0, heartbeatSupported: true });
    expect(rig.logs.some((line) => line.includes('heartbeat delivered again'))).toBe(true);
  });

  it('does not hold up the kiosk’s stop', async () => {
    rig = await startFleetRig();
    rig.down.value = true;
    await rig.agent.tick();
    const sent = heartbeatsSent(rig).length;
    await rig.agent.stop();
    // No goodbye is attempted into an outage.
    expect(heartbeatsSent(rig)).toHaveLength(sent);
  });
});

describe('a strict Open311 platform (no fleet extension)', () => {
  it('answers 404 once; the kiosk remembers it, asks again hourly and logs it once', async () => {
    rig = await startFleetRig({ centre: { strict: true } });
    await rig.agent.tick();
    expect(heartbeatsSent(rig).map((e) => e.status)).toEqual([404]);
    expect(configPulls(rig).map((e) => e.status)).toEqual([404]);
    expect(rig.agent.state()).toMatchObject({ heartbeatSupported: false, configSupported: false });

    // A minute, and an hour less a second: nothing is sent.
    for (const step of [60_000, unsupportedRetryMs - 61_000]) {
      advance(rig, step);
      await rig.agent.tick();
    }
    expect(rig.exchanges).toHaveLength(2);

    advance(rig, 1_000);
    await rig.agent.tick();
    expect(heartbeatsSent(rig).map((e) => e.status)).toEqual([404, 404]);
    expect(configPulls(rig).map((e) => e.status)).toEqual([404, 404]);
    expect(rig.logs.filter((line) => line.includes('no heartbeat extension'))).toHaveLength(1);
    expect(rig.logs.filter((line) => line.includes('no remote config extension'))).toHaveLength(1);
    expect(rig.logs.some((line) => line.includes('not delivered'))).toBe(false);

    // Stopping sends no goodbye to a platform that has nowhere to put it.
    await rig.agent.stop();
    expect(heartbeatsSent(rig)).toHaveLength(2);
  });
});
