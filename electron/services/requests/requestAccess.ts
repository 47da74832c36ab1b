// Who may see what of a request. Anyone can type eight digits, so a ticket alone (or a look-up
// code as the centre knows it) shows only the stage. The handler's note, a printed slip and
// rating need more: the receipt's QR code, whose random secret only its holder has; the ID card
// the request was made with; or the last four digits of its phone. Every wrong try counts, and
// past a few a minute (per kiosk) the kiosk stops answering for a while, in plain words. The
// counts are kept in SQLite, so a restart does not reset them.
import { timingSafeEqual } from 'node:crypto';
import { KioskError, type RequestProof } from '../../../contract/index.js';
import type { Database } from 'better-sqlite3';
import {
  type StoredRequest,
  findRequestByLookupCode,
  findRequestByTicket,
} from '../../../db/repositories/requests.js';
import { parseTicketQuery } from '../intake/ticketNumbers.js';
import type { CardSession } from '../visit/cardSession.js';
import { type WindowLimit, createSlidingWindow } from './slidingWindow.js';

export type Access = 'stage' | 'full';

/** 5 wrong tries a minute: the phone's 10,000 endings take days, not seconds. */
export const defaultGuessLimits: WindowLimit[] = [{ max: 5, windowMs: 60_000 }];
/** And 30 look-ups a minute in all, so tickets cannot be walked through for their stages. */
export const defaultLookupLimits: WindowLimit[] = [{ max: 30, windowMs: 60_000 }];

export interface RequestAccessDeps {
  db: Database;
  kioskId: string;
  cards: Pick<CardSession, 'lookup'>;
  now: () => Date;
  guessLimits?: WindowLimit[];
  lookupLimits?: WindowLimit[];
}

export interface RequestAccess {
  /** The request and how much of it the query (and proof) may see. */
  open(query: string, proof: RequestProof | undefined): { request: StoredRequest; access: Access };
  /** The same, but refusing unless the whole request may be seen. */
  openFully(query: string, proof: RequestProof | undefined): StoredRequest;
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function createRequestAccess(deps: RequestAccessDeps): RequestAccess {
  const wrongTries = createSlidingWindow({
    db: deps.db,
    name: 'ticket-wrong-tries',
    limits: deps.guessLimits ?? defaultGuessLimits,
    now: deps.now,
  });
  const lookups = createSlidingWindow({
    db: deps.db,
    name: 'ticket-lookups',
    limits: deps.lookupLimits ?? defaultLookupLimits,
    now: deps.now,
  });
  const wrong = (reason: 'ticket-not-found' | 'proof-wrong'): never => {
    wrongTries.recordOrRemember();
    throw reason === 'ticket-not-found'
      ? new KioskError('not-found', reason, ['ticket'])
      : new KioskError('not-allowed', reason, ['proof']);
  };

  const proves = (request: StoredRequest, proof: RequestProof): boolean => {
    if (proof.kind === 'card') {
      const holder = deps.cards.lookup(proof.cardToken);
      return holder !== undefined && request.idHash !== null && request.idHash === holder.idHash;
    }
    // The masked phone keeps the last four digits in clear: nothing more is needed.
    const lastFour = request.maskedPhone?.replace(/\D/g, '').slice(-4) ?? '';
    return lastFour.length === 4 && sameText(lastFour, proof.digits);
  };

  const open: RequestAccess['open'] = (query, proof) => {
    if (wrongTries.isFull() || lookups.isFull()) {
      throw new KioskError('not-allowed', 'too-many-tries', ['ticket']);
    }
    lookups.recordOrRemember();
    const parsed = parseTicketQuery(query, deps.kioskId);
    const request =
      parsed.kind === 'ticket'
        ? findRequestByTicket(deps.db, parsed.ticket)
        : findRequestByLookupCode(deps.db, parsed.lookupCode);
    if (!request) return wrong('ticket-not-found');
    if (parsed.kind === 'qr') {
      // A QR code with the wrong secret is a forged one: as unknown as a ticket that is not there.
      if (!request.lookupSecret || !sameText(request.lookupSecret, parsed.secret)) {
        return wrong('ticket-not-found');
      }
      return { request, access: 'full' };
    }
    if (proof === undefined) return { request, access: 'stage' };
    if (!proves(request, proof)) return wrong('proof-wrong');
    return { request, access: 'full' };
  };

  return {
    open,
    openFully(query, proof) {
      const { request, access } = open(query, proof);
      if (access !== 'full') throw new KioskError('not-allowed', 'proof-needed', ['proof']);
      return request;
    },
  };
}
