// The upload worker: forwards the outbox in order (emergencies first, a bounded number at once),
// resolves tokens, polls the status of open requests, refreshes the directory and purges personal
// fields past their retention. Everything it knows is in SQLite, so it resumes after any restart.
import type { Database } from 'better-sqlite3';
import { CommunityData } from '../../../contract/index.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';
import { type OutboxEntry, dueEntries, queueSummary } from '../../../db/repositories/outbox.js';
import {
  purgePersonalFields,
  requestsAwaitingId,
  requestsToPoll,
  setUpstreamRefs,
} from '../../../db/repositories/requests.js';
import { markPolled, recordStage } from '../../../db/repositories/requestStatus.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import type { BackoffPolicy } from './backoff.js';
import type { CentreGateway, FailureClassifier } from './centreGateway.js';
import { type Resolution, attemptEntry, recordResolutions } from './outboxSender.js';

export interface UploadSettings {
  backoff: BackoffPolicy;
  maxInFlight: number;
  idleMs: number;
  statusPollMs: number;
  directoryPollMs: number;
  retentionDays: number;
}

export interface UploadWorkerDeps {
  db: Database;
  gateway: CentreGateway;
  classify: FailureClassifier;
  keys: KioskKeys;
  directory: CommunityDirectory;
  settings: UploadSettings;
  logger: Logger;
  now: () => Date;
  random?: () => number;
}

export interface UploadState {
  queueDepth: number;
  deadLetters: number;
  oldestWaitingSeconds: number | null;
  lastContactAt: string | null;
}

export interface UploadWorker {
  start(): void;
  /** Work is waiting (a new submission): run the queue now rather than at the next tick. */
  nudge(): void;
  /** One full pass: queue, tokens, statuses, directory, purge (tests and benchmarks). */
  runOnce(options?: { statuses?: boolean; directory?: boolean }): Promise<void>;
  /** Sends until nothing is due; resolves with how many entries were sent. */
  drainQueue(): Promise<number>;
  state(): UploadState;
  stop(): Promise<void>;
}

const lastContactKey = 'last_upstream_contact';

/** Queue depth, dead letters, the oldest waiting entry's age and the last contact with the centre. */
export function uploadState(db: Database, now: () => Date): UploadState {
  const summary = queueSummary(db);
  return {
    queueDepth: summary.waiting,
    deadLetters: summary.dead,
    oldestWaitingSeconds: summary.oldestWaitingCreatedAt
      ? Math.max(
          0,
          Math.round((now().getTime() - Date.parse(summary.oldestWaitingCreatedAt)) / 1000),
        )
      : null,
    lastContactAt: readMeta(db, lastContactKey) ?? null,
  };
}
const batch = 50;
/** Entries sent between two commits: more means fewer fsyncs, and at most this many resent after a crash. */
const batchSize = 64;

export function createUploadWorker(deps: UploadWorkerDeps): UploadWorker {
  const { db, gateway, logger, settings, now } = deps;
  const random = deps.random ?? Math.random;
  const onContact = () => writeMeta(db, lastContactKey, now().toISOString(), now());
  const senderDeps = { ...deps, random, backoff: settings.backoff };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let lastStatusPoll = 0;
  let lastDirectoryPoll = 0;
  let lastPurge = 0;

  /** Sends a batch in order with at most maxInFlight calls open; records it in one commit. */
  const sendBatch = async (due: OutboxEntry[]) => {
    const resolved: { entry: OutboxEntry; resolution: Resolution }[] = [];
    let next = 0;
    const lane = async () => {
      while (next < due.length && !stopped) {
        const entry = due[next];
        next += 1;
        if (entry) resolved.push({ entry, resolution: await attemptEntry(senderDeps, entry) });
      }
    };
    await Promise.all(Array.from({ length: settings.maxInFlight }, lane));
    if (resolved.some(({ resolution }) => resolution.kind === 'sent')) onContact();
    recordResolutions(db, resolved, now().toISOString(), logger);
    return resolved.filter(({ resolution }) => resolution.kind === 'sent').length;
  };

  const drainQueue = async (): Promise<number> => {
    let sent = 0;
    for (;;) {
      const due = dueEntries(db, now().toISOString(), batchSize);
      if (due.length === 0 || stopped) return sent;
      const sentNow = await sendBatch(due);
      sent += sentNow;
      // Nothing moved forward this round: wait for the next tick instead of spinning.
      if (sentNow === 0) return sent;
    }
  };

  const resolveTokens = async () => {
    for (const { id, token } of requestsAwaitingId(db, batch)) {
      const upstreamId = await gateway.resolveToken(token);
      onContact();
      if (upstreamId) setUpstreamRefs(db, id, { upstreamId, upstreamToken: token });
    }
  };

  const pollStatuses = async () => {
    const open = requestsToPoll(db, batch);
    if (open.length === 0) return;
    const statuses = await gateway.getStatuses(open.map((request) => request.upstreamId));
    onContact();
    const at = now().toISOString();
    const byId = new Map(statuses.map((status) => [status.id, status]));
    db.transaction(() => {
      for (const request of open) {
        const status = byId.get(request.upstreamId);
        if (status) {
          const reached =
            status.stageTimes.find((time) => time.stage === status.stage)?.at ?? status.updatedAt;
          recordStage(db, request.id, {
            stage: status.stage,
            at: reached,
            handlerNote: status.handlerNote,
            updatedAt: at,
          });
        }
        markPolled(db, request.id, at);
      }
    }).immediate();
  };

  const refreshDirectory = async () => {
    const reply = await gateway.getDirectory(latestSnapshot(db)?.etag ?? null);
    onContact();
    if (reply.kind === 'unchanged') return;
    const parsed = CommunityData.safeParse(reply.data);
    if (!parsed.success) {
      logger.error('the centre sent a directory that fails validation; keeping the last good one', {
        issue: parsed.error.issues[0]?.message,
      });
      return;
    }
    saveSnapshot(db, 'upstream', parsed.data, now(), reply.etag);
    deps.directory.reload();
    logger.info('community directory updated from the centre', {
      resources: parsed.data.resources.length,
    });
  };

  const purge = () => {
    const cutoff = new Date(now().getTime() - settings.retentionDays * 86_400_000).toISOString();
    const purged = purgePersonalFields(db, cutoff, now().toISOString());
    if (purged > 0)
      logger.info('personal fields purged after the retention period', { requests: purged });
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
    await attempt('queue', drainQueue);
    const clock = now().getTime();
    if (options.statuses ?? clock - lastStatusPoll >= settings.statusPollMs) {
      lastStatusPoll = clock;
      await attempt('tokens', resolveTokens);
      await attempt('statuses', pollStatuses);
    }
    if (options.directory ?? clock - lastDirectoryPoll >= settings.directoryPollMs) {
      lastDirectoryPoll = clock;
      await attempt('directory', refreshDirectory);
    }
    if (clock - lastPurge >= 3_600_000) {
      lastPurge = clock;
      await attempt('purge', purge);
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

  return {
    start: () => {
      stopped = false;
      tick();
    },
    nudge: () => {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      clearTimeout(timer);
      tick();
    },
    runOnce,
    drainQueue,
    state: () => uploadState(db, now),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
