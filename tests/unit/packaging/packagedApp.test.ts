// Builds the kiosk's app directory with electron-builder (`--dir`, linux) on a stand-in Electron
// distribution and checks what a kiosk PC would get: every module the main process and the
// preload load, transitively, is inside; dependencies are only what the main process runs; no
// test, source map, TypeScript source, declaration or demo file ships; the fuses are flipped.
// Needs `npm run build` first (npm test builds before the unit tests). Skips, saying why, only
// when electron-builder itself is not installed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type * as ElectronBuilderModule from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph, packageClosure } from './support/importGraph.js';
import { readFuseWire, writeStandInElectron } from './support/standInElectron.js';

const require = createRequire(import.meta.url);
const projectDir = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

type ElectronBuilder = typeof ElectronBuilderModule;
function loadBuilder(): ElectronBuilder | undefined {
  try {
    return require('electron-builder') as ElectronBuilder;
  } catch {
    return undefined;
  }
}
const builder = loadBuilder();
if (!builder) console.warn('packagedApp.test.ts skipped: electron-builder is not installed.');

/** What the main process and page need that is not in the main process's import graph. */
const knownDemoNamedFiles = [
  // The production loader of demo/ (a dynamic import it makes in demo mode only) and its types.
  'build/node/electron/services/demoKitLoader.js',
  'build/node/electron/services/demoKitTypes.js',
  // The card reader simulator's built-in cards: hardware/idCard/index.ts imports the simulator.
  'build/node/hardware/idCard/simulator/demoCards.js',
];

describe.skipIf(!builder)('the packaged app directory', () => {
  let workDir: string;
  let appOutDir: string;
  let asarFiles: string[];
  let unpackedModules: string[];

  beforeAll(async () => {
    if (!builder) return;
    const entry = join(projectDir, manifest.main);
    if (!existsSync(entry) || !existsSync(join(projectDir, 'build/renderer/index.html')))
      throw new Error('build/ is missing or incomplete: run "npm run build" first.');
    const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
    const config = yaml.load(readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8'));
    workDir = mkdtempSync(join(tmpdir(), 'kiosk-pack-'));
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const electronDist = writeStandInElectron(join(workDir, 'electron-dist'), electronVersion);
    const nativeStandIn = join(workDir, 'better_sqlite3.node');
    writeFileSync(nativeStandIn, 'stand-in for the Electron build of better-sqlite3');
    await builder.build({
      projectDir,
      targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist,
        electronVersion,
        directories: { output: join(workDir, 'out') },
        extraResources: [{ from: nativeStandIn, to: 'native/better_sqlite3.node' }],
      },
    });
    appOutDir = join(workDir, 'out', 'linux-unpacked');
    const asar = require('@electron/asar') as {
      listPackage(path: string, options: { isPack: boolean }): string[];
      extractAll(archive: string, dest: string): void;
    };
    const archive = join(appOutDir, 'resources', 'app.asar');
    asarFiles = asar.listPackage(archive, { isPack: false }).map((file) => file.slice(1));
    asar.extractAll(archive, join(workDir, 'app'));
    unpackedModules = asarFiles.filter((file) => file.startsWith('node_modules/'));
  }, 150_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const shippedPackages = () =>
    new Set(
      unpackedModules
        .filter((file) => /^node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(file))
        .map((file) => file.slice('node_modules/'.length, -'/package.json'.length)),
    );

  it('holds every module the main process and the preload load, transitively', () => {
    const app = join(workDir, 'app');
    const graph = importGraph([
      join(app, manifest.main),
      join(app, 'build/node/electron/shell/preload.cjs'),
    ]);
    // The one import that is meant to fail in a package: demo/, loaded in demo mode only.
    expect(
      graph.missing.map(({ importer, specifier }) => `${relative(app, importer)} → ${specifier}`),
    ).toEqual(['build/node/electron/services/demoKitLoader.js → ../../demo/demoKit.js']);
    expect(graph.files.size).toBeGreaterThan(150);
    // The upstream client the main process starts with is inside, and the receipts' words.
    expect(asarFiles).toContain('build/node/upstream/client/index.js');
    expect(asarFiles).toContain('build/node/locales/zh-CN.json');
    // The learnt readers' weights, read beside their code (no import brings them in).
    expect(asarFiles).toContain('build/node/electron/services/matching/dangerModel.json');
    expect(asarFiles).toContain('build/node/electron/services/matching/outOfScopeModel.json');
    const packages = new Set([...graph.packages].filter((name) => name !== 'electron'));
    const needed = packageClosure(packages, join(app, 'node_modules'));
    const shipped = shippedPackages();
    expect([...needed].filter((name) => !shipped.has(name))).toEqual([]);
    // Shipped dependencies are exactly what the main process imports, and nothing else.
    expect([...packages].sort()).toEqual(Object.keys(manifest.dependencies).sort());
    expect([...shipped].filter((name) => !needed.has(name))).toEqual([]);
  });

  it('ships no renderer library, test, source map, TypeScript source, declaration or demo file', () => {
    const shipped = shippedPackages();
    // i18next does ship: the main process prints the receipts' words through it (locales/).
    for (const name of ['react', 'react-dom', 'react-i18next', 'vite', 'electron'])
      expect(shipped.has(name), name).toBe(false);
    const offending = asarFiles.filter(
      (file) =>
        /\.(map|ts|cts|mts|tsx|tsbuildinfo)$/.test(file) ||
        /(^|\/)(tests?|spec|__tests__)\//.test(file) ||
        /\.(test|spec)\.[cm]?js$/.test(file) ||
        /^build\/node\/(demo|tests|centre)\//.test(file) ||
        /^build\/node\/electron\/launcher\//.test(file) ||
        /^build\/renderer\/assets\/demoParts-/.test(file),
    );
    expect(offending).toEqual([]);
    expect(
      asarFiles.filter((file) => !file.startsWith('node_modules/') && /demo/i.test(file)),
    ).toEqual(knownDemoNamedFiles);
    // The page is there, and its main chunk; its demo chunk was left out.
    expect(asarFiles).toContain('build/renderer/index.html');
    expect(asarFiles.some((file) => /^build\/renderer\/assets\/index-.*\.js$/.test(file))).toBe(
      true,
    );
  });

  it('sets the fuses on the executable and ships the native modules unpacked', () => {
    const binary = readFileSync(join(appOutDir, 'community-kiosk'));
    // FuseV1Options order: RunAsNode, CookieEncryption, NODE_OPTIONS, inspect, asar integrity,
    // only-from-asar, browser V8 snapshot, file:// privileges.
    expect(readFuseWire(binary)).toBe('01001100');
    expect(existsSync(join(appOutDir, 'resources/native/better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(appOutDir, 'resources/app.asar.unpacked/node_modules/node-hid'))).toBe(
      true,
    );
  });
});
