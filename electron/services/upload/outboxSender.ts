// Sends one outbox entry and says what should be recorded; nothing is written here. Two steps:
// `planEntry` (synchronous, before anything leaves) decides what to do and which entries must be
// marked in flight, so the worker can commit those marks before the POSTs go; `carryOut` talks
// to the platform. An entry already in flight (a crash, a timeout, a 5xx: the platform may have
// stored it) is looked up first, and only sent again when the platform says it is not there or
// cannot be searched. See docs/exactly-once.md for what that guarantees on which platforms.
import type { Database } from 'better-sqlite3';
import type { OutboxEntry } from '../../../db/repositories/outbox.js';
import { readRating } from '../../../db/repositories/ratings.js';
import { type StoredRequest, getRequest, upstreamRefs } from '../../../db/repositories/requests.js';
import type { Logger } from '../logger.js';
import { type BackoffPolicy, isoAfter, retryDelayMs } from './backoff.js';
import type {
  CentreGateway,
  FailureClassifier,
  GatewayFailure,
  OutgoingRequest,
  UpstreamErrorEntry,
} from './centreGateway.js';
import {
  type OutgoingRequestDeps,
  type PreparedRequest,
  SealedFieldsUnreadable,
  outgoingRequest,
} from './outgoingRequest.js';
import type { ServiceMapping } from './serviceResolution.js';

export interface SenderDeps extends OutgoingRequestDeps {
  db: Database;
  gateway: CentreGateway;
  classify: FailureClassifier;
  backoff: BackoffPolicy;
  /** How long a held entry waits before the mapping is asked again. */
  heldRetryMs: number;
  logger: Logger;
  now: () => Date;
  random: () => number;
}

type Ready = Extract<PreparedRequest, { kind: 'ready' }>;

export type Plan =
  /** First send: mark in flight, then POST. */
  | { kind: 'post'; entry: OutboxEntry; ready: Ready }
  /** May already be on the platform: look it up, then send only if it is not there. */
  | {
      kind: 'look-up';
      entry: OutboxEntry;
      prepared: PreparedRequest;
      searchCode: string | null;
      facts: { ticket: string; lookupCode: string; submittedAt: string };
    }
  | { kind: 'rating'; entry: OutboxEntry; upstreamId: string; stars: number; tags: string[] };

export interface DeadDetails {
  reason: string;
  status: number | null;
  errors: readonly UpstreamErrorEntry[];
  sent: OutgoingRequest | null;
  mapping: ServiceMapping | null;
}

export type Resolution = (
  | {
      kind: 'sent';
      upstreamId: string | null;
      upstreamToken: string | null;
      outcome: 'answered' | 'found' | 'local-only';
    }
  | {
      kind: 'retry';
      nextAttemptAt: string;
      reason: string;
      waitMs: number;
      failure: GatewayFailure;
    }
  | { kind: 'postponed'; until: string }
  | { kind: 'held'; reason: string; until: string }
  | ({ kind: 'dead' } & DeadDetails)
) & {
  /** A POST left after a look-up found nothing (it is counted when the answer is recorded). */
  resent?: { at: string; serviceCode: string };
};

const noFailure = (reason: string): DeadDetails => ({
  reason,
  status: null,
  errors: [],
  sent: null,
  mapping: null,
});

export interface Planned {
  /** For logs and staff; null when the request row is gone. */
  ticket: string | null;
  next: Plan | Resolution;
}

/** What to do with a due entry. A Resolution means nothing needs to leave the kiosk. */
export function planEntry(deps: SenderDeps, entry: OutboxEntry): Planned {
  const request = getRequest(deps.db, entry.requestId);
  if (!request) return { ticket: null, next: { kind: 'dead', ...noFailure('request-missing') } };
  return { ticket: request.ticket, next: planFor(deps, entry, request) };
}

function planFor(deps: SenderDeps, entry: OutboxEntry, request: StoredRequest): Plan | Resolution {
  if (entry.kind === 'rating') {
    const { upstreamId } = upstreamRefs(deps.db, request.id);
    const rating = readRating(deps.db, request.id);
    // The platform cannot take a rating for a request it has not numbered yet.
    if (!upstreamId || !rating)
      return { kind: 'postponed', until: isoAfter(deps.now(), deps.backoff.baseMs) };
    return { kind: 'rating', entry, upstreamId, stars: rating.stars, tags: rating.tags };
  }
  let prepared: PreparedRequest;
  try {
    prepared = outgoingRequest(request, deps);
  } catch (error) {
    // Unreadable sealed fields: staff must see it. Anything else may pass: wait and try again.
    if (error instanceof SealedFieldsUnreadable)
      return { kind: 'dead', ...noFailure('sealed-fields-unreadable') };
    const detail = error instanceof Error ? error.message : String(error);
    return held(deps, `the request could not be built: ${detail}`.slice(0, 300));
  }
  if (entry.inFlightSince !== null) {
    const searchCode =
      entry.sentServiceCode ?? (prepared.kind === 'ready' ? prepared.request.serviceCode : null);
    const facts = {
      ticket: request.ticket,
      lookupCode: request.lookupCode,
      submittedAt: request.createdAt,
    };
    return { kind: 'look-up', entry, prepared, searchCode, facts };
  }
  if (prepared.kind === 'held') return held(deps, prepared.problem);
  return { kind: 'post', entry, ready: prepared };
}

const held = (deps: SenderDeps, reason: string): Resolution => ({
  kind: 'held',
  reason,
  until: isoAfter(deps.now(), deps.heldRetryMs),
});

function retry(deps: SenderDeps, entry: OutboxEntry, failure: GatewayFailure): Resolution {
  const waitMs = retryDelayMs(deps.backoff, entry.attempts, failure.retryAfterMs, deps.random);
  return {
    kind: 'retry',
    nextAttemptAt: isoAfter(deps.now(), waitMs),
    reason: failure.reason,
    waitMs,
    failure,
  };
}

/** A refusal that may mean "it is already there" (some platforms de-duplicate on their own). */
function soundsLikeDuplicate(failure: GatewayFailure): boolean {
  const said = [failure.reason, ...failure.errors.map((e) => `${e.code} ${e.description}`)];
  return said.some((text) => /duplicate|already (exists|submitted|received)|重复/i.test(text));
}

async function lookUp(
  deps: SenderDeps,
  entry: OutboxEntry,
  serviceCode: string,
  facts: { ticket: string; lookupCode: string; submittedAt: string },
) {
  return deps.gateway.findPosted({
    serviceCode,
    ticket: facts.ticket,
    lookupCode: facts.lookupCode,
    firstSentAt: entry.inFlightSince ?? deps.now().toISOString(),
    submittedAt: facts.submittedAt,
  });
}

/** `searchCode`: the code an earlier send went out under, when one may be on the platform. */
async function post(
  deps: SenderDeps,
  entry: OutboxEntry,
  ready: Ready,
  searchCode: string | null,
): Promise<Resolution> {
  try {
    const posted = await deps.gateway.postRequest(ready.request, entry.idempotencyKey);
    return {
      kind: 'sent',
      outcome: 'answered',
      upstreamId: posted.kind === 'created' ? posted.id : null,
      upstreamToken: posted.kind === 'token' ? posted.token : null,
    };
  } catch (error) {
    const failure = deps.classify(error);
    if (failure.kind !== 'permanent') return retry(deps, entry, failure);
    const dead: Resolution = {
      kind: 'dead',
      reason: failure.reason,
      status: failure.status,
      errors: failure.errors,
      sent: ready.request,
      mapping: ready.mapping,
    };
    if (searchCode === null && !soundsLikeDuplicate(failure)) return dead;
    // Refused, but perhaps because an earlier POST of ours is already there.
    try {
      const code = searchCode ?? ready.request.serviceCode;
      const found = await lookUp(deps, entry, code, ready.request.facts);
      return found.kind === 'found'
        ? { kind: 'sent', outcome: 'found', upstreamId: found.id, upstreamToken: null }
        : dead;
    } catch (lookupError) {
      return retry(deps, entry, deps.classify(lookupError));
    }
  }
}

async function lookUpThenPost(
  deps: SenderDeps,
  plan: Extract<Plan, { kind: 'look-up' }>,
): Promise<Resolution> {
  const { entry, prepared, searchCode, facts } = plan;
  if (searchCode !== null) {
    try {
      const found = await lookUp(deps, entry, searchCode, facts);
      if (found.kind === 'found')
        return { kind: 'sent', outcome: 'found', upstreamId: found.id, upstreamToken: null };
      if (found.kind === 'unsupported')
        deps.logger.info('the platform cannot be searched; sending again (may duplicate)', {
          ticket: facts.ticket,
        });
    } catch (error) {
      return retry(deps, entry, deps.classify(error));
    }
  }
  if (prepared.kind === 'held') return held(deps, prepared.problem);
  const resent = { at: deps.now().toISOString(), serviceCode: prepared.request.serviceCode };
  const code = searchCode ?? prepared.request.serviceCode;
  return { ...(await post(deps, entry, prepared, code)), resent };
}

async function sendRating(
  deps: SenderDeps,
  plan: Extract<Plan, { kind: 'rating' }>,
): Promise<Resolution> {
  try {
    const reply = await deps.gateway.postRating(
      plan.upstreamId,
      { stars: plan.stars, tags: plan.tags },
      plan.entry.idempotencyKey,
    );
    return {
      kind: 'sent',
      outcome: reply.kind === 'accepted' ? 'answered' : 'local-only',
      upstreamId: plan.upstreamId,
      upstreamToken: null,
    };
  } catch (error) {
    const failure = deps.classify(error);
    if (failure.kind !== 'permanent') return retry(deps, plan.entry, failure);
    return {
      kind: 'dead',
      reason: failure.reason,
      status: failure.status,
      errors: failure.errors,
      sent: null,
      mapping: null,
    };
  }
}

/** Talks to the platform for one planned entry; never throws. */
export async function carryOut(deps: SenderDeps, plan: Plan): Promise<Resolution> {
  try {
    switch (plan.kind) {
      case 'post':
        return await post(deps, plan.entry, plan.ready, null);
      case 'look-up':
        return await lookUpThenPost(deps, plan);
      case 'rating':
        return await sendRating(deps, plan);
    }
  } catch (error) {
    return retry(deps, plan.entry, deps.classify(error));
  }
}
