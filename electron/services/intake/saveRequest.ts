// The saving half of intake: a request, its ticket number, its status and its outbox entry are
// written in one transaction (with whatever else must commit with it: the rate-limit count, the
// assisted-entry audit row), before anything else happens. When this returns, the request is
// stored and the resident may be told so; when it throws, nothing was stored. What follows the
// save (matching, the receipt, printing) is afterSave.ts.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { KioskError } from '../../../contract/index.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import {
  DailySequenceFullError,
  type NewRequest,
  type StoredRequest,
  insertRequest,
  isFirstDayOfDatabase,
  lastOrdinarySeq,
  lastSeq,
} from '../../../db/repositories/requests.js';
import { recordAccepted } from '../../../db/repositories/requestStatus.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal } from '../security/sealedFields.js';
import { requestKind } from '../upload/senders/requestSender.js';
import {
  lookupSecretFrom,
  lookupSecretLength,
  numberRequest,
  qrLookupCode,
} from './ticketNumbers.js';

export interface SaveDeps {
  db: Database;
  kioskId: string;
  keys: KioskKeys;
  logger: Logger;
  randomBytes: (size: number) => Uint8Array;
  /** This installation's part of the look-up code (ticketNumbers.ts). */
  installation: () => string;
}

/** The request as intake decided it; `personal` is sealed here, never stored in the clear. */
export type RequestToSave = Omit<
  NewRequest,
  'kioskId' | 'serviceDate' | 'createdAt' | 'personalSealed'
> & {
  serviceDate: string;
  createdAt: string;
  personal: Record<string, unknown>;
};

export interface SavedRequest {
  stored: StoredRequest;
  /** What the receipt's QR code holds: the look-up code and its secret. */
  qrCode: string;
}

/**
 * A database's first day starts its numbers at random between 1001 and 5000: a kiosk whose data
 * dir was reset today would otherwise hand out the morning's ticket numbers a second time.
 */
export function randomFirstSeq(bytes: Uint8Array): number {
  const value = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  return 1001 + (value % 4000);
}

/** Emergencies go first, then urgent requests, then the rest. */
const outboxPriority = (request: { emergency: boolean; urgency: string }): 0 | 1 | 2 =>
  request.emergency ? 0 : request.urgency === 'urgent' ? 1 : 2;

/**
 * Saves the request in one transaction; `withTheSave` runs inside it (what must commit with the
 * request, or not at all). Throws a KioskError the reply can carry when it cannot be saved.
 */
export function saveRequest(
  deps: SaveDeps,
  request: RequestToSave,
  withTheSave: (stored: StoredRequest) => void,
): SavedRequest {
  const { db } = deps;
  const { personal, ...facts } = request;
  const lookupSecret = lookupSecretFrom(deps.randomBytes(lookupSecretLength));
  const save = db.transaction((installationCode: string) => {
    const day = request.serviceDate;
    const firstSeq = isFirstDayOfDatabase(db, day) ? randomFirstSeq(deps.randomBytes(2)) : 1;
    const stored = insertRequest(
      db,
      { ...facts, kioskId: deps.kioskId, personalSealed: seal(deps.keys, personal) },
      (seq) => numberRequest(deps.kioskId, day, seq, installationCode),
      {
        rules: { firstSeq, ceiling: request.emergency ? lastSeq : lastOrdinarySeq },
        lookupSecret,
      },
    );
    recordAccepted(db, stored.id, request.createdAt);
    enqueue(db, {
      kind: requestKind,
      requestId: stored.id,
      idempotencyKey: randomUUID(),
      priority: outboxPriority(request),
      now: request.createdAt,
    });
    withTheSave(stored);
    return stored;
  });
  const stored = saveOrExplain(
    () => save.immediate(deps.installation()),
    request.emergency,
    deps.logger,
  );
  return { stored, qrCode: qrLookupCode(stored.lookupCode, lookupSecret) };
}

/**
 * Saves, or says in the reply's terms why not: a day without numbers left is 'unavailable'
 * (day-full), and an emergency that could not be stored (a full or failing disk) is
 * 'unavailable' too, logged for staff, so the screen keeps showing the numbers to call.
 */
function saveOrExplain<T>(save: () => T, emergency: boolean, logger: Logger): T {
  try {
    return save();
  } catch (error) {
    if (error instanceof DailySequenceFullError) {
      logger.error('no ticket numbers left today', { emergency });
      throw new KioskError('unavailable', 'day-full');
    }
    if (emergency) {
      const code = (error as { code?: unknown }).code;
      logger.error('emergency not saved; the screen shows the numbers to call', {
        code: typeof code === 'string' ? code : 'unknown',
      });
      throw new KioskError('unavailable', 'emergency-not-saved');
    }
    throw error;
  }
}
