// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules built for
// Node so the tests keep working. (node-hid and serialport use Node-API, whose binaries load in
// both; better-sqlite3 does not.) Needs Electron's headers, so it needs the internet once.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const { version: electronVersion } = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
);
const outDir = '.electron-native';
const moduleCopy = join(outDir, 'better-sqlite3');

rmSync(moduleCopy, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync('node_modules/better-sqlite3', moduleCopy, {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});

// npm sets npm_config_node_gyp to its own node-gyp when this runs as an npm script.
const nodeGyp = process.env.npm_config_node_gyp;
if (!nodeGyp) throw new Error('Run this as "npm run electron:native" so npm provides node-gyp.');
const result = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: moduleCopy, stdio: 'inherit' },
);
if (result.status !== 0) throw new Error(`node-gyp failed for Electron ${electronVersion}.`);
cpSync(
  join(moduleCopy, 'build', 'Release', 'better_sqlite3.node'),
  join(outDir, 'better_sqlite3.node'),
);
console.log(`Built ${join(outDir, 'better_sqlite3.node')} for Electron ${electronVersion}.`);
