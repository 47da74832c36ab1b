// What the worker keeps in step with the platform besides the queue: tokens turned into ids,
// the status of open requests (into the local cache, so "check my request" works offline), the
// community directory (only a valid one replaces the last good copy) and the purge of personal
// fields past their retention. Each is one small function over its dependencies.
import type { Database } from 'better-sqlite3';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import {
  purgePersonalFields,
  requestsAwaitingId,
  requestsToPoll,
  setUpstreamRefs,
} from '../../../db/repositories/requests.js';
import { markPolled, recordStage } from '../../../db/repositories/requestStatus.js';
import { readCentreDirectory } from '../community/centreDirectory.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { CentreGateway } from './centreGateway.js';

export interface SyncDeps {
  db: Database;
  gateway: CentreGateway;
  directory: CommunityDirectory;
  logger: Logger;
  now: () => Date;
  onContact: () => void;
}

const batch = 50;

export async function resolveTokens(deps: SyncDeps): Promise<void> {
  for (const { id, token } of requestsAwaitingId(deps.db, batch)) {
    const upstreamId = await deps.gateway.resolveToken(token);
    deps.onContact();
    if (upstreamId) setUpstreamRefs(deps.db, id, { upstreamId, upstreamToken: token });
  }
}

export async function pollStatuses(deps: SyncDeps): Promise<void> {
  const { db } = deps;
  const open = requestsToPoll(db, batch);
  if (open.length === 0) return;
  const statuses = await deps.gateway.getStatuses(open.map((request) => request.upstreamId));
  deps.onContact();
  const at = deps.now().toISOString();
  const byId = new Map(statuses.map((status) => [status.id, status]));
  db.transaction(() => {
    for (const request of open) {
      const status = byId.get(request.upstreamId);
      if (status) {
        // A plain platform's open/closed arrives already as a stage; its note is status_notes.
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
}

/** Refreshes the directory; returns false when the platform has no directory extension. */
export async function refreshDirectory(deps: SyncDeps): Promise<boolean> {
  const reply = await deps.gateway.getDirectory(latestSnapshot(deps.db)?.etag ?? null);
  deps.onContact();
  if (reply.kind === 'unsupported') return false;
  if (reply.kind === 'unchanged') return true;
  // Cleaned by the platform's text rule, its unusable entries left out one by one (logged).
  const read = readCentreDirectory(reply.data, deps.logger);
  if (read.kind === 'refused') {
    deps.logger.error(
      'the centre sent a directory that fails validation; keeping the last good one',
      { issue: read.reason },
    );
    return true;
  }
  saveSnapshot(deps.db, 'upstream', read.data, deps.now(), reply.etag);
  deps.directory.reload();
  deps.logger.info('community directory updated from the centre', {
    resources: read.data.resources.length,
    leftOut: read.leftOut,
  });
  return true;
}

export function purgeExpired(deps: SyncDeps, retentionDays: number): void {
  const now = deps.now();
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const purged = purgePersonalFields(deps.db, cutoff, now.toISOString());
  if (purged > 0)
    deps.logger.info('personal fields purged after the retention period', { requests: purged });
}
