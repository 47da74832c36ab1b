// The outbox sender for a resident's request: built from the stored row through the catalogue
// mapping (outgoingRequest.ts opens the sealed fields just before sending), found on the platform
// by the service code it went out under, its ticket and lookup code, and, once sent, the
// platform's id or token recorded on the request. The worker does the rest (marks, keys,
// look-ups before any resend): see senderProtocol.ts.
import {
  type StoredRequest,
  getRequest,
  setUpstreamRefs,
} from '../../../../db/repositories/requests.js';
import { isoAfter } from '../backoff.js';
import {
  type PreparedRequest,
  SealedFieldsUnreadable,
  outgoingRequest,
} from '../outgoingRequest.js';
import type { NotSent, OutboxSender, Reading, SenderDeps } from './senderProtocol.js';

export const requestKind = 'request';

type ReadyRequest = Extract<PreparedRequest, { kind: 'ready' }>;

interface RequestFound {
  /** The code an earlier send went out under (else the one it would go under); null: unknown. */
  searchCode: string | null;
  ticket: string;
  lookupCode: string;
  submittedAt: string;
}

const noFailure = (reason: string) => ({
  reason,
  status: null,
  errors: [],
  sent: null,
  mapping: null,
});

const held = (deps: SenderDeps, reason: string): NotSent => ({
  kind: 'held',
  reason,
  until: isoAfter(deps.now(), deps.heldRetryMs),
});

function readRequest(
  deps: SenderDeps,
  request: StoredRequest,
  sentServiceCode: string | null,
): Reading<RequestFound, ReadyRequest> {
  const label = request.ticket;
  let prepared: PreparedRequest;
  try {
    prepared = outgoingRequest(request, deps);
  } catch (error) {
    // Unreadable sealed fields: staff must see it. Anything else may pass: wait and try again.
    if (error instanceof SealedFieldsUnreadable)
      return { label, settle: { kind: 'dead', ...noFailure('sealed-fields-unreadable') } };
    const detail = error instanceof Error ? error.message : String(error);
    return { label, settle: held(deps, `the request could not be built: ${detail}`.slice(0, 300)) };
  }
  const found: RequestFound = {
    searchCode:
      sentServiceCode ?? (prepared.kind === 'ready' ? prepared.request.serviceCode : null),
    ticket: request.ticket,
    lookupCode: request.lookupCode,
    submittedAt: request.createdAt,
  };
  if (prepared.kind === 'held') return { label, found, outgoing: held(deps, prepared.problem) };
  return {
    label,
    found,
    outgoing: { value: prepared, serviceCode: prepared.request.serviceCode },
  };
}

export const requestSender: OutboxSender<RequestFound, ReadyRequest> = {
  kind: requestKind,
  read(deps, entry) {
    const request = entry.requestId === null ? undefined : getRequest(deps.db, entry.requestId);
    if (!request) return { label: null, settle: { kind: 'dead', ...noFailure('request-missing') } };
    return readRequest(deps, request, entry.sentServiceCode);
  },
  async lookUp(deps, found, firstSentAt) {
    if (found.searchCode === null) return { kind: 'unsupported' };
    return deps.gateway.findPosted({
      serviceCode: found.searchCode,
      ticket: found.ticket,
      lookupCode: found.lookupCode,
      firstSentAt,
      submittedAt: found.submittedAt,
    });
  },
  async send(deps, ready, idempotencyKey) {
    const posted = await deps.gateway.postRequest(ready.request, idempotencyKey);
    return {
      outcome: 'answered',
      upstreamId: posted.kind === 'created' ? posted.id : null,
      upstreamToken: posted.kind === 'token' ? posted.token : null,
    };
  },
  refused: (ready) => ({ sent: ready.request, mapping: ready.mapping }),
  recordSent(db, entry, settled) {
    if (entry.requestId === null) return;
    setUpstreamRefs(db, entry.requestId, {
      upstreamId: settled.upstreamId,
      upstreamToken: settled.upstreamToken,
    });
  },
};
