// One ballot, from the card read in this visit to the receipt. The rules, in order: the round is
// the one the screen showed and still open; one to the round's maximum of choices, each of the
// round, none twice; the card is still in this visit. The voter token (voterToken.ts) then
// decides: a token this kiosk already holds for the round is refused at once ("already voted").
// Otherwise the ballot and its outbox entry are saved in one transaction (exactly once, also
// through an outage: ballotSender.ts), the queue is given a few seconds to deliver it, and the
// receipt says what is true: counted, or counted when the centre confirms. A centre that
// answers `already_voted` within those seconds (the resident voted at another kiosk) is told to
// the resident at once, and no receipt is printed.
import type { Database } from 'better-sqlite3';
import {
  type BallotDraft,
  type BallotResult,
  KioskError,
  type Language,
  type VoteRound,
} from '../../../contract/index.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import {
  ballotFate,
  ballotRefusalCodes,
  hasVoted,
  insertBallot,
} from '../../../db/repositories/votes.js';
import { errorFields } from '../errorFields.js';
import { serviceDate } from '../intake/serviceDate.js';
import type { Logger } from '../logger.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import { ballotKind } from '../upload/senders/ballotSender.js';
import type { CardSession } from '../visit/cardSession.js';
import { confirmationCode } from './confirmationCode.js';
import { buildVoteReceipt } from '../receipts/voteReceipt.js';
import { voterToken } from './voterToken.js';

export interface CastBallotDeps {
  db: Database;
  voterKey: Buffer | null;
  cards: CardSession;
  printing: Pick<PrintService, 'submit' | 'notPrinted'>;
  centreNames: Record<Language, string>;
  hotline: string;
  timeZone: string;
  logger: Logger;
  now: () => Date;
  randomUuid: () => string;
  /** Sends what is due now; resolves when the pass is over (the upload worker's drain). */
  sendNow: () => Promise<unknown>;
  /** Resolves after ms: how long the resident waits, at most, for the centre's answer. */
  wait: (ms: number) => Promise<void>;
  sendWaitMs: number;
}

/** The choices as the centre will take them, or the field the screen must fix. */
export function checkChoices(round: VoteRound, choices: readonly string[]): void {
  const known = new Set(round.proposals.map((proposal) => proposal.id));
  const fits =
    choices.length >= 1 &&
    choices.length <= round.maxChoices &&
    new Set(choices).size === choices.length &&
    choices.every((choice) => known.has(choice));
  if (!fits) throw new KioskError('invalid-input', 'ballot-choices', ['choices']);
}

export async function castBallot(
  deps: CastBallotDeps,
  round: VoteRound | null,
  draft: BallotDraft,
): Promise<BallotResult> {
  const { db, logger } = deps;
  if (!round || round.roundId !== draft.roundId) {
    throw new KioskError('invalid-input', 'vote-round-changed', ['roundId']);
  }
  if (Date.parse(round.closesAt) <= deps.now().getTime()) return { kind: 'round-closed' };
  checkChoices(round, draft.choices);
  const holder = deps.cards.lookup(draft.cardToken);
  if (!holder) throw new KioskError('invalid-input', 'card-expired', ['cardToken']);
  if (!deps.voterKey || !holder.voterBase) {
    throw new KioskError('unavailable', 'vote-not-set-up', ['cardToken']);
  }
  const voter = voterToken(deps.voterKey, round.roundId, holder.voterBase);
  if (hasVoted(db, round.roundId, voter)) {
    logger.info('a second ballot refused on this kiosk', { round: round.roundId });
    return { kind: 'already-voted' };
  }

  const ballotId = deps.randomUuid();
  const castOn = serviceDate(deps.now(), deps.timeZone);
  // Kept with the ballot, normalised to UTC, so retention measures the token from the round's
  // close even once the round has left the cache. A closing time that does not parse is not kept.
  const closesAtMs = Date.parse(round.closesAt);
  const closesAt = Number.isNaN(closesAtMs) ? null : new Date(closesAtMs).toISOString();
  db.transaction(() => {
    insertBallot(db, {
      ballotId,
      roundId: round.roundId,
      voterToken: voter,
      castOn,
      choices: draft.choices,
      closesAt,
    });
    enqueue(db, {
      kind: ballotKind,
      subjectId: ballotId,
      idempotencyKey: deps.randomUuid(),
      priority: 2,
      // The UTC day's start, not the moment: no row dates the ballot finer than a day.
      now: `${deps.now().toISOString().slice(0, 10)}T00:00:00.000Z`,
    });
  })();
  logger.info('ballot saved', { round: round.roundId });

  await Promise.race([deps.sendNow().catch(() => undefined), deps.wait(deps.sendWaitMs)]);
  const fate = ballotFate(db, ballotKind, ballotId);
  if (fate === 'refused') {
    const codes = ballotRefusalCodes(db, ballotKind, ballotId);
    if (codes.includes('already_voted')) return { kind: 'already-voted' };
    if (codes.includes('round_closed')) return { kind: 'round-closed' };
  }
  const state = fate === 'counted' ? 'counted' : 'queued';
  const code = confirmationCode(ballotId);
  const language = draft.language;
  let receipt;
  try {
    const document = buildVoteReceipt({
      language,
      centreName: deps.centreNames[language],
      roundTitle: round.title[language],
      confirmationCode: code,
      chosenTitles: draft.choices.map(
        (id) => round.proposals.find((proposal) => proposal.id === id)?.title[language] ?? id,
      ),
      state,
      castOn,
      hotline: deps.hotline,
    });
    receipt = deps.printing.submit({ purpose: 'vote', requestId: null, document });
  } catch (error) {
    logger.error('vote receipt not built', errorFields(error));
    receipt = deps.printing.notPrinted(receiptNotBuilt);
  }
  return { kind: 'cast', confirmationCode: code, state, receipt };
}
