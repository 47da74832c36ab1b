// Issuing and accepting queue numbers, inside the caller's transaction. A press is known by its
// client key: asked again (a lost reply, a retried POST under any Idempotency-Key) it gets the
// number it already has, never a second. A number a kiosk issued offline is accepted when it is
// written in that kiosk's own space (queueNumbers.ts) for the service and kind it claims; it
// takes its place in the queue by the time the kiosk issued it. If the centre had issued a number
// under the same key that the kiosk never received, the kiosk's number replaces it: the resident
// holds the kiosk's. See queueNumbers.ts for why the two spaces never collide.
import type { Database } from 'better-sqlite3';
import {
  type StoredQueueTicket,
  findQueueNumber,
  findQueueTicket,
  insertQueueTicket,
  nextCentreSequence,
  replaceWithReported,
} from '../store/queueTickets.js';
import { centreDay } from '../centreDay.js';
import { centreNumber, readKioskNumber } from './queueNumbers.js';
import { type WindowService, queueTimeZone } from './windowServices.js';

export interface Press {
  clientKey: string;
  service: WindowService;
  priority: boolean;
  kioskId: string | null;
}

export type Issued = { kind: 'issued' | 'existing'; ticket: StoredQueueTicket };

/** `timeZone`: the IANA zone whose local day is the queue's day (CENTRE_TIME_ZONE). */
export function issueNumber(
  db: Database,
  press: Press,
  now: Date,
  timeZone: string = queueTimeZone,
): Issued {
  const existing = findQueueTicket(db, press.clientKey);
  if (existing) return { kind: 'existing', ticket: existing };
  const serviceDay = centreDay(now, timeZone);
  const code = press.service.service_code;
  const sequence = nextCentreSequence(db, code, serviceDay, press.priority);
  const ticket: StoredQueueTicket = {
    clientKey: press.clientKey,
    serviceCode: code,
    serviceDay,
    number: centreNumber(press.service.prefix, press.priority, sequence),
    priority: press.priority,
    source: 'centre',
    kioskId: press.kioskId,
    sequence,
    issuedAt: now.toISOString(),
    receivedAt: now.toISOString(),
    state: 'waiting',
  };
  insertQueueTicket(db, ticket);
  return { kind: 'issued', ticket };
}

export type Accepted =
  | { kind: 'accepted' | 'existing'; ticket: StoredQueueTicket }
  | { kind: 'refused'; code: 'queue_number_invalid' | 'queue_number_taken'; description: string };

export function acceptReported(
  db: Database,
  press: Press & { kioskId: string; number: string; issuedAt: Date },
  now: Date,
  timeZone: string = queueTimeZone,
): Accepted {
  const read = readKioskNumber(press.number);
  if (
    !read ||
    read.kioskId !== press.kioskId ||
    read.prefix !== press.service.prefix ||
    read.priority !== press.priority ||
    (press.priority && !press.service.priority_allowed)
  ) {
    return {
      kind: 'refused',
      code: 'queue_number_invalid',
      description: `${press.number} is not a number kiosk ${press.kioskId} issues for this service.`,
    };
  }
  const existing = findQueueTicket(db, press.clientKey);
  if (existing?.number === press.number) return { kind: 'existing', ticket: existing };
  const serviceDay = centreDay(press.issuedAt, timeZone);
  const code = press.service.service_code;
  const holder = findQueueNumber(db, code, serviceDay, press.number);
  if (holder) {
    return {
      kind: 'refused',
      code: 'queue_number_taken',
      description: `${press.number} is already held by another press.`,
    };
  }
  const ticket: StoredQueueTicket = {
    clientKey: press.clientKey,
    serviceCode: code,
    serviceDay,
    number: press.number,
    priority: press.priority,
    source: 'kiosk',
    kioskId: press.kioskId,
    sequence: read.sequence,
    issuedAt: press.issuedAt.toISOString(),
    receivedAt: now.toISOString(),
    state: serviceDay === centreDay(now, timeZone) ? 'waiting' : 'lapsed',
  };
  if (existing) replaceWithReported(db, ticket);
  else insertQueueTicket(db, ticket);
  return { kind: 'accepted', ticket };
}
