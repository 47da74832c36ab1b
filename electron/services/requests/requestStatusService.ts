// Looking a request up and rating it, from the kiosk's own records and status cache: it works
// with the network down and says when it last heard from the centre. A typed ticket shows the
// stage only; the rest, a slip and rating need the QR code or a proof (requestAccess.ts). A
// rating, once committed, is reported as given whatever fails after it.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  type CategoryId,
  type Language,
  type ReceiptOutcome,
  KioskError,
  type RatingDraft,
  type RequestProof,
  type RequestStatus,
} from '../../../contract/index.js';
import { enqueue, requestDelivery } from '../../../db/repositories/outbox.js';
import { insertRating, readRating } from '../../../db/repositories/ratings.js';
import { type StoredRequest, findRequestsByIdHash } from '../../../db/repositories/requests.js';
import { readStatus } from '../../../db/repositories/requestStatus.js';
import { readCancellation } from '../../../db/repositories/staffQueueEntries.js';
import { afterCommit } from '../afterCommit.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import { localDateTime } from '../intake/localTime.js';
import { qrLookupCode } from '../intake/ticketNumbers.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import { buildStatusSlip } from '../receipts/statusSlip.js';
import type { Logger } from '../logger.js';
import type { CardSession } from '../visit/cardSession.js';
import { ratingKind } from '../upload/senders/ratingSender.js';
import { type Access, createRequestAccess } from './requestAccess.js';
import type { WindowLimit } from './slidingWindow.js';

export interface RequestStatusDeps {
  db: Database;
  kioskId: string;
  directory: CommunityDirectory;
  cards: CardSession;
  logger: Logger;
  now: () => Date;
  printing: PrintService;
  timeZone: string;
  onSaved?: () => void;
  /** Wrong tries (unknown tickets, forged QR codes, wrong digits) allowed per stretch of time. */
  guessLimits?: WindowLimit[];
  lookupLimits?: WindowLimit[];
}

export interface StatusQuery {
  ticket: string;
  proof?: RequestProof | undefined;
}

export interface RequestStatusService {
  getRequestStatus(query: StatusQuery): RequestStatus;
  findMyRequests(cardToken: string): RequestStatus[];
  rateRequest(draft: z.output<typeof RatingDraft>): {
    ticket: string;
    stars: number;
    tags: string[];
  };
  printStatusSlip(query: StatusQuery & { language: Language }): ReceiptOutcome;
}

export function createRequestStatusService(deps: RequestStatusDeps): RequestStatusService {
  const { db } = deps;

  const access = createRequestAccess({
    db,
    kioskId: deps.kioskId,
    cards: deps.cards,
    now: deps.now,
    ...(deps.guessLimits ? { guessLimits: deps.guessLimits } : {}),
    ...(deps.lookupLimits ? { lookupLimits: deps.lookupLimits } : {}),
  });

  const describe = (request: StoredRequest, seen: Access = 'full'): RequestStatus => {
    const status = readStatus(db, request.id);
    if (!status) throw new Error(`Request ${request.id} has no cached status.`);
    const full = seen === 'full';
    const need = full && request.needId ? deps.directory.need(request.needId) : undefined;
    const rating = full ? readRating(db, request.id) : undefined;
    // Cancelled by staff (only then the key is there): the reason shows to anyone, staff's own
    // words only to the receipt's holder, like a handler's note.
    const cancellation = readCancellation(db, request.id);
    return {
      access: seen,
      ticket: request.ticket,
      createdAt: request.createdAt,
      category: full ? (request.category as CategoryId) : null,
      need: need ? { id: need.id, title: need.title } : null,
      urgency: full ? request.urgency : null,
      emergency: full ? request.emergency : null,
      stage: status.stage,
      stages: [
        { stage: 'accepted', at: status.acceptedAt },
        { stage: 'in-progress', at: status.inProgressAt },
        { stage: 'done', at: status.doneAt },
      ],
      handlerNote: full ? status.handlerNote : null,
      lastUpdatedAt: status.updatedAt,
      rating: rating ? { stars: rating.stars, tags: rating.tags } : null,
      ...(cancellation
        ? {
            cancelled: {
              reason: cancellation.reason,
              note: full ? cancellation.note : null,
              at: cancellation.cancelledAt,
            },
          }
        : {}),
      delivery: requestDelivery(db, request.id),
    };
  };

  return {
    getRequestStatus({ ticket, proof }) {
      const { request, access: seen } = access.open(ticket, proof);
      return describe(request, seen);
    },
    findMyRequests(cardToken) {
      const holder = deps.cards.lookup(cardToken);
      if (!holder) throw new KioskError('invalid-input', 'card-expired', ['cardToken']);
      return findRequestsByIdHash(db, holder.idHash).map((request) => describe(request, 'full'));
    },
    printStatusSlip({ ticket, proof, language }) {
      const request = access.openFully(ticket, proof);
      const data = deps.directory.data();
      const status = describe(request);
      // The status is on screen already: a slip that cannot be built is "not printed", not an
      // error (printing.submit itself never throws).
      return afterCommit(deps.logger, { ticket: request.ticket })(
        'status-slip',
        () =>
          deps.printing.submit({
            purpose: 'status',
            requestId: request.id,
            document: buildStatusSlip({
              status,
              // The slip's QR opens the request like the receipt's; an old request's has no
              // secret and opens its stage only.
              lookupCode: request.lookupSecret
                ? qrLookupCode(request.lookupCode, request.lookupSecret)
                : request.lookupCode,
              categoryTitle:
                data.categories.find((c) => c.id === request.category)?.title[language] ??
                request.category,
              centreName: data.centre.name[language],
              hotline: data.centre.hotline,
              language,
              localTime: (iso) => localDateTime(new Date(iso), deps.timeZone),
            }),
          }),
        () => deps.printing.notPrinted(receiptNotBuilt),
      );
    },
    rateRequest(draft) {
      const request = access.openFully(draft.ticket, draft.proof);
      const createdAt = deps.now().toISOString();
      db.transaction(() => {
        const status = readStatus(db, request.id);
        if (status?.stage !== 'done')
          throw new KioskError('not-allowed', 'not-done-yet', ['ticket']);
        if (readRating(db, request.id))
          throw new KioskError('not-allowed', 'already-rated', ['ticket']);
        const tags = [...new Set(draft.tags)];
        insertRating(db, { requestId: request.id, stars: draft.stars, tags, createdAt });
        enqueue(db, {
          kind: ratingKind,
          requestId: request.id,
          idempotencyKey: randomUUID(),
          priority: 2,
          now: createdAt,
        });
      }).immediate();
      // Saved: a failure from here on must not read as "not rated" (afterCommit.ts).
      const step = afterCommit(deps.logger, { ticket: request.ticket });
      step(
        'upload-nudge',
        () => deps.onSaved?.(),
        () => undefined,
      );
      deps.logger.info('request rated', { ticket: request.ticket, stars: draft.stars });
      const given = { stars: draft.stars, tags: [...new Set(draft.tags)] };
      const rating = step(
        'read-back',
        () => readRating(db, request.id) ?? given,
        () => given,
      );
      return { ticket: request.ticket, stars: rating.stars, tags: rating.tags };
    },
  };
}
