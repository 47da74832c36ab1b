// The local HTTP host, which is what the page talks to, never trusts the page about assisted
// entry: an "assisted" request without a live staff session is refused at the boundary and
// nothing is saved; with one, the same body is accepted and recorded as that staff member's.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpHost, startHttpHost } from '../../../electron/host/httpHost.js';
import { type KioskRuntime, startKioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { demoKit } from '../../../demo/demoKit.js';

let dir: string;
let runtime: KioskRuntime;
let host: HttpHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-assisted-http-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  runtime = startKioskRuntime({
    dataDir: join(dir, 'data'),
    shell: 'test',
    demo: demoKit,
    env: {},
    logger: createMemoryLogger(),
  });
  host = await startHttpHost({ dispatch: runtime.dispatch, rendererDir, port: 0 });
  const code = await runStaffCommand(['add', 'wang.li', '王丽'], {
    db: runtime.db,
    readPin: () => Promise.resolve('246810'),
    out: () => {},
    err: (line) => {
      throw new Error(line);
    },
    now: () => new Date(),
    randomBytes,
  });
  expect(code).toBe(0);
}, 30_000);
afterAll(async () => {
  await host.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(name: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'x-kiosk-token': host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

const request = (assisted: unknown) => ({
  category: 'basic-living',
  needId: null,
  description: '楼道灯坏了',
  urgency: 'normal',
  contact: { phone: '13800138000' },
  language: 'zh-CN',
  assisted,
});
const savedCount = () =>
  (runtime.db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n;

describe('assisted entry at the HTTP boundary', () => {
  it('refuses "assisted" without a live staff session and saves nothing', async () => {
    const forged = await call(
      'submitRequest',
      request({ token: 'f'.repeat(43), confirmation: { by: 'resident-tap', readBackMs: 3000 } }),
    );
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const malformed = await call('submitRequest', request({ staffId: 'wang.li' }));
    expect(malformed.status).toBe(400);
    expect(savedCount()).toBe(0);
  });

  it('accepts the same body with a signed-in staff member and records them', async () => {
    const signIn = await call('staffSignIn', { pin: '246810' });
    const token = (signIn.body as { value: { session: { token: string } } }).value.session.token;
    const accepted = await call(
      'submitRequest',
      request({ token, confirmation: { by: 'resident-tap', readBackMs: 3000 } }),
    );
    expect(accepted).toMatchObject({
      status: 200,
      body: { ok: true, value: { assistedBy: '王丽' } },
    });
    const row = runtime.db.prepare('SELECT assisted_by FROM requests').get();
    expect(row).toEqual({ assisted_by: 'wang.li' });
  });
});
