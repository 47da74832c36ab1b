// Tells systemd (Type=notify, WatchdogSec=) that the kiosk host is up and still healthy.
//
// The sd_notify protocol is one unix DATAGRAM per message ("READY=1", "WATCHDOG=1", …) sent to
// $NOTIFY_SOCKET, a path or, with a leading '@', an abstract socket name. Node has no unix
// datagram sockets (dgram is UDP only, net is stream only) and the kiosk ships no native module
// of its own for it, so the messages go through ONE long-lived `socat` child reading lines on its
// stdin and sending each read as a datagram. Why not `systemd-notify` per message: systemd
// attributes a message to a unit by the sender's PID, and a short-lived helper may be gone before
// PID 1 looks (systemd-notify(1) says so; its barrier wait depends on the systemd version). A
// child that lives as long as the host is always there to be looked up; with NotifyAccess=all in
// the unit, systemd accepts it. Several lines coalesced into one read are still valid: sd_notify
// messages are newline-separated assignments.
//
// READY=1 is sent only once the host answers the probe (its own page over HTTP and a query on the
// database), and WATCHDOG=1 only after each further probe passes: a blocked event loop never runs
// the timer, and a broken database fails the probe, so a hung kiosk misses its pings and systemd
// restarts it.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { z } from 'zod';
import { type Logger, createLogger } from '../services/logger.js';

export type NotifyAddress = { kind: 'path'; path: string } | { kind: 'abstract'; name: string };

/** Characters socat's address syntax passes through untouched (':' ',' '!' would need escapes). */
const plainSocketText = /^[A-Za-z0-9_./-]+$/;

export function parseNotifySocket(value: string | undefined): NotifyAddress | undefined {
  if (!value) return undefined;
  if (value.startsWith('@')) {
    const name = value.slice(1);
    return plainSocketText.test(name) ? { kind: 'abstract', name } : undefined;
  }
  return value.startsWith('/') && plainSocketText.test(value)
    ? { kind: 'path', path: value }
    : undefined;
}

export function socatAddress(address: NotifyAddress): string {
  return address.kind === 'path'
    ? `UNIX-SENDTO:${address.path}`
    : `ABSTRACT-SENDTO:${address.name}`;
}

const watchdogEnv = z.object({
  WATCHDOG_USEC: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().positive()),
  WATCHDOG_PID: z.string().regex(/^\d+$/).transform(Number).optional(),
});

/** Half of WATCHDOG_USEC in ms (sd_watchdog_enabled(3) advises pinging at that rate); undefined
 *  when systemd set no watchdog or set it for another process. */
export function watchdogIntervalMs(
  env: Record<string, string | undefined>,
  pid: number,
): number | undefined {
  const parsed = watchdogEnv.safeParse(env);
  if (!parsed.success) return undefined;
  if (parsed.data.WATCHDOG_PID !== undefined && parsed.data.WATCHDOG_PID !== pid) return undefined;
  return Math.max(1, Math.floor(parsed.data.WATCHDOG_USEC / 2000));
}

export interface NotifyTransport {
  send(message: string): void;
  close(): void;
}

type SpawnRelay = (command: string, args: string[]) => ChildProcessWithoutNullStreams;

/** A socat child that turns each line written to it into a datagram on the notify socket. It
 *  exits on its own when the host dies (its stdin closes); if it dies first, the next message
 *  starts a new one. */
export function socatNotifyTransport(
  address: NotifyAddress,
  logger: Logger,
  options: { socat?: string; spawnRelay?: SpawnRelay } = {},
): NotifyTransport {
  const socat = options.socat ?? 'socat';
  const spawnRelay: SpawnRelay = options.spawnRelay ?? ((command, args) => spawn(command, args));
  let relay: ChildProcessWithoutNullStreams | undefined;
  let complained = false;
  const complainOnce = (reason: string) => {
    if (complained) return;
    complained = true;
    logger.warn('systemd notify relay failed', { reason });
  };
  const start = (): ChildProcessWithoutNullStreams => {
    const child = spawnRelay(socat, ['-u', '-', socatAddress(address)]);
    child.on('error', (error) => {
      // socat missing or not startable: the next message tries again.
      if (relay === child) relay = undefined;
      complainOnce(error.message);
    });
    child.on('exit', (code) => {
      if (relay === child) relay = undefined;
      if (code !== 0 && code !== null) complainOnce(`socat exited with ${code}`);
    });
    child.stdin.on('error', (error) => complainOnce(error.message));
    child.stderr.resume();
    // The relay must never keep a stopping host alive.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      (stream as { unref?: () => void }).unref?.();
    }
    return child;
  };
  return {
    send(message) {
      relay ??= start();
      relay.stdin.write(`${message}\n`);
    },
    close() {
      relay?.stdin.end();
      relay = undefined;
    },
  };
}

export interface Scheduler {
  after(ms: number, run: () => void): () => void;
}

export const realScheduler: Scheduler = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export interface SystemdNotifierOptions {
  /** True when the kiosk answers: its page over HTTP and its database. */
  probe: () => Promise<boolean>;
  env?: Record<string, string | undefined>;
  pid?: number;
  scheduler?: Scheduler;
  logger?: Logger;
  transport?: (address: NotifyAddress, logger: Logger) => NotifyTransport;
  /** How often to retry the probe before READY=1. */
  readyRetryMs?: number;
}

export interface SystemdNotifier {
  /** Whether systemd asked for notifications at all (NOTIFY_SOCKET set and usable). */
  enabled: boolean;
  /** Probes until the host answers, sends READY=1, then keeps the watchdog fed while it answers. */
  start(): void;
  /** STOPPING=1, then no more pings. */
  stop(): void;
}

export function startSystemdNotifier(options: SystemdNotifierOptions): SystemdNotifier {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger();
  const scheduler = options.scheduler ?? realScheduler;
  const address = parseNotifySocket(env.NOTIFY_SOCKET);
  if (!address) {
    if (env.NOTIFY_SOCKET) logger.warn('NOTIFY_SOCKET is not a socket address this host can use');
    return { enabled: false, start: () => undefined, stop: () => undefined };
  }
  const transport = (options.transport ?? socatNotifyTransport)(address, logger);
  const interval = watchdogIntervalMs(env, options.pid ?? process.pid);
  const readyRetryMs = options.readyRetryMs ?? 500;
  let stopped = false;
  let cancel: () => void = () => undefined;
  let lastProbeOk = true;

  const probeThen = (next: (ok: boolean) => void) => {
    options.probe().then(
      (ok) => next(ok),
      () => next(false),
    );
  };
  const feedWatchdog = () => {
    if (interval === undefined || stopped) return;
    cancel = scheduler.after(interval, () =>
      probeThen((ok) => {
        if (stopped) return;
        if (ok) transport.send('WATCHDOG=1');
        if (ok !== lastProbeOk) {
          if (ok) logger.info('kiosk answers again; watchdog pings resumed');
          else logger.warn('kiosk does not answer; watchdog ping withheld');
          lastProbeOk = ok;
        }
        feedWatchdog();
      }),
    );
  };
  const waitUntilReady = () => {
    probeThen((ok) => {
      if (stopped) return;
      if (!ok) {
        cancel = scheduler.after(readyRetryMs, waitUntilReady);
        return;
      }
      transport.send('READY=1\nSTATUS=kiosk host answering');
      logger.info('systemd told the kiosk is ready', { watchdogIntervalMs: interval ?? null });
      feedWatchdog();
    });
  };
  return {
    enabled: true,
    start: waitUntilReady,
    stop() {
      if (stopped) return;
      stopped = true;
      cancel();
      transport.send('STOPPING=1');
      transport.close();
    },
  };
}

const oneRow = z.object({ one: z.literal(1) });

export interface ProbedDatabase {
  prepare(sql: string): { get(): unknown };
}

/** The host answers when its own page comes back over HTTP and the database runs a query. */
export function kioskHealthProbe(options: {
  url: string;
  database: ProbedDatabase;
  fetchPage?: typeof fetch;
  timeoutMs?: number;
}): () => Promise<boolean> {
  const fetchPage = options.fetchPage ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  return async () => {
    try {
      if (!oneRow.safeParse(options.database.prepare('SELECT 1 AS one').get()).success)
        return false;
      const response = await fetchPage(options.url, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return response.ok;
    } catch {
      return false;
    }
  };
}
