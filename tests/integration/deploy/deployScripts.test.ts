// The shell scripts the kiosk units run, run for real with /bin/sh in a temporary root: the
// out-of-service page gets the right hotline (and only digits and dashes), its Chromium gets
// every kiosk and quiet flag of chromiumFlags.ts, blanking switches bl_power, the screen session
// starts the screen launcher, and install.sh refuses clearly when not root or given a bad path.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskWindowFlags, quietChromiumFlags } from '../../../electron/launcher/chromiumFlags.js';

const deployDir = resolve('deploy/linux');
const bin = (name: string) => join(deployDir, 'bin', name);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-deploy-'));
  dirs.push(dir);
  return dir;
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
  });
}

/** An executable that writes its arguments, one a line, to `out`. */
function argumentRecorder(dir: string, out: string): string {
  const path = join(dir, 'record-args');
  writeFileSync(path, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${out}'\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('the scripts', () => {
  it('are valid POSIX shell', () => {
    const scripts = [
      ...readdirSync(join(deployDir, 'bin')).map(bin),
      join(deployDir, 'install.sh'),
      join(deployDir, 'render-units.sh'),
    ];
    for (const script of scripts) {
      expect(run('sh', ['-n', script]).status, script).toBe(0);
      expect(statSync(script).mode & 0o111, `${script} is executable`).not.toBe(0);
    }
  });
});

describe('the out-of-service page', () => {
  const template = join(deployDir, 'fallback', 'index.html.in');
  function render(env: Record<string, string>, config?: string): string {
    const dir = tempDir();
    if (config !== undefined) writeFileSync(join(dir, 'config.json'), config);
    const out = join(dir, 'index.html');
    const result = run(bin('kiosk-fallback-render'), [template, out], {
      KIOSK_DATA_DIR: dir,
      ...env,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o644);
    return readFileSync(out, 'utf8');
  }

  it('shows the hotline from kiosk.env first, then config.json, then the default', () => {
    const config = JSON.stringify({ kioskId: 'A03', centreHotline: '12345' }, null, 2);
    expect(render({ KIOSK_CENTRE_HOTLINE: '0571-88886666' }, config)).toContain(
      '<p class="hotline">0571-88886666</p>',
    );
    expect(render({}, config)).toContain('<p class="hotline">12345</p>');
    expect(render({})).toContain('<p class="hotline">010-65781234</p>');
  });

  it('never puts anything but digits and dashes on the page', () => {
    const hostile = JSON.stringify({ centreHotline: '<script>alert(1)</script>' });
    const page = render({ KIOSK_CENTRE_HOTLINE: '12; rm -rf /' }, hostile);
    expect(page).toContain('<p class="hotline">010-65781234</p>');
    expect(page).not.toContain('alert');
    expect(page).not.toContain('@HOTLINE@');
    expect(page).toMatch(/font-size: max\(32px/);
    expect(page).not.toMatch(/<script/i);
  });

  it('is shown by Chromium with every kiosk and quiet flag the screen uses', () => {
    const dir = tempDir();
    const out = join(dir, 'args');
    const result = run(bin('kiosk-fallback-screen'), ['/run/community-kiosk-fallback/index.html'], {
      KIOSK_BROWSER: argumentRecorder(dir, out),
      HOME: dir,
    });
    expect(result.status).toBe(0);
    const args = readFileSync(out, 'utf8').trim().split('\n');
    expect(args[0]).toBe('--app=file:///run/community-kiosk-fallback/index.html');
    expect(args).toEqual(expect.arrayContaining([...kioskWindowFlags, ...quietChromiumFlags]));
    expect(args).toContain(`--user-data-dir=${dir}/fallback-profile`);
  });
});

describe('the screen session', () => {
  it('switches the panel backlight off when idle and on again', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'intel_backlight'));
    writeFileSync(join(dir, 'intel_backlight', 'bl_power'), '0\n');
    expect(run(bin('kiosk-backlight'), ['off'], { KIOSK_BACKLIGHT_DIR: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'intel_backlight', 'bl_power'), 'utf8').trim()).toBe('4');
    expect(run(bin('kiosk-backlight'), ['on'], { KIOSK_BACKLIGHT_DIR: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'intel_backlight', 'bl_power'), 'utf8').trim()).toBe('0');
    expect(run(bin('kiosk-backlight'), ['dim']).status).toBe(2);
  });

  it('starts the screen launcher, and refuses a blanking delay that is not a number', () => {
    const dir = tempDir();
    const out = join(dir, 'args');
    const node = argumentRecorder(dir, out);
    const env = { KIOSK_NODE: node, KIOSK_BACKLIGHT_DIR: dir };
    const bad = run(bin('kiosk-screen-session'), [], { ...env, KIOSK_SCREEN_BLANK_SECONDS: '5m' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('KIOSK_SCREEN_BLANK_SECONDS must be a number');
    const ok = run(bin('kiosk-screen-session'), [], { ...env, KIOSK_SCREEN_BLANK_SECONDS: '0' });
    expect(ok.status).toBe(0);
    expect(readFileSync(out, 'utf8').trim()).toBe(
      resolve('build/node/electron/launcher/screen.js'),
    );
  });
});

describe('install.sh and render-units.sh', () => {
  const install = join(deployDir, 'install.sh');

  it('refuses clearly when not run as root, before touching anything', () => {
    const asNobody = run('setpriv', [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      'sh',
      install,
      '/opt/community-kiosk',
    ]);
    if (asNobody.error) throw asNobody.error;
    expect(asNobody.status).toBe(1);
    expect(asNobody.stderr).toContain('install.sh must run as root');
    expect(asNobody.stderr).toContain('sudo');
  });

  it('refuses a relative app dir and an unknown option', () => {
    if (process.getuid?.() === 0) {
      const relative = run('sh', [install, 'opt/kiosk']);
      expect(relative.status).toBe(2);
      expect(relative.stderr).toContain('APP_DIR must be an absolute path');
    }
    expect(run('sh', [install, '--force']).status).toBe(2);
  });

  it('renders units only with absolute, plain paths', () => {
    const dir = tempDir();
    const render = join(deployDir, 'render-units.sh');
    expect(run(render, [dir, 'opt/kiosk', '/usr/bin/node', '/usr/bin/cage']).status).toBe(2);
    const spaced = run(render, [dir, '/opt/my kiosk', '/usr/bin/node', '/usr/bin/cage']);
    expect(spaced.status).toBe(2);
    expect(spaced.stderr).toContain('characters a unit file would misread');
    expect(readdirSync(dir)).toEqual([]);
  });
});
