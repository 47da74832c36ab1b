// The outbox sender for a micro-projects ballot (民生微实事). The entry names the ballot by its
// random id (subject_id); the ballot goes under the entry's idempotency key, and one whose reply
// was lost is looked up by that id on the centre before anything is sent again, so the centre
// never counts a ballot twice. Once the centre holds it, the kiosk forgets the choices (the row
// stays, so the resident's second ballot is still refused at once here). A ballot the centre
// refuses, such as `already_voted` when the resident voted at another kiosk while this one was
// offline, becomes a dead letter with the centre's errors, which staff see in the upload queue.
// A centre that no longer takes votes (404) leaves the ballot on the kiosk, settled
// (`local-only`). See senderProtocol.ts and docs/exactly-once.md.
import { forgetChoices, readBallot } from '../../../../db/repositories/votes.js';
import { isoAfter } from '../backoff.js';
import type { OutgoingBallot } from '../centreGateway.js';
import type { OutboxSender } from './senderProtocol.js';

export const ballotKind = 'ballot';

interface BallotRef {
  roundId: string;
  ballotId: string;
}

interface Sending extends BallotRef {
  ballot: OutgoingBallot;
}

export const ballotSender: OutboxSender<BallotRef, Sending> = {
  kind: ballotKind,
  read(deps, entry) {
    const ballot = entry.subjectId === null ? undefined : readBallot(deps.db, entry.subjectId);
    if (!ballot || ballot.choices.length === 0) {
      const dead = { reason: 'ballot-missing', status: null, errors: [], sent: null };
      return { label: null, settle: { kind: 'dead', ...dead, mapping: null } };
    }
    const found = { roundId: ballot.roundId, ballotId: ballot.ballotId };
    if (!deps.gateway.votes) {
      const until = isoAfter(deps.now(), deps.heldRetryMs);
      return {
        label: null,
        found,
        outgoing: { kind: 'held', reason: 'the centre takes no votes here', until },
      };
    }
    const value = {
      ...found,
      ballot: {
        ballotId: ballot.ballotId,
        voter: ballot.voterToken,
        choices: ballot.choices,
        castOn: ballot.castOn,
      },
    };
    return { label: null, found, outgoing: { value, serviceCode: null } };
  },
  async lookUp(deps, found) {
    if (!deps.gateway.votes) return { kind: 'unsupported' };
    return deps.gateway.votes.findBallot(found.roundId, found.ballotId);
  },
  async send(deps, outgoing, idempotencyKey) {
    const votes = deps.gateway.votes;
    if (!votes) return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    const reply = await votes.postBallot(outgoing.roundId, outgoing.ballot, idempotencyKey);
    return {
      outcome: reply.kind === 'accepted' ? 'answered' : 'local-only',
      upstreamId: reply.kind === 'accepted' ? outgoing.ballotId : null,
      upstreamToken: null,
    };
  },
  refused: () => ({ sent: null, mapping: null }),
  recordSent(db, entry, settled) {
    if (settled.outcome !== 'local-only' && entry.subjectId !== null) {
      forgetChoices(db, entry.subjectId);
    }
  },
};
