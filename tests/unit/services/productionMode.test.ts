// Production mode (demoMode false): the kiosk starts only with a real configuration, names every
// missing setting in one message, never invents a directory, has no demo calls, and never
// imports the demo module.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskCallNames } from '../../../contract/index.js';
import { demoCallNames } from '../../../demo/contract/demoCalls.js';
import { demoKit } from '../../../demo/demoKit.js';
import { ConfigError } from '../../../electron/config/loadConfig.js';
import { loadDemoKit } from '../../../electron/services/demoKitLoader.js';
import { type KioskRuntime, startKioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { demoFingerprints } from '../../support/demoFingerprints.js';
import { productionEnv, productionHotline } from '../../support/productionEnv.js';
import { provisionDirectory, provisionedDirectory } from '../../support/provisionedDirectory.js';

let root: string;
let dataDir: string;
const runtimes: KioskRuntime[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kiosk-prod-'));
  dataDir = join(root, 'data');
});
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((runtime) => runtime.close()));
  rmSync(root, { recursive: true, force: true });
});

function start(env: Record<string, string>): KioskRuntime {
  const runtime = startKioskRuntime({ dataDir, shell: 'test', env, logger: createMemoryLogger() });
  runtimes.push(runtime);
  return runtime;
}

function without(...names: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(productionEnv(dataDir)).filter(([name]) => !names.includes(name)),
  );
}

function refusal(env: Record<string, string>): string {
  try {
    start(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the kiosk started');
}

describe('starting outside demo mode', () => {
  it.each([
    ['KIOSK_CARD_READER', /cardReader \(KIOSK_CARD_READER\).*simulator is for demo mode only/],
    ['KIOSK_PRINTER', /printer \(KIOSK_PRINTER\).*simulator is for demo mode only/],
    ['KIOSK_UPSTREAM_URL', /upstreamUrl \(KIOSK_UPSTREAM_URL\)/],
    ['KIOSK_UPSTREAM_API_KEY', /upstreamApiKey \(KIOSK_UPSTREAM_API_KEY\)/],
    ['KIOSK_COMMUNITY_NAME', /communityName \(KIOSK_COMMUNITY_NAME\).*demo community's/],
    ['KIOSK_CENTRE_HOTLINE', /centreHotline \(KIOSK_CENTRE_HOTLINE\).*demo community's/],
  ])('refuses without %s, naming it and nothing else', (name, expected) => {
    const message = refusal(without(name));
    expect(message).toMatch(expected);
    expect(message).toContain(join(dataDir, 'config.json'));
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(1);
  });

  it('lists every missing setting in one message, before creating the data dir', () => {
    const message = refusal({ KIOSK_DEMO_MODE: 'false' });
    const listed = message.split('\n').filter((line) => line.startsWith('  - '));
    expect(listed.map((line) => /^ {2}- (\w+)/.exec(line)?.[1])).toEqual([
      'cardReader',
      'printer',
      'upstreamUrl',
      'upstreamApiKey',
      'communityName',
      'centreHotline',
    ]);
    expect(() => statSync(dataDir)).toThrow();
  });

  it('without a directory shows the hotline only, never the demo community', () => {
    const runtime = start(productionEnv(dataDir));
    expect(runtime.directory.source()).toBe('hotline-only');
    const data = runtime.directory.data();
    expect(data.needs).toEqual([]);
    expect(data.resources).toEqual([]);
    expect(data.centre.hotline).toBe(productionHotline);
    const text = JSON.stringify(data);
    for (const fingerprint of demoFingerprints()) expect(text).not.toContain(fingerprint);
  });

  it('uses the provisioned directory.json', () => {
    mkdirSync(dataDir, { recursive: true });
    provisionDirectory(dataDir);
    const runtime = start(productionEnv(dataDir));
    expect(runtime.directory.source()).toBe('provisioned-file');
    expect(runtime.directory.data().needs.map((need) => need.id)).toEqual(
      provisionedDirectory.needs.map((need) => need.id),
    );
  });

  it('has no demo calls: they are unknown, and the production contract does not name them', async () => {
    const runtime = start(productionEnv(dataDir));
    expect(runtime.callNames.sort()).toEqual([...kioskCallNames].sort());
    for (const name of demoCallNames) {
      expect(kioskCallNames).not.toContain(name);
      expect(await runtime.dispatch(name, { cardId: null })).toMatchObject({
        ok: false,
        error: { code: 'unknown-call' },
      });
    }
    expect(kioskCallNames.filter((name) => /demo/i.test(name))).toEqual([]);
  });

  it('ignores a demo module handed to it', () => {
    const runtime = startKioskRuntime({
      dataDir,
      shell: 'test',
      env: productionEnv(dataDir),
      logger: createMemoryLogger(),
      demo: demoKit,
    });
    runtimes.push(runtime);
    expect(runtime.directory.source()).toBe('hotline-only');
    expect(runtime.callNames).not.toContain('placeDemoCard');
  });
});

describe('demo mode', () => {
  it('refuses to start without the demo module', () => {
    expect(() => start({})).toThrow(/Demo mode needs the demo module/);
  });

  it('says what to set when the installation does not include the demo', async () => {
    const missing = Object.assign(new Error("Cannot find module '/app/demo/demoKit.js'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(loadDemoKit(() => Promise.reject(missing))).rejects.toThrow(
      /does not include the demo\. Set "demoMode": false.*cardReader, printer, upstreamUrl/,
    );
    const broken = new SyntaxError('Unexpected token');
    await expect(loadDemoKit(() => Promise.reject(broken))).rejects.toBe(broken);
  });
});

describe('the module graph', () => {
  const demoDir = resolve(import.meta.dirname, '../../../demo');
  const demoFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? demoFiles(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );

  afterEach(() => {
    vi.resetModules();
    vi.doUnmock('../../../demo/demoKit.js');
  });

  it('of a production start holds no demo module; a demo start loads it (the probe works)', async () => {
    const files = demoFiles(demoDir);
    expect(files.length).toBeGreaterThan(5);
    const imported: string[] = [];
    vi.resetModules();
    for (const file of files) {
      vi.doMock(file, async (importOriginal) => {
        imported.push(relative(demoDir, file));
        return importOriginal();
      });
    }
    const { startKiosk } = await import('../../../electron/services/startKiosk.js');
    const production = await startKiosk({
      dataDir,
      shell: 'test',
      env: productionEnv(dataDir),
      logger: createMemoryLogger(),
    });
    runtimes.push(production);
    expect(imported).toEqual([]);
    await production.close();

    const demo = await startKiosk({
      dataDir: join(root, 'demo-data'),
      shell: 'test',
      env: {},
      logger: createMemoryLogger(),
    });
    runtimes.push(demo);
    expect(imported).toContain('demoKit.ts');
    expect(imported).toContain(join('community', 'index.ts'));
    for (const file of files) vi.doUnmock(file);
  });
});
