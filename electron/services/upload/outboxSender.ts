// Sends one outbox entry, of any kind, and says what should be recorded; nothing is written
// here. Two steps: `planEntry` (synchronous, before anything leaves) asks the entry's sender
// (senders/, one file per kind) what it announces and decides which entries must be marked in
// flight, so the worker can commit those marks before the calls go; `carryOut` talks to the
// platform through the sender. The exactly-once rules live here, once, for every kind: an entry
// already in flight (a crash, a timeout, a 5xx: the platform may have stored it) is looked up
// first and only sent again, under the same key, when the platform says it is not there or
// cannot be searched; a refusal that may mean "already there" is looked up before it is
// dead-lettered. An entry no sender owns is held, with its kind in the reason, never sent blind.
// See docs/exactly-once.md for what that guarantees on which platforms.
import type { OutboxEntry } from '../../../db/repositories/outbox.js';
import { isoAfter, retryDelayMs } from './backoff.js';
import type { GatewayFailure } from './centreGateway.js';
import { type SenderRegistry, defaultSenderRegistry } from './senders/index.js';
import type {
  NotSent,
  OutboxSender,
  SenderDeps as ProtocolDeps,
  Ready,
  Resolution,
} from './senders/senderProtocol.js';

export type { DeadDetails, Resolution } from './senders/senderProtocol.js';

export interface SenderDeps extends ProtocolDeps {
  /** Which sender owns which kind; the kiosk's own journeys by default. */
  senders?: SenderRegistry;
}

interface Planning {
  entry: OutboxEntry;
  sender: OutboxSender;
  /** For logs and staff (a ticket); never a personal field. */
  ticket: string | null;
  /** What a look-up searches by (the sender's own value). */
  found: unknown;
}

export type Plan =
  /** First send: mark in flight, then send. */
  | (Planning & { kind: 'post'; ready: Ready<unknown> })
  /** May already be on the platform: look it up, then send only if it is not there. */
  | (Planning & { kind: 'look-up'; outgoing: Ready<unknown> | NotSent });

export interface Planned {
  /** For logs and staff (a ticket); null when what the entry announces is gone. */
  ticket: string | null;
  next: Plan | Resolution;
}

const held = (deps: SenderDeps, reason: string): NotSent => ({
  kind: 'held',
  reason: reason.slice(0, 300),
  until: isoAfter(deps.now(), deps.heldRetryMs),
});

const isNotSent = (outgoing: Ready<unknown> | NotSent): outgoing is NotSent => 'kind' in outgoing;

/** What to do with a due entry. A Resolution means nothing needs to leave the kiosk. */
export function planEntry(deps: SenderDeps, entry: OutboxEntry): Planned {
  const sender = (deps.senders ?? defaultSenderRegistry).senderFor(entry.kind);
  const label = entry.subjectId;
  if (!sender) {
    // Held, not dead: a kiosk updated to the version that wrote it sends it (the hold is logged).
    const reason = `no sender for the outbox kind "${entry.kind}" on this kiosk (written by a newer version?)`;
    return { ticket: label, next: held(deps, reason) };
  }
  let reading: ReturnType<OutboxSender['read']>;
  try {
    reading = sender.read(deps, entry);
  } catch (error) {
    // A sender that cannot read its entry must not stop the rest of the queue.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ticket: label,
      next: held(deps, `the ${entry.kind} entry could not be read: ${detail}`),
    };
  }
  const ticket = reading.label;
  if ('settle' in reading) return { ticket, next: reading.settle };
  const { found, outgoing } = reading;
  const planning = { entry, sender, ticket, found };
  if (entry.inFlightSince !== null)
    return { ticket, next: { ...planning, kind: 'look-up', outgoing } };
  if (isNotSent(outgoing)) return { ticket, next: outgoing };
  return { ticket, next: { ...planning, kind: 'post', ready: outgoing } };
}

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

const firstSentAt = (deps: SenderDeps, entry: OutboxEntry) =>
  entry.inFlightSince ?? deps.now().toISOString();

/** `sentBefore`: an earlier send may be on the platform (the entry was in flight). */
async function send(
  deps: SenderDeps,
  plan: Planning,
  ready: Ready<unknown>,
  sentBefore: boolean,
): Promise<Resolution> {
  const { entry, sender } = plan;
  try {
    const delivered = await sender.send(deps, ready.value, entry.idempotencyKey);
    return { kind: 'sent', ...delivered };
  } catch (error) {
    const failure = deps.classify(error);
    if (failure.kind !== 'permanent') return retry(deps, entry, failure);
    const dead: Resolution = {
      kind: 'dead',
      reason: failure.reason,
      status: failure.status,
      errors: failure.errors,
      ...sender.refused(ready.value),
    };
    if (!sentBefore && !soundsLikeDuplicate(failure)) return dead;
    // Refused, but perhaps because an earlier send of ours is already there.
    try {
      const found = await sender.lookUp(deps, plan.found, firstSentAt(deps, entry));
      return found.kind === 'found'
        ? { kind: 'sent', outcome: 'found', upstreamId: found.id, upstreamToken: null }
        : dead;
    } catch (lookupError) {
      return retry(deps, entry, deps.classify(lookupError));
    }
  }
}

async function lookUpThenSend(
  deps: SenderDeps,
  plan: Extract<Plan, { kind: 'look-up' }>,
): Promise<Resolution> {
  const { entry, sender, outgoing } = plan;
  try {
    const found = await sender.lookUp(deps, plan.found, firstSentAt(deps, entry));
    if (found.kind === 'found')
      return { kind: 'sent', outcome: 'found', upstreamId: found.id, upstreamToken: null };
    if (found.kind === 'unsupported' && !isNotSent(outgoing))
      deps.logger.info('the platform cannot be searched; sending again (may duplicate)', {
        ticket: plan.ticket,
        kind: entry.kind,
      });
  } catch (error) {
    return retry(deps, entry, deps.classify(error));
  }
  if (isNotSent(outgoing)) return outgoing;
  const resent = { at: deps.now().toISOString(), serviceCode: outgoing.serviceCode };
  return { ...(await send(deps, plan, outgoing, true)), resent };
}

/** Talks to the platform for one planned entry; never throws. */
export async function carryOut(deps: SenderDeps, plan: Plan): Promise<Resolution> {
  try {
    return plan.kind === 'post'
      ? await send(deps, plan, plan.ready, false)
      : await lookUpThenSend(deps, plan);
  } catch (error) {
    return retry(deps, plan.entry, deps.classify(error));
  }
}
