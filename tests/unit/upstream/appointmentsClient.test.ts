// The kiosk's appointments client reads what a centre sends tolerantly and sends strictly: a
// service with a plain-string name and unknown fields is read, a broken slot costs that slot
// only and a broken service that service; a 404 without the extension's own codes means "no
// extension", a 409 slot_full is the typed answer `slot-full`; a booking with an invalid phone
// never leaves the kiosk, and a card booking sends the ID hash, never a phone.
import { describe, expect, it } from 'vitest';
import {
  bookingForm,
  createAppointmentsClient,
} from '../../../upstream/client/appointmentsClient.js';

const key = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

function clientAnswering(status: number, body: unknown, seen: string[] = []) {
  return createAppointmentsClient({
    baseUrl: 'http://centre.test/open311/v2/',
    apiKey: 'kiosk-key',
    timeoutMs: 5_000,
    fetch: (input, init) => {
      seen.push(`${init?.method ?? 'GET'} ${String(input)} ${String(init?.body ?? '')}`);
      return Promise.resolve(Response.json(body, { status }));
    },
  });
}

describe('the appointments client', () => {
  it('reads services and slots tolerantly, skipping only what it cannot read', async () => {
    const client = clientAnswering(200, [
      {
        service_code: 'home-visit',
        name: '上门探访',
        home_visit: 'true',
        colour: 'green',
        slots: [
          { slot_id: 's1', date: '2026-12-01', start: '9:00', end: '11:00', capacity: 2, free: 5 },
          { slot_id: 's2', date: 'soon', start: '14:00', end: '16:00', capacity: 2, free: 1 },
        ],
      },
      { name: { 'zh-CN': '没有代码' }, slots: [] },
    ]);
    const result = await client.getSlots();
    expect(result).toEqual({
      kind: 'listed',
      skipped: 2,
      services: [
        {
          code: 'home-visit',
          name: { 'zh-CN': '上门探访' },
          description: null,
          homeVisit: true,
          slots: [
            {
              slotId: 's1',
              date: '2026-12-01',
              start: '09:00',
              end: '11:00',
              capacity: 2,
              free: 2,
            },
          ],
        },
      ],
    });
  });

  it('tells a missing extension from its own refusals', async () => {
    const plain = clientAnswering(404, [{ code: 404, description: 'Not found' }]);
    expect(await plain.getSlots()).toEqual({ kind: 'unsupported' });
    const full = clientAnswering(409, [{ code: 'slot_full', description: 'full' }]);
    const booking = {
      bookingCode: '0101-48291',
      slotId: 's1',
      contact: { kind: 'phone' as const, phone: '13800138000' },
      kioskId: 'A01',
    };
    expect(await full.book(booking, key)).toEqual({ kind: 'slot-full' });
    const unknown = clientAnswering(404, [{ code: 'appointment_not_found', description: 'no' }]);
    expect(await unknown.findBooking('0101-48291')).toEqual({ kind: 'absent' });
  });

  it('reads a held booking tolerantly and never copies the contact a centre sends', async () => {
    const centre = clientAnswering(200, [
      {
        booking_code: '0101-48291',
        slot_id: 'health-check_2026-12-01_0830',
        service_code: 'health-check',
        status: 'cancelled',
        date: '2026-12-01T00:00:00+08:00',
        start: '8:30',
        end: 'soon',
        phone: '13800138000',
        id_hash: 'b'.repeat(64),
      },
    ]);
    const found = await centre.findBooking('0101-48291');
    expect(found).toEqual({
      kind: 'found',
      status: 'cancelled',
      held: {
        slotId: 'health-check_2026-12-01_0830',
        serviceCode: 'health-check',
        date: '2026-12-01',
        start: '08:30',
        end: null,
      },
    });
    expect(JSON.stringify(found)).not.toMatch(/13800138000|bbbb/);
  });

  it('sends only what the booking needs, and refuses an invalid one locally', async () => {
    const seen: string[] = [];
    const client = clientAnswering(201, [{ booking_code: '0101-48291', status: 'booked' }], seen);
    const idHash = 'a'.repeat(64);
    const card = {
      bookingCode: '0101-48291',
      slotId: 's1',
      contact: { kind: 'id-card' as const, idHash },
      kioskId: 'A01',
    };
    expect(await client.book(card, key)).toEqual({ kind: 'booked' });
    expect(Object.fromEntries(bookingForm(card, 'kiosk-key'))).toEqual({
      api_key: 'kiosk-key',
      booking_code: '0101-48291',
      slot_id: 's1',
      contact_kind: 'id-card',
      id_hash: idHash,
      kiosk_id: 'A01',
    });
    const bad = { ...card, contact: { kind: 'phone' as const, phone: 'call me' } };
    await expect(client.book(bad, key)).rejects.toThrow(/contact/);
    expect(seen).toHaveLength(1);
  });
});
