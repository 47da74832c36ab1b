// The kiosk's systemd units as install.sh writes them: rendered by render-units.sh into a
// temporary root whose ExecStart= paths really exist, then checked by this machine's own
// `systemd-analyze verify` (any warning fails: verify exits 0 on unknown keys and only prints
// them), and read back for the settings the kiosk's self-healing depends on.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const deployDir = resolve('deploy/linux');
const unitNames = [
  'community-kiosk.service',
  'community-kiosk-screen.service',
  'community-kiosk-fallback.service',
];

function hasSystemdAnalyze(): boolean {
  return spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' }).status === 0;
}

let root = '';
let unitsDir = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kiosk-units-'));
  const appDir = join(root, 'opt', 'community-kiosk');
  cpSync(join(deployDir, 'bin'), join(appDir, 'deploy', 'linux', 'bin'), { recursive: true });
  cpSync(join(deployDir, 'fallback'), join(appDir, 'deploy', 'linux', 'fallback'), {
    recursive: true,
  });
  mkdirSync(join(appDir, 'build', 'node', 'electron', 'host'), { recursive: true });
  writeFileSync(join(appDir, 'build', 'node', 'electron', 'host', 'main.js'), '');
  // cage is not installed here; an executable stands in for /usr/bin/cage.
  const cage = join(root, 'usr', 'bin', 'cage');
  mkdirSync(join(root, 'usr', 'bin'), { recursive: true });
  writeFileSync(cage, '#!/bin/sh\n');
  chmodSync(cage, 0o755);
  unitsDir = join(root, 'etc', 'systemd', 'system');
  execFileSync(join(deployDir, 'render-units.sh'), [unitsDir, appDir, process.execPath, cage]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(unitsDir, name), 'utf8');

/** Key=value lines of a unit, every value of a repeated key kept in order. */
function settings(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!match?.[1]) continue;
    found.set(match[1], [...(found.get(match[1]) ?? []), match[2] ?? '']);
  }
  return found;
}

const whyNot = hasSystemdAnalyze() ? undefined : 'systemd-analyze is not installed';
if (whyNot) console.log(`Skipping systemd-analyze verify: ${whyNot}`);

describe('the rendered units', () => {
  it.runIf(whyNot === undefined)('pass systemd-analyze verify with no warning at all', () => {
    const result = spawnSync(
      'systemd-analyze',
      ['verify', '--man=no', ...unitNames.map((name) => join(unitsDir, name))],
      { encoding: 'utf8' },
    );
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it.runIf(whyNot === undefined)('would be caught by verify if a path or key were wrong', () => {
    const broken = join(root, 'broken.service');
    writeFileSync(
      broken,
      read('community-kiosk.service')
        .replace('NoNewPrivileges=yes', 'NoNewPrivilege=yes')
        .replace(process.execPath, '/nonexistent/node'),
    );
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', broken], {
      encoding: 'utf8',
    });
    expect(result.stderr).toContain("Unknown key 'NoNewPrivilege'");
    expect(result.stderr).toContain('/nonexistent/node is not executable');
  });

  it.runIf(whyNot === undefined)('leave the host exposed no more than "OK" (below 3.0)', () => {
    const result = spawnSync(
      'systemd-analyze',
      ['security', '--offline=yes', '--no-pager', join(unitsDir, 'community-kiosk.service')],
      { encoding: 'utf8' },
    );
    const level = /Overall exposure level for community-kiosk\.service: (\d+\.\d)/.exec(
      result.stdout,
    );
    expect(level?.[1], result.stdout + result.stderr).toBeDefined();
    expect(Number(level?.[1])).toBeLessThan(3);
  });

  it('keep no placeholder', () => {
    for (const name of unitNames) expect(read(name)).not.toMatch(/@[A-Z_]+@/);
  });

  it('run the host as its own user, notify-type with a watchdog, restarted, limited, hardened', () => {
    const host = settings(read('community-kiosk.service'));
    expect(host.get('User')).toEqual(['kiosk']);
    expect(host.get('Group')).toEqual(['kiosk']);
    expect(host.get('Type')).toEqual(['notify']);
    expect(host.get('NotifyAccess')).toEqual(['all']);
    expect(host.get('WatchdogSec')).toEqual(['30s']);
    expect(host.get('Restart')).toEqual(['always']);
    expect(host.get('StartLimitIntervalSec')).toEqual(['300']);
    expect(host.get('StartLimitBurst')).toEqual(['5']);
    expect(host.get('OnFailure')).toEqual(['community-kiosk-fallback.service']);
    expect(host.get('ExecStart')).toEqual([
      `${process.execPath} ${join(root, 'opt/community-kiosk/build/node/electron/host/main.js')}`,
    ]);
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectSystem', 'strict'],
      ['ReadWritePaths', '/var/lib/community-kiosk'],
      ['PrivateTmp', 'yes'],
      ['ProtectHome', 'yes'],
      ['CapabilityBoundingSet', ''],
      ['StandardOutput', 'journal'],
    ] as const) {
      expect(host.get(key), key).toEqual([value]);
    }
    expect(host.get('Environment')).toContain('KIOSK_DATA_DIR=/var/lib/community-kiosk');
    expect(host.has('PrivateDevices')).toBe(false);
    expect(host.has('MemoryDenyWriteExecute')).toBe(false);
  });

  it('relaunch the screen at most 3 times a minute, then show the hotline page', () => {
    const screen = settings(read('community-kiosk-screen.service'));
    expect(screen.get('User')).toEqual(['kiosk-screen']);
    expect(screen.get('Restart')).toEqual(['always']);
    expect(screen.get('StartLimitIntervalSec')).toEqual(['60']);
    expect(screen.get('StartLimitBurst')).toEqual(['3']);
    expect(screen.get('OnFailure')).toEqual(['community-kiosk-fallback.service']);
    expect(screen.get('ExecStart')?.[0]).toMatch(/\/cage -d -- .*\/kiosk-screen-session$/);
    // The browser never sees the host's secrets nor its data.
    expect(screen.get('EnvironmentFile')).toEqual(['-/etc/community-kiosk/kiosk.env']);
    expect(screen.get('InaccessiblePaths')?.[0]).toContain('/var/lib/community-kiosk ');
    const fallback = settings(read('community-kiosk-fallback.service'));
    expect(fallback.get('Conflicts')?.[0]).toContain('community-kiosk-screen.service');
    expect(fallback.get('ExecStart')?.[0]).toMatch(
      /kiosk-fallback-screen \/run\/community-kiosk-fallback\/index\.html$/,
    );
  });
});
