// The free places of a slot, on the kiosk and at the centre: a full slot is refused, the last
// place is given once, a cancellation frees a place, two bookings racing for the last place get
// one booking and one refusal, and booking while the centre is away takes places from the
// cached slots the same way.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentOffer, BookingDraft } from '../../../contract/index.js';
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

function slotOf(offer: AppointmentOffer, service: string, index = 0) {
  if (offer.kind !== 'open') throw new Error(`no offer: ${offer.reason}`);
  const slot = offer.services.find((s) => s.code === service)?.slots[index];
  if (!slot) throw new Error(`no slot ${index} of ${service}`);
  return slot;
}

const freeOf = async (h: AppointmentHarness, service: string, slotId: string) => {
  const offer = await h.service.getOffer();
  if (offer.kind !== 'open') return undefined;
  return offer.services.find((s) => s.code === service)?.slots.find((s) => s.slotId === slotId)
    ?.free;
};

describe('slot capacity', () => {
  it('gives the last place once, refuses a full slot, and frees a place on cancellation', async () => {
    const h = (harness = await startAppointmentHarness());
    const slot = slotOf(await h.service.getOffer(), 'health-check');
    expect(slot).toMatchObject({ capacity: 2, free: 2 });
    const first = await h.service.book(draft(slot.slotId));
    expect(first.booking.state).toBe('waiting');
    const last = await h.service.book(draft(slot.slotId));
    expect(first.booking.code).not.toBe(last.booking.code);
    await expect(h.service.book(draft(slot.slotId))).rejects.toThrow(/slot-full/);
    await h.worker.drainQueue();
    expect(await freeOf(h, 'health-check', slot.slotId)).toBe(0);
    // Full slots stay in the offer, shown as full.
    expect(slotOf(await h.service.getOffer(), 'health-check').free).toBe(0);

    await h.service.cancel(last.booking.code);
    await h.worker.drainQueue();
    expect(await h.centreStatus(last.booking.code)).toBe('cancelled');
    expect(await freeOf(h, 'health-check', slot.slotId)).toBe(1);
    expect((await h.service.book(draft(slot.slotId))).booking.state).toBe('waiting');
  });

  it('gives the last place to one of two bookings racing for it', async () => {
    const h = (harness = await startAppointmentHarness());
    const slot = slotOf(await h.service.getOffer(), 'legal-advice');
    expect(slot.capacity).toBe(1);
    const racing = await Promise.allSettled([
      h.service.book(draft(slot.slotId)),
      h.service.book(draft(slot.slotId)),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = racing.find((r) => r.status === 'rejected');
    expect(String((refused as PromiseRejectedResult).reason)).toMatch(/slot-full/);
    await h.worker.drainQueue();
    expect(await freeOf(h, 'legal-advice', slot.slotId)).toBe(0);
  });

  it('books from the cached slots while the centre is away, counting places the same way', async () => {
    const h = (harness = await startAppointmentHarness());
    const slot = slotOf(await h.service.getOffer(), 'legal-advice', 1);
    h.link.up = false;
    const offline = await h.service.getOffer();
    expect(offline.kind === 'open' && offline.cached).toBe(true);
    const made = await h.service.book(draft(slot.slotId));
    expect(made.booking.state).toBe('waiting');
    await expect(h.service.book(draft(slot.slotId))).rejects.toThrow(/slot-full/);
    expect(slotOf(await h.service.getOffer(), 'legal-advice', 1).free).toBe(0);
  });
});
