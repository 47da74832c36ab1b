// The upload worker: forwards the outbox, every kind through its own sender (senders/), with
// emergencies first, a bounded number at once, each answer committed as it comes, every entry
// marked in flight before its call leaves and looked up before it is ever sent again; resolves
// tokens, polls the status of open requests, refreshes the directory and purges personal fields
// past their retention. Everything it must not forget is in SQLite, so it resumes after any
// restart; a stuck queue is visible in state().
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';
import { queueSummary, releaseHeld } from '../../../db/repositories/outbox.js';
import { type ResendResult, resendDeadLetter } from '../../../db/repositories/outboxDeadLetters.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import type { BackoffPolicy } from './backoff.js';
import type { CentreGateway, FailureClassifier, RequestLocation } from './centreGateway.js';
import { type DrainPause, drainQueue } from './queueDrain.js';
import { type SenderRegistry, defaultSenderRegistry, undatedKinds } from './senders/index.js';
import type { ServiceResolver } from './serviceResolution.js';
import {
  type SyncDeps,
  pollStatuses,
  purgeExpired,
  refreshDirectory,
  resolveTokens,
} from './upstreamSync.js';

export interface UploadSettings {
  backoff: BackoffPolicy;
  maxInFlight: number;
  idleMs: number;
  statusPollMs: number;
  directoryPollMs: number;
  retentionDays: number;
  /** How long an entry the mapping cannot place waits before the mapping is asked again. */
  heldRetryMs: number;
}

export interface UploadWorkerDeps {
  db: Database;
  gateway: CentreGateway;
  classify: FailureClassifier;
  keys: KioskKeys;
  directory: CommunityDirectory;
  /** The catalogue mapping: the platform's service code and declared attributes, or a problem. */
  resolveService: ServiceResolver;
  /** Where the kiosk stands, sent for requests whose resident gave no location. */
  kioskLocation: () => RequestLocation;
  settings: UploadSettings;
  logger: Logger;
  now: () => Date;
  random?: () => number;
  /** A fresh idempotency key for a resent dead letter; randomUUID by default. */
  newKey?: () => string;
  /** Which sender owns each outbox kind (senders/index.ts); the kiosk's journeys by default. */
  senders?: SenderRegistry;
}

/** Why the queue is not moving, for staff: since when, the last reason, the next try. */
export interface QueueStall {
  since: string;
  reason: string | null;
  nextAttemptAt: string;
}

export interface UploadState {
  queueDepth: number;
  deadLetters: number;
  /** Entries the mapping cannot place (unmapped or withdrawn service); see heldReason. */
  held: number;
  heldReason: string | null;
  /** Settled on this kiosk only (e.g. ratings a platform does not take). */
  localOnly: number;
  oldestWaitingSeconds: number | null;
  stalled: QueueStall | null;
  lastContactAt: string | null;
}

export interface UploadWorker {
  start(): void;
  /** Work is waiting (a new submission): run the queue now rather than at the next tick. */
  nudge(): void;
  /** The catalogue changed: held entries are tried again now. Returns how many were released. */
  catalogueChanged(): number;
  /** One full pass: queue, tokens, statuses, directory, purge (tests and benchmarks). */
  runOnce(options?: { statuses?: boolean; directory?: boolean }): Promise<void>;
  /** Sends until nothing is due; resolves with how many entries were settled as sent. */
  drainQueue(): Promise<number>;
  state(): UploadState;
  /**
   * Staff fixed what a dead letter was refused for: send it again, same ticket, new idempotency
   * key (both kept, with the refusal, in outbox_resends). `refile`: the mapping in force decides
   * the service code, not the one the request was saved under.
   */
  resendDeadLetter(outboxId: number, options: { refile: boolean }): ResendResult;
  stop(): Promise<void>;
}

const lastContactKey = 'last_upstream_contact';

/**
 * The queue as staff see it; `pause` is the worker's own (a Retry-After, a platform down). The
 * oldest waiting leaves out the kinds whose entries keep a day only (a survey sheet).
 */
export function uploadState(
  db: Database,
  now: () => Date,
  pause: DrainPause | null = null,
  senders: SenderRegistry = defaultSenderRegistry,
): UploadState {
  const summary = queueSummary(db, undatedKinds(senders));
  const failing = summary.oldestFailing;
  const stalled: QueueStall | null = pause
    ? {
        since: failing?.firstSentAt ?? now().toISOString(),
        reason: pause.reason,
        nextAttemptAt: pause.until,
      }
    : failing
      ? { since: failing.firstSentAt, reason: failing.reason, nextAttemptAt: failing.nextAttemptAt }
      : null;
  return {
    queueDepth: summary.waiting,
    deadLetters: summary.dead,
    held: summary.held,
    heldReason: summary.heldReason,
    localOnly: summary.localOnly,
    oldestWaitingSeconds: summary.oldestWaitingCreatedAt
      ? Math.max(
          0,
          Math.round((now().getTime() - Date.parse(summary.oldestWaitingCreatedAt)) / 1000),
        )
      : null,
    stalled,
    lastContactAt: readMeta(db, lastContactKey) ?? null,
  };
}

export function createUploadWorker(deps: UploadWorkerDeps): UploadWorker {
  const { db, logger, settings, now } = deps;
  const senders = deps.senders ?? defaultSenderRegistry;
  // Written at most once a second: staff read it in seconds, and each write is a page in the WAL.
  let contactWrittenAt = Number.NEGATIVE_INFINITY;
  const onContact = () => {
    const at = now();
    if (Math.abs(at.getTime() - contactWrittenAt) < 1000) return;
    contactWrittenAt = at.getTime();
    writeMeta(db, lastContactKey, at.toISOString(), at);
  };
  const drainDeps = {
    ...deps,
    random: deps.random ?? Math.random,
    backoff: settings.backoff,
    heldRetryMs: settings.heldRetryMs,
    maxInFlight: Math.max(1, settings.maxInFlight),
    onContact,
  };
  const syncDeps: SyncDeps = { ...deps, onContact };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let pause: DrainPause | null = null;
  let directoryUnsupportedLogged = false;
  let lastStatusPoll = 0;
  let lastDirectoryPoll = 0;
  let lastPurge = 0;

  const drainOnce = async (): Promise<number> => {
    const at = now().toISOString();
    if (pause && pause.until > at) return 0;
    pause = null;
    releaseHeld(db, at, 'due');
    for (const kind of senders.kinds()) senders.senderFor(kind)?.releaseDue?.(db, at);
    const report = await drainQueue(drainDeps, () => stopped);
    pause = report.pause;
    if (pause) logger.warn('the queue pauses', { until: pause.until, reason: pause.reason });
    return report.sent;
  };
  // One drain at a time: two would claim the same entries.
  let draining: Promise<unknown> = Promise.resolve();
  const drain = (): Promise<number> => {
    const run = draining.then(drainOnce, drainOnce);
    draining = run.catch(() => undefined);
    return run;
  };

  const directoryTask = async () => {
    const supported = await refreshDirectory(syncDeps);
    if (!supported && !directoryUnsupportedLogged) {
      directoryUnsupportedLogged = true;
      logger.info('the platform has no directory extension; the current directory stands');
    }
  };

  // Each task fails on its own: a broken status reply must not stop requests going out.
  const attempt = async (task: string, work: () => Promise<unknown> | unknown) => {
    try {
      await work();
    } catch (error) {
      const failure = deps.classify(error);
      logger.warn('upload task failed; will try again', {
        task,
        kind: failure.kind,
        reason: failure.reason,
      });
    }
  };

  const runOnce = async (options: { statuses?: boolean; directory?: boolean } = {}) => {
    await attempt('queue', drain);
    const clock = now().getTime();
    if (options.statuses ?? clock - lastStatusPoll >= settings.statusPollMs) {
      lastStatusPoll = clock;
      await attempt('tokens', () => resolveTokens(syncDeps));
      await attempt('statuses', () => pollStatuses(syncDeps));
    }
    if (options.directory ?? clock - lastDirectoryPoll >= settings.directoryPollMs) {
      lastDirectoryPoll = clock;
      await attempt('directory', directoryTask);
    }
    if (clock - lastPurge >= 3_600_000) {
      lastPurge = clock;
      await attempt('purge', () => purgeExpired(syncDeps, settings.retentionDays));
    }
  };

  const tick = () => {
    if (stopped) return;
    running ??= runOnce().finally(() => {
      running = undefined;
      const wait = again ? 0 : settings.idleMs;
      again = false;
      if (!stopped) timer = setTimeout(tick, wait);
    });
  };

  const nudge = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    tick();
  };

  return {
    start: () => {
      stopped = false;
      tick();
    },
    nudge,
    catalogueChanged: () => {
      const released = releaseHeld(db, now().toISOString(), 'all');
      if (released > 0) nudge();
      return released;
    },
    runOnce,
    drainQueue: drain,
    state: () => uploadState(db, now, pause, deps.senders),
    resendDeadLetter: (outboxId, options) => {
      const result = resendDeadLetter(db, {
        outboxId,
        idempotencyKey: (deps.newKey ?? randomUUID)(),
        refile: options.refile,
        now: now().toISOString(),
      });
      if (result.ok) {
        logger.info('a dead letter is sent again with a new key', {
          ticket: result.ticket,
          refile: options.refile,
        });
        nudge();
      }
      return result;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
