// install.sh run for real, twice, as root — but inside a private mount namespace with an overlay
// over /etc, so users, units, rules and settings land in a scratch upper dir and this machine's
// own /etc is never touched. No systemd runs here, so install.sh enables for the next boot;
// --no-apt because the test must not install packages (a stand-in cage is put on PATH). Checks
// what a kiosk PC would get and that a second run changes nothing the centre set.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const install = resolve('deploy/linux/install.sh');

function reasonNotToRun(): string | undefined {
  if (process.getuid?.() !== 0) return 'it needs root (useradd inside a mount namespace)';
  if (!existsSync(resolve('build/node/electron/launcher/screen.js')))
    return 'the kiosk is not built (run npm run build)';
  if (existsSync('/run/systemd/system'))
    return 'systemd runs here: install.sh would start the kiosk on this machine';
  const probe = spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
  if (probe.status !== 0) return 'this machine refuses a private mount namespace (unshare -m)';
  return undefined;
}
const whyNot = reasonNotToRun();
if (whyNot) console.log(`Skipping the install.sh run: ${whyNot}`);

let base = '';
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe.runIf(whyNot === undefined)('sudo deploy/linux/install.sh APP_DIR', () => {
  it('installs users, app, units, rules and settings, and a second run keeps the settings', () => {
    base = mkdtempSync('/var/tmp/community-kiosk-install-test-');
    const upper = join(base, 'etc-upper');
    const work = join(base, 'etc-work');
    const fakeBin = join(base, 'bin');
    const appDir = join(base, 'opt', 'community-kiosk');
    for (const dir of [upper, work, fakeBin]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(fakeBin, 'cage'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(fakeBin, 'cage'), 0o755);
    const script = join(base, 'run.sh');
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        'set -eu',
        `mount -t overlay overlay -o lowerdir=/etc,upperdir=${upper},workdir=${work} /etc`,
        `export PATH='${fakeBin}':"$PATH"`,
        `'${install}' --no-apt '${appDir}' > '${base}/first.log' 2>&1`,
        "echo 'KIOSK_SCREEN_SIZE=1080x1920 # set by the centre' >> /etc/community-kiosk/kiosk.env",
        `'${install}' --no-apt '${appDir}' > '${base}/second.log' 2>&1`,
        '',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    const result = spawnSync('unshare', ['-m', '--propagation', 'private', script], {
      encoding: 'utf8',
    });
    const log = (name: string) =>
      existsSync(join(base, name)) ? readFileSync(join(base, name), 'utf8') : '';
    expect(result.status, result.stderr + log('first.log') + log('second.log')).toBe(0);

    // Two system users without a login shell.
    const passwd = readFileSync(join(upper, 'passwd'), 'utf8');
    for (const user of ['kiosk', 'kiosk-screen']) {
      const lines = passwd.split('\n').filter((line) => line.startsWith(`${user}:`));
      expect(lines, user).toHaveLength(1);
      expect(lines[0]).toMatch(/:\/usr\/sbin\/nologin$/);
    }
    expect(readFileSync('/etc/passwd', 'utf8')).not.toMatch(/^kiosk:/m);

    // The app: copied, root-owned, writable by nobody else.
    const mainJs = join(appDir, 'build', 'node', 'electron', 'host', 'main.js');
    expect(statSync(mainJs).uid).toBe(0);
    expect(statSync(appDir).mode & 0o022).toBe(0);

    // Units rendered with the app's paths, host and screen enabled, the fallback not.
    const hostUnit = readFileSync(join(upper, 'systemd/system/community-kiosk.service'), 'utf8');
    expect(hostUnit).toContain(`ExecStart=${process.execPath} ${mainJs}`);
    const wants = join(upper, 'systemd/system/multi-user.target.wants');
    for (const unit of ['community-kiosk.service', 'community-kiosk-screen.service']) {
      expect(lstatSync(join(wants, unit)).isSymbolicLink(), unit).toBe(true);
      expect(readlinkSync(join(wants, unit))).toBe(`/etc/systemd/system/${unit}`);
    }
    expect(existsSync(join(wants, 'community-kiosk-fallback.service'))).toBe(false);
    expect(readFileSync(join(upper, 'udev/rules.d/70-community-kiosk.rules'), 'utf8')).toContain(
      'GROUP="kiosk", MODE="0660"',
    );
    expect(existsSync(join(upper, 'pam.d/community-kiosk-screen'))).toBe(true);

    // Settings written once; the centre's edit survives the second run; secrets stay 0600.
    const kioskEnv = readFileSync(join(upper, 'community-kiosk/kiosk.env'), 'utf8');
    expect(kioskEnv).toContain('PORT=8787');
    expect(kioskEnv).toContain('KIOSK_SCREEN_SIZE=1080x1920 # set by the centre');
    expect(statSync(join(upper, 'community-kiosk/host.env')).mode & 0o777).toBe(0o600);

    expect(log('first.log')).toContain('creating user kiosk');
    expect(log('second.log')).not.toContain('creating user');
    expect(log('second.log')).toContain('starts at the next boot');
    expect(log('second.log')).toContain('journalctl -u community-kiosk');
  }, 120_000);
});
