// Looking a request up and rating it, from the kiosk's own records and status cache: it works
// with the network down and says when it last heard from the centre. A rating, once committed,
// is reported as given whatever fails after it.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  type CategoryId,
  type Language,
  type ReceiptOutcome,
  KioskError,
  type RatingDraft,
  type RequestStatus,
} from '../../../contract/index.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import { insertRating, readRating } from '../../../db/repositories/ratings.js';
import {
  type StoredRequest,
  findRequestByLookupCode,
  findRequestByTicket,
  findRequestsByIdHash,
} from '../../../db/repositories/requests.js';
import { readStatus } from '../../../db/repositories/requestStatus.js';
import { afterCommit } from '../afterCommit.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import { localDateTime } from '../intake/localTime.js';
import { parseTicketQuery } from '../intake/ticketNumbers.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import { buildStatusSlip } from '../receipts/statusSlip.js';
import type { Logger } from '../logger.js';
import type { CardSession } from '../visit/cardSession.js';

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
}

export interface RequestStatusService {
  getRequestStatus(ticket: string): RequestStatus;
  findMyRequests(cardToken: string): RequestStatus[];
  rateRequest(draft: z.output<typeof RatingDraft>): {
    ticket: string;
    stars: number;
    tags: string[];
  };
  printStatusSlip(ticket: string, language: Language): ReceiptOutcome;
}

export function createRequestStatusService(deps: RequestStatusDeps): RequestStatusService {
  const { db } = deps;

  const find = (query: string): StoredRequest => {
    const parsed = parseTicketQuery(query, deps.kioskId);
    const request =
      parsed.kind === 'lookup'
        ? findRequestByLookupCode(db, parsed.lookupCode)
        : findRequestByTicket(db, parsed.ticket);
    if (!request) throw new KioskError('not-found', 'ticket-not-found', ['ticket']);
    return request;
  };

  const describe = (request: StoredRequest): RequestStatus => {
    const status = readStatus(db, request.id);
    if (!status) throw new Error(`Request ${request.id} has no cached status.`);
    const need = request.needId ? deps.directory.need(request.needId) : undefined;
    const rating = readRating(db, request.id);
    return {
      ticket: request.ticket,
      createdAt: request.createdAt,
      category: request.category as CategoryId,
      need: need ? { id: need.id, title: need.title } : null,
      urgency: request.urgency,
      emergency: request.emergency,
      stage: status.stage,
      stages: [
        { stage: 'accepted', at: status.acceptedAt },
        { stage: 'in-progress', at: status.inProgressAt },
        { stage: 'done', at: status.doneAt },
      ],
      handlerNote: status.handlerNote,
      lastUpdatedAt: status.updatedAt,
      rating: rating ? { stars: rating.stars, tags: rating.tags } : null,
    };
  };

  return {
    getRequestStatus: (ticket) => describe(find(ticket)),
    findMyRequests(cardToken) {
      const holder = deps.cards.lookup(cardToken);
      if (!holder) throw new KioskError('invalid-input', 'card-expired', ['cardToken']);
      return findRequestsByIdHash(db, holder.idHash).map(describe);
    },
    printStatusSlip(ticket, language) {
      const request = find(ticket);
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
              lookupCode: request.lookupCode,
              categoryTitle:
                data.categories.find((c) => c.id === status.category)?.title[language] ??
                status.category,
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
      const request = find(draft.ticket);
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
          kind: 'rating',
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
