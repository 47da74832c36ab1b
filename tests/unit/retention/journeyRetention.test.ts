// The journeys' rows in the retention sweep: bookings and queue numbers of days past the window,
// cached slots of past days, and ballots of rounds closed longer ago than the window (by the
// cached round's close, a ballot's own kept close, or, for ballots stored before migration 0022,
// their day) go, with their settled outbox entries; recent ones, ballots of a round still open (or recently closed),
// and anything a waiting, held or dead entry refers to stay, whatever its age.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import { insertBooking, readBooking } from '../../../db/repositories/appointmentBookings.js';
import { enqueue, getEntry, hold, markDead, markSent } from '../../../db/repositories/outbox.js';
import { insertQueueNumber, readQueueNumber } from '../../../db/repositories/queueNumbers.js';
import { insertBallot, readBallot, saveRound } from '../../../db/repositories/votes.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { createRetentionSweep } from '../../../electron/services/retention/retentionSweep.js';
import { appointmentCancelKind } from '../../../electron/services/upload/senders/appointmentCancelSender.js';
import { appointmentKind } from '../../../electron/services/upload/senders/appointmentSender.js';
import { ballotKind } from '../../../electron/services/upload/senders/ballotSender.js';
import { queueNumberKind } from '../../../electron/services/upload/senders/ticketSender.js';

// Seven-day window: the cutoff is 2026-11-21T01:30Z.
const now = new Date('2026-11-28T01:30:00Z');
const oldDay = '2026-11-10';
const recentDay = '2026-11-25';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-journey-retention-'));
  db = openDatabase(join(dir, 'kiosk.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sweep = () =>
  createRetentionSweep({
    db,
    retentionDays: 7,
    now: () => now,
    logger: createMemoryLogger(),
  }).sweep();

type EntryState = 'sent' | 'waiting' | 'held' | 'dead';
let keys = 0;
/** An outbox entry of `kind` about `subject`, left in `state`; its id. */
function entry(kind: string, subject: string, state: EntryState): number {
  keys += 1;
  const at = '2026-11-09T08:00:00.000Z';
  const { id } = enqueue(db, {
    kind,
    subjectId: subject,
    idempotencyKey: `key-${keys}`,
    priority: 2,
    now: at,
  });
  if (state === 'sent') markSent(db, id, { upstreamId: subject, outcome: 'answered', now: at });
  if (state === 'held') hold(db, id, 'centre-unknown', '2026-11-29T00:00:00.000Z');
  if (state === 'dead') markDead(db, id, 'refused', at);
  return id;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function booking(code: string, date: string): void {
  insertBooking(db, {
    code,
    slotId: `slot-${date}`,
    serviceCode: 'haircut',
    serviceName: { 'zh-CN': '理发', 'zh-TW': '理髮', en: 'Haircut' },
    homeVisit: false,
    date,
    start: '09:00',
    end: '09:30',
    contact: { kind: 'phone', phoneSealed: Buffer.from('sealed-phone') },
    language: 'zh-CN',
    now: '2026-11-09T08:00:00.000Z',
  });
}

function slot(slotId: string, date: string): void {
  db.prepare(
    `INSERT INTO appointment_slots (slot_id, service_code, date, start_time, end_time, capacity,
       free) VALUES (?, 'haircut', ?, '09:00', '09:30', 4, 4)`,
  ).run(slotId, date);
}

/** A ballot; `closesAt` null is one stored before migration 0022 kept the round's close. */
function ballot(
  n: number,
  roundId: string,
  castOn: string,
  closesAt: string | null = null,
): string {
  const ballotId = uuid(n);
  insertBallot(db, {
    ballotId,
    roundId,
    voterToken: 'a'.repeat(63) + String(n % 10),
    castOn,
    choices: ['p1'],
    closesAt,
  });
  return ballotId;
}

function cacheRound(roundId: string, closesAt: string): void {
  const text = { 'zh-CN': '微实事', 'zh-TW': '微實事', en: 'Micro projects' };
  const proposal = { id: 'p1', title: text, description: null, costYuan: 100, picture: null };
  const round = { roundId, title: text, closesAt, maxChoices: 1, proposals: [proposal] };
  saveRound(db, roundId, { round, picturePaths: {} }, new Date('2026-11-01T00:00:00Z'));
}

function queueNumber(n: number, serviceDay: string, source: 'centre' | 'kiosk'): string {
  const clientKey = uuid(n);
  insertQueueNumber(db, {
    clientKey,
    serviceCode: 'pension',
    serviceDay,
    number: `A${String(n).padStart(2, '0')}`,
    priority: false,
    source,
    kioskId: '0001',
    sequence: source === 'kiosk' ? n : null,
    issuedAt: `${serviceDay}T08:00:00.000Z`,
    waitingAhead: 0,
    estimated: source === 'kiosk',
    atCentre: source === 'centre',
  });
  return clientKey;
}

const count = (table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the retention sweep on the journeys', () => {
  it('deletes old settled bookings and past slots, keeps recent and unsettled ones', () => {
    booking('0001-00001', oldDay);
    const delivered = entry(appointmentKind, '0001-00001', 'sent');
    booking('0001-00002', oldDay);
    const bookedThenCancelling = entry(appointmentKind, '0001-00002', 'sent');
    entry(appointmentCancelKind, '0001-00002', 'waiting');
    booking('0001-00003', oldDay);
    entry(appointmentKind, '0001-00003', 'held');
    booking('0001-00004', oldDay);
    entry(appointmentKind, '0001-00004', 'dead');
    booking('0001-00005', recentDay);
    const recent = entry(appointmentKind, '0001-00005', 'sent');
    slot('old-slot', oldDay);
    slot('recent-slot', '2026-11-22');

    expect(sweep()).toMatchObject({ appointmentBookings: 1, appointmentSlots: 1 });
    expect(readBooking(db, '0001-00001')).toBeUndefined();
    expect(getEntry(db, delivered)).toBeUndefined();
    for (const kept of ['0001-00002', '0001-00003', '0001-00004', '0001-00005'])
      expect(readBooking(db, kept)?.code).toBe(kept);
    // Entries about a kept booking stay, settled or not.
    expect(getEntry(db, bookedThenCancelling)?.state).toBe('sent');
    expect(getEntry(db, recent)?.state).toBe('sent');
    expect(count('outbox')).toBe(5);
    expect(db.prepare('SELECT slot_id FROM appointment_slots').pluck().all()).toEqual([
      'recent-slot',
    ]);
  });

  it('keeps voter tokens while their round is open or closed within the window', () => {
    cacheRound('round-open', '2026-11-22T00:00:00.000Z');
    const open = ballot(1, 'round-open', oldDay);
    entry(ballotKind, open, 'sent');
    // A round no longer cached is not offered here: its old settled ballots go.
    const earlierRound = ballot(2, 'round-earlier', '2026-11-01');
    const earlierEntry = entry(ballotKind, earlierRound, 'sent');
    const earlierHeld = ballot(3, 'round-earlier', '2026-11-01');
    entry(ballotKind, earlierHeld, 'held');
    const earlierRecent = ballot(4, 'round-earlier', recentDay);
    entry(ballotKind, earlierRecent, 'sent');

    expect(sweep()).toMatchObject({ voteBallots: 1 });
    expect(readBallot(db, open)?.roundId).toBe('round-open');
    expect(readBallot(db, earlierRound)).toBeUndefined();
    expect(getEntry(db, earlierEntry)).toBeUndefined();
    expect(readBallot(db, earlierHeld)?.voterToken).toHaveLength(64);
    expect(readBallot(db, earlierRecent)?.castOn).toBe(recentDay);
  });

  it('measures a ballot of a round no longer cached from the closing time it kept', () => {
    cacheRound('round-now', '2026-12-20T00:00:00.000Z');
    // Cast long ago, in a round still open though no longer cached: its token stays.
    const stillOpen = ballot(1, 'round-long', oldDay, '2026-12-05T00:00:00.000Z');
    entry(ballotKind, stillOpen, 'sent');
    const closedRecently = ballot(2, 'round-recent', oldDay, '2026-11-25T00:00:00.000Z');
    entry(ballotKind, closedRecently, 'sent');
    const closedLongAgo = ballot(3, 'round-over', '2026-11-05', '2026-11-15T00:00:00.000Z');
    const closedEntry = entry(ballotKind, closedLongAgo, 'sent');

    expect(sweep()).toMatchObject({ voteBallots: 1 });
    expect(readBallot(db, stillOpen)?.closesAt).toBe('2026-12-05T00:00:00.000Z');
    expect(readBallot(db, closedRecently)?.roundId).toBe('round-recent');
    expect(readBallot(db, closedLongAgo)).toBeUndefined();
    expect(getEntry(db, closedEntry)).toBeUndefined();
  });

  it('deletes the ballots of a round closed longer ago than the window, unless unsettled', () => {
    cacheRound('round-closed', '2026-11-20T00:00:00.000Z');
    const counted = ballot(1, 'round-closed', '2026-11-19');
    entry(ballotKind, counted, 'sent');
    const waiting = ballot(2, 'round-closed', '2026-11-19');
    entry(ballotKind, waiting, 'waiting');
    const refused = ballot(3, 'round-closed', '2026-11-19');
    const refusedEntry = entry(ballotKind, refused, 'dead');

    expect(sweep()).toMatchObject({ voteBallots: 1 });
    expect(readBallot(db, counted)).toBeUndefined();
    expect(readBallot(db, waiting)?.choices).toEqual(['p1']);
    expect(readBallot(db, refused)?.roundId).toBe('round-closed');
    expect(getEntry(db, refusedEntry)?.state).toBe('dead');
  });

  it('deletes queue numbers of days past the window once nothing is left to send', () => {
    const centreIssued = queueNumber(1, oldDay, 'centre');
    const reported = queueNumber(2, oldDay, 'kiosk');
    const reportedEntry = entry(queueNumberKind, reported, 'sent');
    const unreported = queueNumber(3, oldDay, 'kiosk');
    const unreportedEntry = entry(queueNumberKind, unreported, 'waiting');
    const recent = queueNumber(4, recentDay, 'kiosk');
    entry(queueNumberKind, recent, 'sent');

    expect(sweep()).toMatchObject({ queueNumbers: 2 });
    expect(readQueueNumber(db, centreIssued)).toBeUndefined();
    expect(readQueueNumber(db, reported)).toBeUndefined();
    expect(getEntry(db, reportedEntry)).toBeUndefined();
    expect(readQueueNumber(db, unreported)?.number).toBe('A03');
    expect(getEntry(db, unreportedEntry)?.state).toBe('waiting');
    expect(readQueueNumber(db, recent)?.serviceDay).toBe(recentDay);
  });
});
