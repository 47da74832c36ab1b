// A booking made at another kiosk of the same centre, looked up and cancelled at this one: two
// kiosk databases over one reference centre (kiosk B books, kiosk A is asked), the centre's 404
// as "not found", the centre away as the plain "cannot check now" (never "not found", nothing
// queued), no personal field of the centre's reply in the kiosk's answer, and the per-kiosk
// limit on look-ups by code.
import { afterEach, describe, expect, it } from 'vitest';
import { type BookingView, KioskError } from '../../../contract/index.js';
import { defaultCodeLookupLimits } from '../../../electron/services/appointments/bookingElsewhere.js';
import { testApiKey } from '../centre/support/testCentre.js';
import { type AppointmentHarness, startAppointmentHarness } from './appointmentHarness.js';

let harnesses: AppointmentHarness[] = [];
afterEach(async () => {
  // The kiosk sharing the centre first, then the one that owns it.
  for (const h of harnesses.reverse()) await h.stop();
  harnesses = [];
});

async function twoKiosks() {
  const b = await startAppointmentHarness('B02');
  harnesses.push(b);
  const a = await startAppointmentHarness('A01', b.centre);
  harnesses.push(a);
  return { a, b };
}

async function bookedAtB(b: AppointmentHarness): Promise<BookingView> {
  const offer = await b.service.getOffer();
  if (offer.kind !== 'open') throw new Error(`no offer: ${offer.reason}`);
  const slot = offer.services.find((s) => s.code === 'health-check')?.slots[0];
  if (!slot) throw new Error('no health-check slot');
  const made = await b.service.book({
    slotId: slot.slotId,
    contact: { kind: 'phone', phone: '13800138000' },
    language: 'zh-CN',
  });
  expect(await b.worker.drainQueue()).toBe(1);
  return made.booking;
}

async function refusal(promise: Promise<unknown>): Promise<KioskError> {
  const thrown: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof KioskError)) throw new Error(`expected a KioskError: ${String(thrown)}`);
  return thrown;
}

const queued = (h: AppointmentHarness) =>
  h.kiosk.runtime.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };

describe('a booking made at another kiosk of the same centre', () => {
  it('is looked up and cancelled at this kiosk through the centre, nothing personal shown', async () => {
    const { a, b } = await twoKiosks();
    const booking = await bookedAtB(b);
    const before = queued(a).n;

    const found = await a.service.find(booking.code);
    expect(found).toEqual({
      code: booking.code,
      serviceName: booking.serviceName,
      homeVisit: false,
      date: booking.date,
      start: booking.start,
      end: booking.end,
      state: 'confirmed',
      cancelPending: false,
      nextFreeSlots: [],
    });
    const reply = JSON.stringify(found);
    expect(reply).not.toContain('13800138000');
    expect(reply).not.toMatch(/phone|id_?hash|contact|kiosk_id/i);

    const cancelled = await a.service.cancel(booking.code);
    expect(cancelled).toMatchObject({
      code: booking.code,
      state: 'cancelled',
      cancelPending: false,
    });
    expect(await b.centreStatus(booking.code)).toBe('cancelled');
    // Cancelling again is the centre's idempotent cancel, still answered "cancelled".
    expect((await a.service.cancel(booking.code)).state).toBe('cancelled');
    expect((await a.service.find(booking.code)).state).toBe('cancelled');
    // Nothing of it was queued or stored at kiosk A.
    expect(queued(a).n).toBe(before);
    const stored = a.kiosk.runtime.db
      .prepare('SELECT count(*) AS n FROM appointment_bookings')
      .get() as { n: number };
    expect(stored.n).toBe(0);
  });

  it('reads a booking made through the centre directly, without the contact it was booked with', async () => {
    const { a } = await twoKiosks();
    const offer = await a.service.getOffer();
    const slotId = offer.kind === 'open' ? offer.services[0]?.slots[0]?.slotId : undefined;
    if (!slotId) throw new Error('no slot');
    expect(await a.bookAtCentre(slotId, '0399-12345')).toBe(201);
    const atCentre = await a.centre.call('GET', '/x/appointments/0399-12345.json', {
      query: { api_key: testApiKey },
    });
    expect(JSON.stringify(atCentre.json)).not.toContain('13900139000');
    const found = await a.service.find('0399-12345');
    expect(found.state).toBe('confirmed');
    expect(JSON.stringify(found)).not.toContain('13900139000');
  });

  it('says "not found" when the centre has no such code', async () => {
    const { a } = await twoKiosks();
    const lookUp = await refusal(a.service.find('0399-00000'));
    expect([lookUp.code, lookUp.message]).toEqual(['not-found', 'booking-not-found']);
    const cancel = await refusal(a.service.cancel('0399-00000'));
    expect([cancel.code, cancel.message]).toEqual(['not-found', 'booking-not-found']);
  });

  it('with the centre away says plainly it cannot check now, not "not found", and queues nothing', async () => {
    const { a, b } = await twoKiosks();
    const booking = await bookedAtB(b);
    const before = queued(a).n;
    a.link.up = false;
    const lookUp = await refusal(a.service.find(booking.code));
    expect([lookUp.code, lookUp.message]).toEqual(['unavailable', 'booking-elsewhere-unreachable']);
    const cancel = await refusal(a.service.cancel(booking.code));
    expect([cancel.code, cancel.message]).toEqual(['unavailable', 'booking-elsewhere-unreachable']);
    expect(queued(a).n).toBe(before);
    expect(await b.centreStatus(booking.code)).toBe('booked');
  });

  it('slows a stranger trying many codes, and lets the resident try again later', async () => {
    const { a } = await twoKiosks();
    const [first] = defaultCodeLookupLimits;
    if (!first) throw new Error('no limit');
    for (let tries = 0; tries < first.max; tries += 1) {
      const miss = await refusal(a.service.find(`0399-${String(10000 + tries)}`));
      expect(miss.code).toBe('not-found');
    }
    const stopped = await refusal(a.service.find('0399-20000'));
    expect([stopped.code, stopped.message]).toEqual(['not-allowed', 'too-many-lookups']);
    const cancelStopped = await refusal(a.service.cancel('0399-20000'));
    expect(cancelStopped.message).toBe('too-many-lookups');
    a.later(first.windowMs + 1);
    expect((await refusal(a.service.find('0399-20001'))).code).toBe('not-found');
  });
});
