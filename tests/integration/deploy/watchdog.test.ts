// The built kiosk host (`npm run host`'s entry) against a fake systemd: a real unix datagram
// socket bound by socat, as PID 1 binds /run/systemd/notify. The host must say READY=1 once it
// answers, ping WATCHDOG=1 no faster than every WATCHDOG_USEC/2, send nothing while it is hung
// (SIGSTOP freezes its event loop, the way a stuck kiosk would be), resume when it runs again, and
// say STOPPING=1 on SIGTERM. Needs `npm run build` first (npm test builds before Vitest) and socat.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const hostEntry = resolve('build/node/electron/host/main.js');

function hasSocat(): boolean {
  try {
    execFileSync('socat', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Received {
  message: string;
  at: number;
}

/** A bound datagram socket printing each message (all end in a newline) on socat's stdout. */
function fakeNotifySocket(address: string) {
  const receiver = spawn('socat', ['-u', address, '-'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const received: Received[] = [];
  const waiters: { check: () => boolean; done: () => void }[] = [];
  let pending = '';
  receiver.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const message of lines) received.push({ message, at: performance.now() });
    for (const waiter of waiters.splice(0)) {
      if (waiter.check()) waiter.done();
      else waiters.push(waiter);
    }
  });
  return {
    received,
    count: (message: string) => received.filter((r) => r.message === message).length,
    /** Resolves when `message` has arrived `times` times in all. */
    waitFor(message: string, times = 1): Promise<void> {
      return new Promise((done) => {
        const check = () => received.filter((r) => r.message === message).length >= times;
        if (check()) done();
        else waiters.push({ check, done });
      });
    },
    stop: () => receiver.kill('SIGTERM'),
  };
}

const children: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function startHost(notifySocket: string, watchdogUsec: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-watchdog-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const host = spawn(process.execPath, [hostEntry], {
    env: {
      ...process.env,
      PORT: '0',
      KIOSK_DATA_DIR: dataDir,
      NOTIFY_SOCKET: notifySocket,
      WATCHDOG_USEC: String(watchdogUsec),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(host);
  let errors = '';
  host.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => host.once('exit', (code) => done(code)));
  return { host, exited, errors: () => errors };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

const ready = 'READY=1';
const ping = 'WATCHDOG=1';

const whyNot = !existsSync(hostEntry)
  ? `${hostEntry} is not built (run npm run build)`
  : !hasSocat()
    ? 'socat is not installed (bash scripts/install-debian-deps.sh test)'
    : undefined;
if (whyNot) console.log(`Skipping the watchdog tests: ${whyNot}`);

describe.runIf(whyNot === undefined)('the kiosk host under a fake systemd', () => {
  it('is ready once it answers, pings on cadence, goes silent when hung and resumes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-notify-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const socket = join(dir, 'notify');
    const systemd = fakeNotifySocket(`UNIX-RECV:${socket}`);
    cleanups.push(systemd.stop);
    while (!existsSync(socket)) await pause(20);

    const intervalMs = 300; // WATCHDOG_USEC of 600 ms: a ping every 300 ms
    const { host, exited } = startHost(socket, intervalMs * 2000);
    await systemd.waitFor(ready);
    await systemd.waitFor(ping, 6);
    const readyAt = systemd.received.find((r) => r.message === ready)?.at ?? 0;
    const pingTimes = systemd.received
      .filter((r) => r.message === ping)
      .slice(0, 6)
      .map((r) => r.at);
    expect(pingTimes[0]).toBeGreaterThan(readyAt);
    // The host's timers never fire early, but these are ARRIVAL times in this busy test process:
    // one late arrival shortens the next gap. So: on average at least 0.8 of the interval, and
    // no two pings back to back (a host pinging on every loop would show gaps near 0).
    const gaps = pingTimes.slice(1).map((at, i) => at - (pingTimes[i] ?? 0));
    const average = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    expect(average).toBeGreaterThan(intervalMs * 0.8);
    for (const gap of gaps) expect(gap).toBeGreaterThan(intervalMs * 0.25);

    host.kill('SIGSTOP');
    await pause(intervalMs); // a ping already in the relay may still land
    const before = systemd.count(ping);
    await pause(intervalMs * 5);
    expect(systemd.count(ping)).toBe(before);

    host.kill('SIGCONT');
    await systemd.waitFor(ping, before + 2);

    host.kill('SIGTERM');
    await systemd.waitFor('STOPPING=1');
    expect(await exited).toBe(0);
  });

  it('reaches an abstract-namespace notify socket too', async () => {
    const name = `community-kiosk-test-${randomBytes(6).toString('hex')}`;
    const systemd = fakeNotifySocket(`ABSTRACT-RECV:${name}`);
    cleanups.push(systemd.stop);
    // An abstract socket has no file; the kernel lists it in /proc/net/unix once it is bound.
    while (!readFileSync('/proc/net/unix', 'utf8').includes(`@${name}`)) await pause(20);
    const { host, exited, errors } = startHost(`@${name}`, 400_000);
    await systemd.waitFor(ready);
    await systemd.waitFor(ping);
    host.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(errors()).not.toContain('notify relay failed');
  });
});
