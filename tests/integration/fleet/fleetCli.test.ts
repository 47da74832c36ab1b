// The centre's staff CLI for the fleet, on the data dir of a running centre: `config set` takes
// one JSON object per kiosk and refuses anything else, `config show` prints what is served.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { etagOfConfig } from '../../../centre/server/store/kioskConfigs.js';
import { type FleetRig, rigApiKey, startFleetRig } from './support/fleetRig.js';

let rig: FleetRig;
beforeEach(async () => {
  rig = await startFleetRig();
});
afterEach(() => rig.close());

const file = (name: string, text: string) => {
  const path = join(rig.centreDataDir, name);
  writeFileSync(path, text);
  return path;
};

describe('centre CLI: fleet and config', () => {
  it('sets, shows and serves a kiosk’s config', async () => {
    expect(rig.cli('config', 'show', 'B03')).toEqual({
      code: 0,
      out: ['{}'],
      err: [`ETag ${etagOfConfig('{}')}`],
    });
    const set = rig.cli('config', 'set', 'B03', file('b03.json', '{"retentionDays": 14}'));
    expect(set.code).toBe(0);
    const etag = etagOfConfig('{"retentionDays":14}');
    expect(set.out).toEqual([`B03 config set (1 key(s), ETag ${etag})`]);
    expect(rig.cli('config', 'show', 'B03').out).toEqual(['{"retentionDays":14}']);

    const url = new URL(`x/kiosks/B03/config.json?api_key=${rigApiKey}`, rig.centre.url);
    const served = await fetch(url);
    expect(served.headers.get('etag')).toBe(etag);
    expect(await served.json()).toEqual({ kiosk_id: 'B03', config: { retentionDays: 14 } });
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    // Another kiosk is not served B03's.
    const other = await fetch(
      new URL(`x/kiosks/A01/config.json?api_key=${rigApiKey}`, rig.centre.url),
    );
    expect(await other.json()).toEqual({ kiosk_id: 'A01', config: {} });
    const invalid = await fetch(
      new URL(`x/kiosks/b3/config.json?api_key=${rigApiKey}`, rig.centre.url),
    );
    expect(invalid.status).toBe(400);
  });

  it('refuses a file that is not one JSON object, and bad usage', () => {
    expect(rig.cli('config', 'set', 'B03', file('a.json', '[1]'))).toMatchObject({
      code: 1,
      err: [expect.stringContaining('must hold one JSON object')],
    });
    expect(rig.cli('config', 'set', 'B03', file('b.json', '{nope'))).toMatchObject({
      code: 1,
      err: [expect.stringContaining('is not valid JSON')],
    });
    expect(rig.cli('config', 'set', 'B03', join(rig.centreDataDir, 'missing.json')).code).toBe(1);
    expect(rig.cli('config', 'set', 'b03', file('c.json', '{}')).code).toBe(2);
    expect(rig.cli('config', 'remove', 'B03').code).toBe(2);
    expect(rig.cli('fleet', 'extra').code).toBe(2);
    expect(rig.cli('config', 'show', 'B03').out).toEqual(['{}']);
  });

  it('lists no kiosk before the first heartbeat', () => {
    expect(rig.cli('fleet')).toEqual({
      code: 0,
      out: ['kiosk\tstate\tversion\tqueue\tprinter\treader\tneeds a look'],
      err: ['0 kiosk(s)'],
    });
  });
});
