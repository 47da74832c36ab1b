// The whole kiosk (its runtime, as both shells start it) with the real reference centre: its
// heartbeats leave with a resident's request on the kiosk and carry none of it, and the remote
// config the centre set is in the kiosk's configuration after a restart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../centre/cliCommands.js';
import type { RequestDraft } from '../../../contract/index.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { type TestCentre, startTestCentre, testApiKey } from '../upstream/support/testCentre.js';

let centre: TestCentre;
let kiosk: TestKiosk;
const heartbeats: { body: string; status: number }[] = [];
let heartbeatArrived: (() => void) | null = null;
const realFetch = globalThis.fetch;

const nextHeartbeat = () =>
  new Promise<void>((resolve) => {
    heartbeatArrived = resolve;
  });

beforeEach(async () => {
  heartbeats.length = 0;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    if (String(input instanceof Request ? input.url : input).includes('/x/heartbeats.json')) {
      heartbeats.push({ body: String(init?.body ?? ''), status: response.status });
      heartbeatArrived?.();
    }
    return response;
  });
  centre = await startTestCentre({ log: () => undefined });
});
afterEach(async () => {
  await kiosk.stop();
  await centre.close();
  vi.restoreAllMocks();
});

const draft: RequestDraft = {
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水，需要紧急维修',
  urgency: 'urgent',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
};

describe('the kiosk runtime and the centre’s fleet extension', () => {
  it('sends heartbeats that carry no personal data, and takes the remote config at restart', async () => {
    const configFile = join(centre.dataDir, 'a03.json');
    writeFileSync(configFile, JSON.stringify({ communityName: '向阳社区服务中心' }));
    expect(
      runCli(['config', 'set', 'A03', configFile], {
        dataDir: centre.dataDir,
        out: () => undefined,
        err: () => undefined,
        now: () => new Date(),
      }),
    ).toBe(0);

    const first = nextHeartbeat();
    kiosk = await startTestKiosk({
      env: { KIOSK_UPSTREAM_URL: centre.server.url, KIOSK_UPSTREAM_API_KEY: testApiKey },
    });
    await first;
    await kiosk.call('submitRequest', draft);
    const second = nextHeartbeat();
    // The cadence counts from the first beat's send time, read before its bytes left.
    kiosk.clock.now = new Date(kiosk.clock.now.getTime() + 60_000);
    await second;

    expect(heartbeats.map((h) => h.status)).toEqual([200, 200]);
    for (const { body } of heartbeats) {
      const bytes = decodeURIComponent(body.replace(/\+/g, ' '));
      for (const personal of ['13812345678', '张三明', '张', '厨房', '漏水', 'A03-1128']) {
        expect(bytes).not.toContain(personal);
      }
      expect(new URLSearchParams(body).get('kiosk_id')).toBe('A03');
    }

    // The community name is a next-start key: the running kiosk keeps its own…
    expect(kiosk.runtime.config.communityName).toBe('幸福里社区服务中心');
    await kiosk.restart();
    // …and the restarted one starts with the centre's, from the data dir, before any call.
    expect(kiosk.runtime.config.communityName).toBe('向阳社区服务中心');
    expect((await kiosk.call('getKioskInfo', {})).communityName).toBe('向阳社区服务中心');
  });
});
