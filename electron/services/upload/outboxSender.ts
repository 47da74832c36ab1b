// Sends one outbox entry and says what should be recorded. Nothing is written here: the worker
// records a whole batch of resolutions in one transaction after the answers came back. A crash
// before that commit leaves the entries waiting, and each retry carries the same idempotency
// key, so the centre still stores every request exactly once.
import type { Database } from 'better-sqlite3';
import type { OutboxEntry } from '../../../db/repositories/outbox.js';
import { markDead, markSent, postpone, scheduleRetry } from '../../../db/repositories/outbox.js';
import { readRating } from '../../../db/repositories/ratings.js';
import { getRequest, setUpstreamRefs, upstreamRefs } from '../../../db/repositories/requests.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { type BackoffPolicy, retryDelayMs } from './backoff.js';
import type { CentreGateway, FailureClassifier } from './centreGateway.js';
import { outgoingRequest } from './outgoingRequest.js';

export interface SenderDeps {
  db: Database;
  gateway: CentreGateway;
  classify: FailureClassifier;
  keys: KioskKeys;
  directory: CommunityDirectory;
  backoff: BackoffPolicy;
  logger: Logger;
  now: () => Date;
  random: () => number;
}

export type Resolution =
  | {
      kind: 'sent';
      upstreamId: string | null;
      upstreamToken: string | null;
      requestId: number;
      isRequest: boolean;
    }
  | { kind: 'retry'; nextAttemptAt: string; reason: string }
  | { kind: 'postponed'; until: string }
  | { kind: 'dead'; reason: string; ticket: string | null };

export async function attemptEntry(deps: SenderDeps, entry: OutboxEntry): Promise<Resolution> {
  const { db } = deps;
  const request = getRequest(db, entry.requestId);
  if (!request) return { kind: 'dead', reason: 'request-missing', ticket: null };
  try {
    if (entry.kind === 'request') {
      const posted = await deps.gateway.postRequest(
        outgoingRequest(request, deps.keys, deps.directory),
        entry.idempotencyKey,
      );
      return {
        kind: 'sent',
        requestId: request.id,
        isRequest: true,
        upstreamId: posted.kind === 'created' ? posted.id : null,
        upstreamToken: posted.kind === 'token' ? posted.token : null,
      };
    }
    const { upstreamId } = upstreamRefs(db, request.id);
    const rating = readRating(db, request.id);
    if (!upstreamId || !rating) {
      // The centre cannot take a rating for a request it has not numbered yet.
      return {
        kind: 'postponed',
        until: new Date(deps.now().getTime() + deps.backoff.baseMs).toISOString(),
      };
    }
    await deps.gateway.postRating(
      upstreamId,
      { stars: rating.stars, tags: rating.tags },
      entry.idempotencyKey,
    );
    return {
      kind: 'sent',
      requestId: request.id,
      isRequest: false,
      upstreamId,
      upstreamToken: null,
    };
  } catch (error) {
    const failure = deps.classify(error);
    if (failure.kind === 'permanent')
      return { kind: 'dead', reason: failure.reason, ticket: request.ticket };
    const delay = retryDelayMs(deps.backoff, entry.attempts, failure.retryAfterMs, deps.random);
    return {
      kind: 'retry',
      nextAttemptAt: new Date(deps.now().getTime() + delay).toISOString(),
      reason: failure.reason,
    };
  }
}

/** Records a batch of resolutions in one transaction: one fsync for the lot. */
export function recordResolutions(
  db: Database,
  resolved: { entry: OutboxEntry; resolution: Resolution }[],
  now: string,
  logger: Logger,
): void {
  db.transaction(() => {
    for (const { entry, resolution } of resolved) {
      switch (resolution.kind) {
        case 'sent':
          if (resolution.isRequest) {
            setUpstreamRefs(db, resolution.requestId, {
              upstreamId: resolution.upstreamId,
              upstreamToken: resolution.upstreamToken,
            });
          }
          markSent(db, entry.id, resolution.upstreamId, now);
          break;
        case 'retry':
          scheduleRetry(db, entry.id, resolution.nextAttemptAt, resolution.reason);
          break;
        case 'postponed':
          postpone(db, entry.id, resolution.until);
          break;
        case 'dead':
          markDead(db, entry.id, resolution.reason, now);
          logger.warn('the centre refused an entry; kept for staff', {
            ticket: resolution.ticket,
            kind: entry.kind,
            reason: resolution.reason,
          });
          break;
      }
    }
  }).immediate();
}
