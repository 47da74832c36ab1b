// Sends one outbox entry and records what came of it. The entry's state changes only after the
// centre's answer, in one transaction with the request's upstream id; a crash before that leaves
// it waiting, and the retry carries the same idempotency key, so the centre never gets it twice.
import type { Database } from 'better-sqlite3';
import {
  type OutboxEntry,
  markDead,
  markSent,
  postpone,
  scheduleRetry,
} from '../../../db/repositories/outbox.js';
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
  onContact: () => void;
}

export type SendOutcome = 'sent' | 'retry' | 'dead' | 'postponed';

export async function sendEntry(deps: SenderDeps, entry: OutboxEntry): Promise<SendOutcome> {
  const { db } = deps;
  const request = getRequest(db, entry.requestId);
  if (!request) {
    markDead(db, entry.id, 'request-missing', deps.now().toISOString());
    return 'dead';
  }
  try {
    if (entry.kind === 'request') {
      const posted = await deps.gateway.postRequest(
        outgoingRequest(request, deps.keys, deps.directory),
        entry.idempotencyKey,
      );
      deps.onContact();
      const at = deps.now().toISOString();
      db.transaction(() => {
        setUpstreamRefs(db, request.id, {
          upstreamId: posted.kind === 'created' ? posted.id : null,
          upstreamToken: posted.kind === 'token' ? posted.token : null,
        });
        markSent(db, entry.id, posted.kind === 'created' ? posted.id : null, at);
      }).immediate();
      return 'sent';
    }
    const { upstreamId } = upstreamRefs(db, request.id);
    const rating = readRating(db, request.id);
    if (!upstreamId || !rating) {
      // The centre cannot take a rating for a request it has not numbered yet.
      postpone(db, entry.id, new Date(deps.now().getTime() + deps.backoff.baseMs).toISOString());
      return 'postponed';
    }
    await deps.gateway.postRating(
      upstreamId,
      { stars: rating.stars, tags: rating.tags },
      entry.idempotencyKey,
    );
    deps.onContact();
    markSent(db, entry.id, upstreamId, deps.now().toISOString());
    return 'sent';
  } catch (error) {
    const failure = deps.classify(error);
    const at = deps.now();
    if (failure.kind === 'permanent') {
      markDead(db, entry.id, failure.reason, at.toISOString());
      deps.logger.warn('the centre refused an entry; kept for staff', {
        ticket: request.ticket,
        kind: entry.kind,
        reason: failure.reason,
      });
      return 'dead';
    }
    const delay = retryDelayMs(deps.backoff, entry.attempts, failure.retryAfterMs, deps.random);
    scheduleRetry(db, entry.id, new Date(at.getTime() + delay).toISOString(), failure.reason);
    return 'retry';
  }
}
