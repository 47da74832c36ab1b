import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startKioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { demoKit } from '../../../demo/demoKit.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dataDir = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosk-runtime-')), 'data');
  dirs.push(dir);
  return dir;
};

describe('the kiosk runtime', () => {
  it('reports the kiosk from its configuration, its version and its devices', async () => {
    const runtime = startKioskRuntime({
      dataDir: dataDir(),
      shell: 'test',
      demo: demoKit,
      env: { KIOSK_ID: 'C12', KIOSK_COMMUNITY_NAME: '向阳社区服务中心' },
      logger: createMemoryLogger(),
      now: () => new Date('2026-11-28T09:30:00Z'),
    });
    const reply = await runtime.dispatch('getKioskInfo', {});
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(reply).toMatchObject({
      ok: true,
      value: {
        kioskId: 'C12',
        communityName: '向阳社区服务中心',
        version,
        startedAt: '2026-11-28T09:30:00.000Z',
        languages: ['zh-CN', 'zh-TW', 'en'],
      },
    });
    await runtime.close();
  });

  it('keeps its data dir private to the kiosk user and notes a run that never stopped', async () => {
    const dir = dataDir();
    const logger = createMemoryLogger();
    const crashed = startKioskRuntime({
      dataDir: dir,
      shell: 'test',
      env: {},
      logger,
      demo: demoKit,
    });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // As if the process died: devices gone, no stop recorded.
    await crashed.devices.cardReader.close();
    await crashed.devices.printer.close();
    crashed.db.close();
    const next = startKioskRuntime({ dataDir: dir, shell: 'test', env: {}, logger, demo: demoKit });
    expect(logger.lines.some((line) => line.includes('did not stop cleanly'))).toBe(true);
    await next.close();
  });

  it('stops start-up on a bad setting, before touching the database', () => {
    const dir = dataDir();
    expect(() =>
      startKioskRuntime({
        dataDir: dir,
        shell: 'test',
        demo: demoKit,
        env: { KIOSK_ID: 'nope' },
        logger: createMemoryLogger(),
      }),
    ).toThrow(/"kioskId".*"nope"/);
    expect(existsSync(dir)).toBe(false);
  });
});
