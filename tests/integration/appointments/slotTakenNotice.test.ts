// Staff handle the notice of a booking whose slot filled (they phoned the resident): through the
// kiosk's own dispatcher and staff queue service, a signed-in staff member marks it handled, so
// it leaves the queue and the oldest-waiting figure, with an audit line naming no phone; the
// booking stays slot-taken, so the resident still rebooks by code. Other kinds are refused, as
// is a caller without a session; cancel-entry refuses the appointment kinds (it would settle a
// booking's outbox entry as though it were a request, and the booking would be lost).
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingDraft } from '../../../contract/index.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { unsettledEntries } from '../../../db/repositories/staffQueueEntries.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { type AppointmentHarness, startAppointmentHarness } from './appointmentHarness.js';

let harness: AppointmentHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const phone = '13800138000';
const draft = (slotId: string): BookingDraft => ({
  slotId,
  contact: { kind: 'phone', phone },
  language: 'zh-CN',
});

async function signedInStaff(h: AppointmentHarness): Promise<string> {
  const added = await runStaffCommand(['add', 'wang.li', '王丽'], {
    db: h.kiosk.runtime.db,
    readPin: () => Promise.resolve('246810'),
    out: () => {},
    err: (line) => {
      throw new Error(line);
    },
    now: () => h.kiosk.clock.now,
    randomBytes,
  });
  expect(added).toBe(0);
  const signIn = await h.kiosk.call('staffSignIn', { pin: '246810' });
  if (signIn.outcome !== 'signed-in') throw new Error('not signed in');
  return signIn.session.token;
}

/** A booking made offline whose slot two residents at another kiosk took meanwhile. */
async function slotTakenBooking(h: AppointmentHarness): Promise<string> {
  const offer = await h.service.getOffer();
  if (offer.kind !== 'open') throw new Error('no offer');
  const slotId = offer.services.find((s) => s.code === 'health-check')?.slots[0]?.slotId ?? '';
  h.link.up = false;
  const { booking } = await h.service.book(draft(slotId));
  expect(await h.bookAtCentre(slotId, '0201-00001')).toBe(201);
  expect(await h.bookAtCentre(slotId, '0201-00002')).toBe(201);
  h.link.up = true;
  h.later(60_000);
  expect(await h.worker.drainQueue()).toBe(1);
  expect((await h.service.find(booking.code)).state).toBe('slot-taken');
  return booking.code;
}

describe('the slot-taken notice, handled by staff', () => {
  it('leaves the queue with an audit line; the booking stays and is still rebooked by code', async () => {
    const h = (harness = await startAppointmentHarness());
    const code = await slotTakenBooking(h);
    const token = await signedInStaff(h);
    const before = await h.kiosk.call('getStaffQueue', { token });
    const notice = before.entries.find((e) => e.kind === 'appointment-slot-taken');
    if (!notice) throw new Error('no notice');
    expect(before.oldestAgeSeconds).not.toBeNull();

    await expect(
      h.kiosk.call('staffMarkHandled', {
        token: 'not-a-session-token-at-all',
        outboxId: notice.outboxId,
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await h.kiosk.call('staffMarkHandled', { token, outboxId: notice.outboxId })).toEqual({
      ticket: code,
      handled: true,
    });

    const after = await h.kiosk.call('getStaffQueue', { token });
    expect(after.entries).toEqual([]);
    expect(after.counts.held).toBe(0);
    expect(after.oldestAgeSeconds).toBeNull();
    const line = allAuditRows(h.kiosk.runtime.db).find((r) => r.action === 'queue-notice-handled');
    expect(line?.detail).toEqual({
      ticket: code,
      outboxId: notice.outboxId,
      kind: 'appointment-slot-taken',
    });
    expect(JSON.stringify(allAuditRows(h.kiosk.runtime.db))).not.toContain(phone);
    // Handled twice: it is settled, so there is nothing left to handle.
    await expect(
      h.kiosk.call('staffMarkHandled', { token, outboxId: notice.outboxId }),
    ).rejects.toMatchObject({ code: 'not-found' });

    const seen = await h.service.find(code);
    expect(seen.state).toBe('slot-taken');
    const next = seen.nextFreeSlots[0]?.slotId ?? '';
    const moved = await h.service.rebook(code, next, 'zh-CN');
    expect(moved.booking).toMatchObject({ code, state: 'waiting' });
    expect(await h.worker.drainQueue()).toBe(1);
    expect((await h.service.find(code)).state).toBe('confirmed');
    expect(await h.centreStatus(code)).toBe('booked');
  });

  it('is refused for other kinds, and cancel-entry refuses the appointment kinds', async () => {
    const h = (harness = await startAppointmentHarness());
    const code = await slotTakenBooking(h);
    const token = await signedInStaff(h);
    const notice = unsettledEntries(h.kiosk.runtime.db).find((e) => e.ticket === code);
    if (!notice) throw new Error('no notice');
    await expect(
      h.kiosk.call('staffCancelEntry', { token, outboxId: notice.outboxId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'not-allowed', message: 'only-requests-cancel' });

    // A second booking left waiting while the centre is away: a booking entry, not a notice.
    h.link.up = false;
    const offer = await h.service.getOffer();
    if (offer.kind !== 'open') throw new Error('no offer');
    const slotId = offer.services.find((s) => s.code === 'home-visit')?.slots[0]?.slotId ?? '';
    const { booking } = await h.service.book(draft(slotId));
    const entry = unsettledEntries(h.kiosk.runtime.db).find((e) => e.kind === 'appointment');
    if (!entry) throw new Error('no booking entry');
    await expect(
      h.kiosk.call('staffMarkHandled', { token, outboxId: entry.outboxId }),
    ).rejects.toMatchObject({ code: 'not-allowed', message: 'only-notices-are-handled' });
    await expect(
      h.kiosk.call('staffCancelEntry', { token, outboxId: entry.outboxId, reason: 'other' }),
    ).rejects.toMatchObject({ code: 'not-allowed' });
    // Both still stand: neither refusal settled anything.
    expect(
      unsettledEntries(h.kiosk.runtime.db)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['appointment', 'appointment-slot-taken']);
    expect((await h.service.find(booking.code)).state).toBe('waiting');
  });
});
