// Heartbeats from a kiosk's fleet agent to the real reference centre: the fields that arrive, the
// bytes that leave (nothing but the listed fields), and what the centre's staff see as the kiosk
// goes quiet (fake clock on the centre's side): online, stale, then "unknown since", never "down".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heartbeatFormFields } from '../../../centre/wire/fleet.js';
import { etagOfConfig } from '../../../centre/server/store/kioskConfigs.js';
import { latestHeartbeats } from '../../../centre/server/store/kioskHeartbeats.js';
import { openCentreDatabase } from '../../../centre/server/store/centreDatabase.js';
import { describeProblem } from '../../../hardware/printer/index.js';
import { heartbeatFields } from '../../../upstream/wire/fleet.js';
import {
  type FleetRig,
  advance,
  heartbeatsSent,
  rigApiKey,
  startFleetRig,
} from './support/fleetRig.js';

let rig: FleetRig;
beforeEach(async () => {
  rig = await startFleetRig();
});
afterEach(() => rig.close());

function latest() {
  const db = openCentreDatabase(rig.centreDataDir);
  try {
    return latestHeartbeats(db);
  } finally {
    db.close();
  }
}

async function fleetPage(): Promise<string> {
  const response = await fetch(new URL(`x/fleet?api_key=${rigApiKey}`, rig.centre.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return response.text();
}

describe('heartbeat', () => {
  it('arrives at the centre with every field, and nothing else leaves the kiosk', async () => {
    rig.queue.queueDepth = 3;
    rig.queue.oldestWaitingSeconds = 420;
    rig.queue.deadLetters = 1;
    rig.queue.held = 2;
    advance(rig, 90_000);
    await rig.agent.tick();

    const [sent] = heartbeatsSent(rig);
    expect(sent?.status).toBe(200);
    const form = new URLSearchParams(sent?.body ?? '');
    // The bytes: exactly the listed names, in order, each once; the two lists agree.
    expect([...form.keys()]).toEqual(heartbeatFields.filter((name) => name !== 'jurisdiction_id'));
    expect([...heartbeatFields]).toEqual([...heartbeatFormFields]);
    expect(Object.fromEntries(form)).toEqual({
      api_key: rigApiKey,
      kiosk_id: 'B03',
      sent_datetime: '2026-12-01T08:01:30Z',
      interval_seconds: '60',
      version: '0.1.0',
      uptime_seconds: '90',
      queue_depth: '3',
      oldest_wait_seconds: '420',
      dead_letters: '1',
      held: '2',
      printer_state: 'ready',
      printer_paper: 'ok',
      printer_detail: '',
      reader_state: 'ready',
      disk_free_bytes: expect.stringMatching(/^\d+$/),
      // Pulled at start: no config set at the centre is the empty one, with its own ETag.
      config_etag: etagOfConfig('{}'),
      config_error: '',
      stopping: 'false',
    });

    expect(latest()).toEqual([
      expect.objectContaining({
        kioskId: 'B03',
        receivedAt: '2026-12-01T08:01:30.000Z',
        queueDepth: 3,
        oldestWaitSeconds: 420,
        deadLetters: 1,
        held: 2,
        printerPaper: 'ok',
        stopping: false,
      }),
    ]);
    expect(Number(form.get('disk_free_bytes'))).toBeGreaterThan(0);
  });

  it('is refused by the centre with a field it does not know, so nothing unplanned is stored', async () => {
    const response = await fetch(new URL('x/heartbeats.json', rig.centre.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: rigApiKey,
        kiosk_id: 'B03',
        resident_name: '张三明',
      }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      { code: 'heartbeat_invalid', description: 'Unknown heartbeat field(s): resident_name.' },
    ]);
    expect(latest()).toEqual([]);
  });

  it('shows online, needs paper, stale, then unknown since the last heartbeat, never down', async () => {
    await rig.agent.tick();
    expect(await fleetPage()).toContain('<td>online</td>');

    rig.printer.status = {
      driver: 'simulator',
      state: 'needs-attention',
      detail: describeProblem('paper-out'),
    };
    advance(rig, 60_000);
    await rig.agent.tick();
    expect(await fleetPage()).toContain('<td>needs paper</td>');
    expect(rig.cli('fleet').out[1]).toMatch(/^B03\tneeds paper\t0\.1\.0\t0\t/);

    // The kiosk falls silent; only the centre's clock moves on.
    const lastHeard = rig.centreClock.now.toISOString();
    rig.centreClock.now = new Date(rig.centreClock.now.getTime() + 150_000);
    expect(await fleetPage()).toContain('online');
    rig.centreClock.now = new Date(rig.centreClock.now.getTime() + 1_000);
    expect(await fleetPage()).toContain(`stale: last heartbeat ${lastHeard}`);
    expect(JSON.parse(rig.cli('fleet', '--json').out[0] ?? '')).toEqual([
      expect.objectContaining({ kiosk_id: 'B03', state: 'stale', last_heartbeat: lastHeard }),
    ]);

    rig.centreClock.now = new Date(Date.parse(lastHeard) + 15 * 60_000 + 1_000);
    const page = await fleetPage();
    expect(page).toContain(`unknown since ${lastHeard}`);
    expect(page.toLowerCase()).not.toContain('down<');
    expect(page).not.toContain('<script');
    expect(rig.cli('fleet').out[1]).toContain(`unknown since ${lastHeard}`);
  });

  it('says offline only when the kiosk said it was stopping', async () => {
    await rig.agent.tick();
    await rig.agent.stop();
    const [, last] = heartbeatsSent(rig);
    expect(new URLSearchParams(last?.body ?? '').get('stopping')).toBe('true');
    expect(await fleetPage()).toContain(
      'offline since 2026-12-01T08:00:00.000Z (the kiosk stopped)',
    );
  });

  it('is sent every heartbeatSeconds and not before', async () => {
    await rig.agent.tick();
    advance(rig, 59_000);
    await rig.agent.tick();
    expect(heartbeatsSent(rig)).toHaveLength(1);
    advance(rig, 1_000);
    await rig.agent.tick();
    expect(heartbeatsSent(rig)).toHaveLength(2);
    expect(rig.agent.state()).toMatchObject({
      heartbeatSupported: true,
      lastHeartbeatAt: '2026-12-01T08:01:00.000Z',
      nextHeartbeatAt: '2026-12-01T08:02:00.000Z',
    });
  });
});
