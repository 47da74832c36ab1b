// The outbox sender for a queue number the kiosk issued itself while the centre could not be
// reached (取号, offline). The entry names the number by its press's random client key
// (subject_id); the report goes under the entry's idempotency key, and one whose reply was lost
// is looked up by that key before anything is sent again. A look-up counts as "found" only when
// the centre holds this kiosk's number under the key: a number the centre issued for the same
// press whose reply never reached the kiosk is not the resident's, and the report replaces it.
// A centre that no longer takes numbers (404) leaves the number on the kiosk, settled
// (`local-only`). See senderProtocol.ts and docs/exactly-once.md.
import { markAtCentre, readQueueNumber } from '../../../../db/repositories/queueNumbers.js';
import { isoAfter } from '../backoff.js';
import type { QueuePress } from '../centreGateway.js';
import type { OutboxSender } from './senderProtocol.js';

export const queueNumberKind = 'queue-number';

interface NumberRef {
  clientKey: string;
  number: string;
}

interface OutgoingNumber extends NumberRef {
  reported: QueuePress & { number: string; issuedAt: string };
}

export const ticketSender: OutboxSender<NumberRef, OutgoingNumber> = {
  kind: queueNumberKind,
  read(deps, entry) {
    const stored = entry.subjectId === null ? undefined : readQueueNumber(deps.db, entry.subjectId);
    if (!stored) {
      const dead = { reason: 'queue-number-missing', status: null, errors: [], sent: null };
      return { label: null, settle: { kind: 'dead', ...dead, mapping: null } };
    }
    const found = { clientKey: stored.clientKey, number: stored.number };
    if (!deps.gateway.queue) {
      const until = isoAfter(deps.now(), deps.heldRetryMs);
      return {
        label: stored.number,
        found,
        outgoing: { kind: 'held', reason: 'the centre takes no queue numbers here', until },
      };
    }
    const reported = {
      clientKey: stored.clientKey,
      serviceCode: stored.serviceCode,
      priority: stored.priority,
      kioskId: stored.kioskId,
      number: stored.number,
      issuedAt: stored.issuedAt,
    };
    return {
      label: stored.number,
      found,
      outgoing: { value: { ...found, reported }, serviceCode: null },
    };
  },
  async lookUp(deps, found) {
    if (!deps.gateway.queue) return { kind: 'unsupported' };
    const result = await deps.gateway.queue.findNumber(found.clientKey);
    if (result.kind !== 'found') return result;
    return result.ticket.number === found.number
      ? { kind: 'found', id: found.number }
      : { kind: 'absent' };
  },
  async send(deps, outgoing, idempotencyKey) {
    const queue = deps.gateway.queue;
    if (!queue) return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    const reply = await queue.reportNumber(outgoing.reported, idempotencyKey);
    return {
      outcome: reply.kind === 'issued' ? 'answered' : 'local-only',
      upstreamId: reply.kind === 'issued' ? reply.ticket.number : null,
      upstreamToken: null,
    };
  },
  refused: () => ({ sent: null, mapping: null }),
  recordSent(db, entry, settled) {
    if (settled.outcome !== 'local-only' && entry.subjectId !== null) {
      markAtCentre(db, entry.subjectId);
    }
  },
};
