// The kiosk's side of the fleet extension: a heartbeat every heartbeatSeconds, and the remote
// configuration pulled at start, every 15 minutes and whenever a heartbeat's reply says the
// centre holds a different one. What is due is decided from now() alone, so a test moves a fake
// clock and calls tick(); the timer only calls tick(). A centre that is down is retried with
// growing waits (to an hour), and a platform without the extension (404) is asked again hourly,
// logged once. None of it can stop the kiosk: every failure ends in the log.
import { configKeys } from '../../config/configSchema.js';
import type { Logger } from '../logger.js';
import type { FailureClassifier, FleetGateway } from '../upload/centreGateway.js';
import { type HeartbeatSources, gatherHeartbeat } from './heartbeatFacts.js';
import {
  type RemoteValues,
  checkRemoteConfig,
  liveRemoteKeys,
  waitingForRestart,
} from './remoteConfig.js';
import { readLastGood, writeLastGood } from './remoteConfigStore.js';

const liveKeys: ReadonlySet<string> = new Set(liveRemoteKeys);

export const unsupportedRetryMs = 60 * 60_000;
export const longestBackoffMs = 60 * 60_000;
export const configPollMs = 15 * 60_000;
/** The last heartbeat of a run may not hold up the kiosk's stop for longer. */
export const stoppingBeatMs = 2_000;

export interface FleetAgentDeps {
  gateway: FleetGateway;
  classify: FailureClassifier;
  sources: HeartbeatSources;
  dataDir: string;
  heartbeatSeconds: number;
  /** The process environment: a key it sets is never changed remotely, not even live. */
  env: Record<string, string | undefined>;
  logger: Logger;
  now: () => Date;
  random?: () => number;
  /** Told when a remote config with live keys is accepted (heartbeatSeconds is applied here). */
  onLiveValues?: (values: RemoteValues) => void;
  /** How often start()'s timer calls tick(); 1000 ms by default. */
  tickMs?: number;
}

export interface FleetState {
  heartbeatSupported: boolean;
  configSupported: boolean;
  lastHeartbeatAt: string | null;
  heartbeatFailures: number;
  nextHeartbeatAt: string;
  configEtag: string | null;
  configError: string | null;
  heartbeatSeconds: number;
}

export interface FleetAgent {
  start(): void;
  /** Does whatever is due now; concurrent calls share one run. */
  tick(): Promise<void>;
  state(): FleetState;
  /** Stops the timer and sends a last heartbeat saying the kiosk is stopping. */
  stop(): Promise<void>;
}

interface Schedule {
  nextAt: number;
  failures: number;
  supported: boolean;
}

export function createFleetAgent(deps: FleetAgentDeps): FleetAgent {
  const { gateway, logger, now } = deps;
  const random = deps.random ?? Math.random;
  const started = now().getTime();
  const beat: Schedule = { nextAt: started, failures: 0, supported: true };
  const pull: Schedule = { nextAt: started, failures: 0, supported: true };
  let heartbeatSeconds = deps.heartbeatSeconds;
  let lastHeartbeatAt: string | null = null;
  const lastGood = readLastGood(deps.dataDir);
  if (lastGood.kind === 'unreadable') {
    logger.warn('the stored remote config is unreadable; the local settings apply', {
      reason: lastGood.reason,
    });
  }
  let appliedEtag = lastGood.kind === 'found' ? lastGood.stored.etag : null;
  // The ETag last offered, good or refused: a refused config is not fetched and refused again.
  let seenEtag = appliedEtag;
  let configError: string | null = null;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Grows from one interval to an hour, half of it jittered so kiosks spread out. */
  const backoff = (schedule: Schedule, firstMs: number) => {
    const ceiling = Math.min(longestBackoffMs, firstMs * 2 ** Math.min(schedule.failures, 20));
    return Math.floor(ceiling / 2 + random() * (ceiling / 2));
  };

  const failed = (what: 'heartbeat' | 'remote config', schedule: Schedule, error: unknown) => {
    const failure = deps.classify(error);
    schedule.failures += 1;
    const waitMs = backoff(schedule, heartbeatSeconds * 1000);
    schedule.nextAt = now().getTime() + waitMs;
    // One line when an outage starts, then one every tenth try, not one a minute.
    if (schedule.failures === 1 || schedule.failures % 10 === 0) {
      logger.warn(`${what} not delivered; retrying with backoff`, {
        reason: failure.reason,
        failures: schedule.failures,
        retryInMs: waitMs,
      });
    }
  };

  const unsupported = (what: 'heartbeat' | 'remote config', schedule: Schedule) => {
    if (schedule.supported) {
      logger.info(`the centre has no ${what} extension (404); asking again hourly`);
    }
    schedule.supported = false;
    schedule.nextAt = now().getTime() + unsupportedRetryMs;
  };

  const recovered = (what: string, schedule: Schedule) => {
    if (schedule.failures > 0) logger.info(`${what} delivered again`, { after: schedule.failures });
    if (!schedule.supported) logger.info(`the centre now offers the ${what} extension`);
    schedule.failures = 0;
    schedule.supported = true;
  };

  const sendHeartbeat = async (stopping: boolean, at: Date = now()) => {
    const heartbeat = await gatherHeartbeat(deps.sources, at, {
      intervalSeconds: heartbeatSeconds,
      configEtag: appliedEtag,
      configError,
      stopping,
    });
    return gateway.postHeartbeat(heartbeat);
  };

  const doBeat = async () => {
    // The cadence counts from when a beat is sent, not from when its reply came back.
    const sentAt = now();
    try {
      const reply = await sendHeartbeat(false, sentAt);
      if (reply.kind === 'unsupported') return unsupported('heartbeat', beat);
      recovered('heartbeat', beat);
      lastHeartbeatAt = sentAt.toISOString();
      beat.nextAt = sentAt.getTime() + heartbeatSeconds * 1000;
      // The centre holds another config than the one last seen: fetch it now.
      if (reply.configEtag !== null && reply.configEtag !== seenEtag && pull.supported) {
        pull.nextAt = now().getTime();
      }
    } catch (error) {
      failed('heartbeat', beat, error);
    }
  };

  const accept = (etag: string | null, raw: Record<string, unknown>) => {
    const checked = checkRemoteConfig(raw);
    seenEtag = etag;
    if (!checked.ok) {
      configError = checked.reason;
      logger.warn('remote config refused; the last good one stays', {
        reason: checked.reason,
        etag,
        kept: appliedEtag,
      });
      // Reported in the very next heartbeat.
      beat.nextAt = Math.min(beat.nextAt, now().getTime());
      return;
    }
    writeLastGood(deps.dataDir, { etag, config: raw, appliedAt: now().toISOString() });
    appliedEtag = etag;
    configError = null;
    const live = checked.values.heartbeatSeconds;
    if (live !== undefined && deps.env[configKeys.heartbeatSeconds.env] === undefined) {
      heartbeatSeconds = live;
    }
    deps.onLiveValues?.(checked.values);
    logger.info('remote config accepted', {
      etag,
      keys: Object.keys(raw),
      appliedNow: Object.keys(checked.values).filter((key) => liveKeys.has(key)),
      atNextStart: waitingForRestart(checked.values),
    });
  };

  const doPull = async () => {
    try {
      const reply = await gateway.getRemoteConfig(deps.sources.kioskId, seenEtag);
      if (reply.kind === 'unsupported') return unsupported('remote config', pull);
      recovered('remote config', pull);
      pull.nextAt = now().getTime() + configPollMs;
      if (reply.kind === 'changed') accept(reply.etag, reply.config);
    } catch (error) {
      failed('remote config', pull, error);
    }
  };

  const runDue = async () => {
    if (now().getTime() >= pull.nextAt) await doPull();
    if (now().getTime() >= beat.nextAt) await doBeat();
  };

  const tick = () => {
    running ??= runDue().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => {
        tick().catch((error: unknown) =>
          logger.error('fleet tick failed', { reason: String(error) }),
        );
      }, deps.tickMs ?? 1000);
      timer.unref();
      void tick();
    },
    tick,
    state: () => ({
      heartbeatSupported: beat.supported,
      configSupported: pull.supported,
      lastHeartbeatAt,
      heartbeatFailures: beat.failures,
      nextHeartbeatAt: new Date(beat.nextAt).toISOString(),
      configEtag: appliedEtag,
      configError,
      heartbeatSeconds,
    }),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await running;
      if (!beat.supported || beat.failures > 0) return;
      let cap: NodeJS.Timeout | undefined;
      await Promise.race([
        sendHeartbeat(true).catch(() => undefined),
        new Promise((resolve) => {
          cap = setTimeout(resolve, stoppingBeatMs);
        }),
      ]);
      clearTimeout(cap);
    },
  };
}
