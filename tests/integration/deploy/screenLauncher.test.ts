// The screen unit's launcher (build/node/electron/launcher/screen.js) against the real built
// host, with a stand-in for Chromium that records its command line: it opens the host's page
// at the configured size, exits with Chromium's code when Chromium dies, and exits 75 when the
// host restarted (the open page's token is dead), so systemd relaunches the screen.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHostProcess } from '../../support/startHostProcess.js';

const screenEntry = resolve('build/node/electron/launcher/screen.js');
const hostEntry = resolve('build/node/electron/host/main.js');
const whyNot =
  existsSync(screenEntry) && existsSync(hostEntry)
    ? undefined
    : 'the launcher or the host is not built (run npm run build)';
if (whyNot) console.log(`Skipping the screen launcher tests: ${whyNot}`);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-screen-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A "Chromium" that writes its arguments to `args` and then runs `then` (e.g. exec sleep). */
function fakeChromium(dir: string, then: string): { path: string; args: string } {
  const path = join(dir, 'chromium');
  const args = join(dir, 'args');
  writeFileSync(
    path,
    `#!/bin/sh\nprintf '%s\\n' "$@" > '${args}.tmp'\nmv '${args}.tmp' '${args}'\n${then}\n`,
  );
  chmodSync(path, 0o755);
  return { path, args };
}

function startScreen(env: Record<string, string>) {
  const screen: ChildProcess = spawn(process.execPath, [screenEntry], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  screen.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  screen.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => screen.once('exit', (code) => done(code)));
  cleanups.push(() => {
    if (screen.exitCode === null) screen.kill('SIGKILL');
  });
  return { screen, exited, output: () => output };
}

const portOf = (url: string) => new URL(url).port;

describe.runIf(whyNot === undefined)('the screen launcher', () => {
  it('opens the host at the set size and relaunches when the host restarted', async () => {
    const dir = tempDir();
    const dataDir = tempDir();
    const first = await startHostProcess({ KIOSK_DATA_DIR: dataDir });
    cleanups.push(() => first.stop());
    const port = portOf(first.url);
    const chromium = fakeChromium(dir, 'exec sleep 600');
    const { exited, output } = startScreen({
      PORT: port,
      KIOSK_BROWSER: chromium.path,
      KIOSK_SCREEN_SIZE: '1080x1920',
      STATE_DIRECTORY: dir,
    });
    while (!existsSync(chromium.args)) await pause(50);
    const args = readFileSync(chromium.args, 'utf8').trim().split('\n');
    expect(args[0]).toBe(`--app=http://127.0.0.1:${port}/`);
    expect(args).toContain('--window-size=1080,1920');
    expect(args).toContain('--kiosk');
    expect(args).toContain(`--user-data-dir=${dir}/chromium-profile`);

    await first.stop();
    const second = await startHostProcess({ KIOSK_DATA_DIR: dataDir, PORT: port });
    cleanups.push(() => second.stop());
    expect(await exited).toBe(75);
    expect(output()).toMatch(/host (restarted|stopped answering); relaunching the screen/);
  }, 60_000);

  it('ends with Chromium, passing on its exit code', async () => {
    const dir = tempDir();
    const host = await startHostProcess();
    cleanups.push(() => host.stop());
    const chromium = fakeChromium(dir, 'exit 3');
    const { exited, output } = startScreen({
      PORT: portOf(host.url),
      KIOSK_BROWSER: chromium.path,
      STATE_DIRECTORY: dir,
    });
    expect(await exited).toBe(3);
    expect(output()).toContain('Chromium exited with 3');
  });
});
