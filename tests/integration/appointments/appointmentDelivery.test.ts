// Bookings through the outbox to the reference centre, exactly once (docs/exactly-once.md): a
// booking whose reply was lost to a timeout is looked up by its code on the retry and never
// booked twice; a booking made while the centre was away waits ("waiting for confirmation"),
// then is confirmed; one whose slot filled at the centre meanwhile is marked slot-taken, with
// the next free slots at look-up and a staff notice of its own kind, and moves in one tap; a
// cancellation made before the booking ever left costs no call at all.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingDraft } from '../../../contract/index.js';
import { readPrintJob } from '../../../db/repositories/printJobs.js';
import { unsettledEntries } from '../../../db/repositories/staffQueueEntries.js';
import { hashIdNumber } from '../../../electron/services/security/kioskKeys.js';
import { centreDatabaseFile } from '../../../centre/server/store/centreDatabase.js';
import { type AppointmentHarness, startAppointmentHarness } from './appointmentHarness.js';

let harness: AppointmentHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const draft = (slotId: string): BookingDraft => ({
  slotId,
  contact: { kind: 'phone', phone: '13800138000' },
  language: 'zh-CN',
});

async function firstSlot(h: AppointmentHarness, service: string): Promise<string> {
  const offer = await h.service.getOffer();
  if (offer.kind !== 'open') throw new Error('no offer');
  return offer.services.find((s) => s.code === service)?.slots[0]?.slotId ?? '';
}

const outboxRows = (h: AppointmentHarness) =>
  h.kiosk.runtime.db.prepare('SELECT kind, state, outcome FROM outbox ORDER BY id').all();

describe('bookings through the outbox', () => {
  it('are booked once when the reply is lost: the retry finds the booking by its code', async () => {
    const h = (harness = await startAppointmentHarness());
    const slotId = await firstSlot(h, 'health-check');
    const { booking } = await h.service.book(draft(slotId));
    h.link.loseNextBookingReply = true;
    expect(await h.worker.drainQueue()).toBe(0);
    expect(h.link.bookingPosts).toBe(1);
    expect(await h.centreStatus(booking.code)).toBe('booked');
    expect((await h.service.find(booking.code)).state).toBe('waiting');

    h.later(60_000);
    expect(await h.worker.drainQueue()).toBe(1);
    // Looked up, found, nothing posted again.
    expect(h.link.bookingPosts).toBe(1);
    expect((await h.service.find(booking.code)).state).toBe('confirmed');
    const offer = await h.service.getOffer();
    const free =
      offer.kind === 'open'
        ? offer.services.flatMap((s) => s.slots).find((s) => s.slotId === slotId)?.free
        : undefined;
    expect(free).toBe(1);
    expect(outboxRows(h)).toEqual([{ kind: 'appointment', state: 'sent', outcome: 'found' }]);
  });

  it('wait offline, then a slot filled meanwhile is shown plainly, told to staff, and rebooked', async () => {
    const h = (harness = await startAppointmentHarness());
    const slotId = await firstSlot(h, 'health-check');
    h.link.up = false;
    const { booking, receipt } = await h.service.book(draft(slotId));
    expect(booking.state).toBe('waiting');
    // The receipt went to the printer at once, recorded as a booking's, offline as online.
    expect(readPrintJob(h.kiosk.runtime.db, receipt.jobId)).toMatchObject({
      purpose: 'appointment',
      requestId: null,
    });
    expect(await h.worker.drainQueue()).toBe(0);

    // Two residents at another kiosk take both places while this one is offline.
    expect(await h.bookAtCentre(slotId, '0201-00001')).toBe(201);
    expect(await h.bookAtCentre(slotId, '0201-00002')).toBe(201);
    h.link.up = true;
    h.later(60_000);
    expect(await h.worker.drainQueue()).toBe(1);

    const seen = await h.service.find(booking.code);
    expect(seen.state).toBe('slot-taken');
    expect(seen.nextFreeSlots.length).toBeGreaterThan(0);
    expect(seen.nextFreeSlots.every((slot) => slot.free > 0 && slot.slotId !== slotId)).toBe(true);
    const staff = unsettledEntries(h.kiosk.runtime.db);
    expect(staff).toMatchObject([
      { kind: 'appointment-slot-taken', ticket: booking.code, state: 'held' },
    ]);
    expect(staff[0]?.heldReason).toContain('call the resident');
    expect(await h.centreStatus(booking.code)).toBeNull();

    const next = seen.nextFreeSlots[0]?.slotId ?? '';
    const moved = await h.service.rebook(booking.code, next, 'zh-CN');
    expect(moved.booking).toMatchObject({ code: booking.code, state: 'waiting' });
    expect(unsettledEntries(h.kiosk.runtime.db).map((e) => e.kind)).toEqual(['appointment']);
    expect(await h.worker.drainQueue()).toBe(1);
    expect((await h.service.find(booking.code)).state).toBe('confirmed');
    expect(await h.centreStatus(booking.code)).toBe('booked');
  });

  it('cancel offline: a booking that never left costs no call; a confirmed one is cancelled once', async () => {
    const h = (harness = await startAppointmentHarness());
    const slotId = await firstSlot(h, 'home-visit');
    h.link.up = false;
    const never = (await h.service.book(draft(slotId))).booking;
    expect(await h.service.cancel(never.code)).toMatchObject({
      state: 'cancelled',
      cancelPending: false,
    });

    h.link.up = true;
    const kept = (await h.service.book(draft(slotId))).booking;
    expect(await h.worker.drainQueue()).toBe(1);
    expect(h.link.bookingPosts).toBe(1);
    h.link.up = false;
    expect(await h.service.cancel(kept.code)).toMatchObject({
      state: 'cancelled',
      cancelPending: true,
    });
    h.link.up = true;
    expect(await h.worker.drainQueue()).toBe(1);
    expect(await h.centreStatus(kept.code)).toBe('cancelled');
    expect(await h.centreStatus(never.code)).toBeNull();
    expect((await h.service.find(kept.code)).cancelPending).toBe(false);
    expect(unsettledEntries(h.kiosk.runtime.db)).toEqual([]);
  });
});

describe('a booking with the ID card', () => {
  it('keeps and sends only the keyed hash of the ID number, never the number or the name', async () => {
    const h = (harness = await startAppointmentHarness());
    const idNumber = '110101194003071234';
    const idHash = hashIdNumber(h.kiosk.runtime.keys, idNumber);
    const cardToken = h.cards.remember({
      name: '王秀英',
      maskedIdNumber: '110101********1234',
      idHash,
      gridId: null,
      address: '幸福里小区6号楼',
      kind: 'resident',
    });
    const slotId = await firstSlot(h, 'legal-advice');
    const { booking } = await h.service.book({
      slotId,
      contact: { kind: 'card', cardToken },
      language: 'zh-CN',
    });
    expect(await h.worker.drainQueue()).toBe(1);
    expect(await h.centreStatus(booking.code)).toBe('booked');
    const stored = JSON.stringify(
      h.kiosk.runtime.db.prepare('SELECT * FROM appointment_bookings').all(),
    );
    const centreDb = new BetterSqlite3(join(h.centre.dataDir, centreDatabaseFile), {
      readonly: true,
    });
    const atCentre = JSON.stringify(centreDb.prepare('SELECT * FROM appointment_bookings').all());
    centreDb.close();
    for (const bytes of [stored, atCentre]) {
      expect(bytes).toContain(idHash);
      expect(bytes).not.toContain(idNumber);
      expect(bytes).not.toContain('王秀英');
      expect(bytes).not.toContain('幸福里小区6号楼');
    }
    // A card forgotten with the visit (or never read) books nothing.
    const other = await firstSlot(h, 'health-check');
    const forgotten = { kind: 'card' as const, cardToken: 'forgotten' };
    await expect(
      h.service.book({ slotId: other, contact: forgotten, language: 'en' }),
    ).rejects.toThrow(/card-not-read/);
  });
});
