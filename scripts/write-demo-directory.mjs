// Kiosk-side helper for the reference centre, which is a separate program and imports nothing of
// the kiosk: writes the kiosk's demo community (from the built demo/community) as the JSON directory file
// the centre is pointed at with CENTRE_DIRECTORY_FILE.
//   node scripts/write-demo-directory.mjs [FILE]        write FILE (default below) and print its path
//   node scripts/write-demo-directory.mjs --run-centre  write it, then run build/node/centre/main.js
//                                                       with CENTRE_DIRECTORY_FILE set (a file the
//                                                       caller already set, or strict mode, wins)
// Run after `npm run build:node`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const defaultDirectoryFile = '.kiosk-data/centre-directory.json';

async function writeDemoDirectory(file) {
  const seed = pathToFileURL(resolve('build/node/demo/community/index.js')).href;
  const { demoCommunity } = await import(seed);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(demoCommunity, null, 2)}\n`);
  return file;
}

const args = process.argv.slice(2);
if (args[0] === '--run-centre') {
  const env = { ...process.env };
  const strict = ['1', 'true'].includes((env.CENTRE_STRICT ?? '').trim().toLowerCase());
  if (!env.CENTRE_DIRECTORY_FILE?.trim() && !strict) {
    env.CENTRE_DIRECTORY_FILE = await writeDemoDirectory(resolve(defaultDirectoryFile));
  }
  const child = spawn(process.execPath, [resolve('build/node/centre/main.js'), ...args.slice(1)], {
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.stdout.write(`${await writeDemoDirectory(resolve(args[0] ?? defaultDirectoryFile))}\n`);
}
