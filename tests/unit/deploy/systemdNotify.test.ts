// The sd_notify side of the kiosk host with a fake clock and a recording transport: READY=1 only
// once the host answers, WATCHDOG=1 at half of WATCHDOG_USEC while it keeps answering, nothing
// while it does not (a hung kiosk must miss its pings), and the socket address forms systemd uses.
import { describe, expect, it } from 'vitest';
import {
  type NotifyAddress,
  type Scheduler,
  kioskHealthProbe,
  parseNotifySocket,
  socatAddress,
  startSystemdNotifier,
  watchdogIntervalMs,
} from '../../../electron/host/systemdNotify.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

/** Timers that run only when the test moves the clock. */
function fakeScheduler() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const scheduler: Scheduler = {
    after(ms, run) {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
  };
  const flushPromises = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    scheduler,
    now: () => now,
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        await flushPromises();
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.run();
      }
      now = until;
      await flushPromises();
    },
  };
}

function recordingTransport(clock: { now(): number }) {
  const sent: { at: number; message: string }[] = [];
  let closed = false;
  const addresses: NotifyAddress[] = [];
  return {
    sent,
    addresses,
    closed: () => closed,
    factory: (address: NotifyAddress) => {
      addresses.push(address);
      return {
        send: (message: string) => sent.push({ at: clock.now(), message }),
        close: () => (closed = true),
      };
    },
  };
}

const systemdEnv = { NOTIFY_SOCKET: '/run/systemd/notify', WATCHDOG_USEC: '20000000' };

describe('the notify socket and watchdog settings systemd hands the host', () => {
  it('reads path and abstract sockets and refuses what socat would misread', () => {
    expect(parseNotifySocket('/run/systemd/notify')).toEqual({
      kind: 'path',
      path: '/run/systemd/notify',
    });
    expect(parseNotifySocket('@/org/freedesktop/systemd1/notify/42')).toEqual({
      kind: 'abstract',
      name: '/org/freedesktop/systemd1/notify/42',
    });
    expect(parseNotifySocket(undefined)).toBeUndefined();
    expect(parseNotifySocket('relative/notify')).toBeUndefined();
    expect(parseNotifySocket('/tmp/a,fork')).toBeUndefined();
    expect(parseNotifySocket('@name:with:colons')).toBeUndefined();
    expect(socatAddress({ kind: 'path', path: '/run/systemd/notify' })).toBe(
      'UNIX-SENDTO:/run/systemd/notify',
    );
    expect(socatAddress({ kind: 'abstract', name: 'kiosk' })).toBe('ABSTRACT-SENDTO:kiosk');
  });

  it('pings at half of WATCHDOG_USEC, and not at all when the watchdog is for another PID', () => {
    expect(watchdogIntervalMs({ WATCHDOG_USEC: '30000000' }, 7)).toBe(15_000);
    expect(watchdogIntervalMs({ WATCHDOG_USEC: '30000000', WATCHDOG_PID: '7' }, 7)).toBe(15_000);
    expect(watchdogIntervalMs({ WATCHDOG_USEC: '30000000', WATCHDOG_PID: '8' }, 7)).toBeUndefined();
    expect(watchdogIntervalMs({}, 7)).toBeUndefined();
    expect(watchdogIntervalMs({ WATCHDOG_USEC: 'soon' }, 7)).toBeUndefined();
    expect(watchdogIntervalMs({ WATCHDOG_USEC: '0' }, 7)).toBeUndefined();
  });
});

describe('the host under systemd', () => {
  it('does nothing at all outside systemd', () => {
    const clock = fakeScheduler();
    const transport = recordingTransport(clock);
    const notifier = startSystemdNotifier({
      probe: () => Promise.resolve(true),
      env: {},
      scheduler: clock.scheduler,
      transport: transport.factory,
      logger: createMemoryLogger(),
    });
    notifier.start();
    expect(notifier.enabled).toBe(false);
    expect(transport.addresses).toEqual([]);
  });

  it('says READY=1 only once the host answers, then WATCHDOG=1 every 10 s of a 20 s watchdog', async () => {
    const clock = fakeScheduler();
    const transport = recordingTransport(clock);
    let answering = false;
    const notifier = startSystemdNotifier({
      probe: () => Promise.resolve(answering),
      env: systemdEnv,
      pid: 1234,
      scheduler: clock.scheduler,
      transport: transport.factory,
      logger: createMemoryLogger(),
      readyRetryMs: 500,
    });
    notifier.start();
    await clock.advance(2_000);
    expect(transport.sent).toEqual([]);
    answering = true;
    await clock.advance(500);
    expect(transport.sent).toEqual([
      { at: 2_500, message: 'READY=1\nSTATUS=kiosk host answering' },
    ]);
    await clock.advance(35_000);
    expect(transport.sent.slice(1)).toEqual([
      { at: 12_500, message: 'WATCHDOG=1' },
      { at: 22_500, message: 'WATCHDOG=1' },
      { at: 32_500, message: 'WATCHDOG=1' },
    ]);
    notifier.stop();
    await clock.advance(60_000);
    expect(transport.sent.at(-1)).toEqual({ at: 37_500, message: 'STOPPING=1' });
    expect(transport.closed()).toBe(true);
  });

  it('withholds pings while the host does not answer, so systemd restarts it', async () => {
    const clock = fakeScheduler();
    const transport = recordingTransport(clock);
    const logger = createMemoryLogger();
    let answering = true;
    startSystemdNotifier({
      probe: () => (answering ? Promise.resolve(true) : Promise.reject(new Error('SQLITE_IOERR'))),
      env: systemdEnv,
      scheduler: clock.scheduler,
      transport: transport.factory,
      logger,
    }).start();
    await clock.advance(10_000);
    expect(transport.sent.map((s) => s.message)).toEqual([
      'READY=1\nSTATUS=kiosk host answering',
      'WATCHDOG=1',
    ]);
    answering = false;
    await clock.advance(40_000);
    expect(transport.sent).toHaveLength(2);
    expect(logger.lines.some((line) => line.includes('watchdog ping withheld'))).toBe(true);
    answering = true;
    await clock.advance(10_000);
    expect(transport.sent.at(-1)).toEqual({ at: 60_000, message: 'WATCHDOG=1' });
  });

  it('sends nothing more when a probe never comes back (a hung host)', async () => {
    const clock = fakeScheduler();
    const transport = recordingTransport(clock);
    let hang = false;
    startSystemdNotifier({
      probe: () => (hang ? new Promise<boolean>(() => undefined) : Promise.resolve(true)),
      env: systemdEnv,
      scheduler: clock.scheduler,
      transport: transport.factory,
      logger: createMemoryLogger(),
    }).start();
    await clock.advance(10_000);
    hang = true;
    await clock.advance(120_000);
    expect(transport.sent.map((s) => s.message)).toEqual([
      'READY=1\nSTATUS=kiosk host answering',
      'WATCHDOG=1',
    ]);
  });
});

describe('what the watchdog probe calls answering', () => {
  const okPage = () => Promise.resolve(new Response('<html></html>', { status: 200 }));
  const goodDb = { prepare: () => ({ get: () => ({ one: 1 }) }) };

  it('needs both the page and the database', async () => {
    expect(
      await kioskHealthProbe({ url: 'http://h/', database: goodDb, fetchPage: okPage })(),
    ).toBe(true);
    const closedDb = {
      prepare: () => {
        throw new TypeError('The database connection is not open');
      },
    };
    expect(
      await kioskHealthProbe({ url: 'http://h/', database: closedDb, fetchPage: okPage })(),
    ).toBe(false);
    const failingPage = () => Promise.resolve(new Response('', { status: 500 }));
    expect(
      await kioskHealthProbe({ url: 'http://h/', database: goodDb, fetchPage: failingPage })(),
    ).toBe(false);
    const refused = () => Promise.reject(new TypeError('fetch failed'));
    expect(
      await kioskHealthProbe({ url: 'http://h/', database: goodDb, fetchPage: refused })(),
    ).toBe(false);
    const oddDb = { prepare: () => ({ get: () => ({ one: 2 }) }) };
    expect(await kioskHealthProbe({ url: 'http://h/', database: oddDb, fetchPage: okPage })()).toBe(
      false,
    );
  });
});
