// The reference centre's appointments extension over plain HTTP: the services and their slots
// with the free places, the last place taken and the next booking refused as slot_full, a
// cancellation freeing a place, two bookings racing for the last place (one wins), a retried
// POST replayed rather than booked twice, a look-up by booking code, and "today" taken in the
// centre's CENTRE_TIME_ZONE. Strict mode has none of it.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestCentre, startTestCentre, testApiKey } from './support/testCentre.js';

let centre: TestCentre | undefined;
afterEach(async () => {
  await centre?.close();
  centre = undefined;
});

// A Tuesday morning in the centre's time zone (legal advice runs on Tuesdays).
const now = () => new Date('2026-12-01T01:00:00.000Z');
const auth = { api_key: testApiKey };

interface ListedSlot {
  slot_id: string;
  date: string;
  capacity: number;
  free: number;
}
interface ListedService {
  service_code: string;
  home_visit: boolean;
  slots: ListedSlot[];
}

async function listed(): Promise<ListedService[]> {
  const reply = await centre?.call('GET', '/x/appointments/slots.json', { query: auth });
  expect(reply?.status).toBe(200);
  return reply?.json as ListedService[];
}

async function freeIn(slotId: string): Promise<number | undefined> {
  const services = await listed();
  return services.flatMap((s) => s.slots).find((slot) => slot.slot_id === slotId)?.free;
}

const book = (slotId: string, code: string, key = randomUUID()) =>
  centre?.call('POST', '/x/appointments.json', {
    form: new URLSearchParams({
      ...auth,
      booking_code: code,
      slot_id: slotId,
      contact_kind: 'phone',
      phone: '13800138000',
      kiosk_id: 'A01',
    }),
    headers: { 'Idempotency-Key': key },
  });

describe('the appointments extension', () => {
  it('lists services with slots, books the last place and refuses the next as slot_full', async () => {
    centre = await startTestCentre({ now });
    const services = await listed();
    expect(services.map((s) => s.service_code)).toEqual([
      'home-visit',
      'legal-advice',
      'health-check',
    ]);
    expect(services.find((s) => s.service_code === 'home-visit')?.home_visit).toBe(true);
    const health = services.find((s) => s.service_code === 'health-check');
    expect(health?.slots[0]).toMatchObject({ date: '2026-12-01', capacity: 2, free: 2 });
    const slotId = health?.slots[0]?.slot_id ?? '';

    expect((await book(slotId, '0101-00001'))?.status).toBe(201);
    expect(await freeIn(slotId)).toBe(1);
    const last = await book(slotId, '0101-00002');
    expect(last?.status).toBe(201);
    expect(last?.json).toEqual([
      {
        booking_code: '0101-00002',
        slot_id: slotId,
        service_code: 'health-check',
        status: 'booked',
      },
    ]);
    expect(await freeIn(slotId)).toBe(0);
    const refused = await book(slotId, '0101-00003');
    expect(refused?.status).toBe(409);
    expect((refused?.json as { code: string }[])[0]?.code).toBe('slot_full');
    // Still listed, as full: the kiosk shows a full slot as full, never hides it.
    expect(await freeIn(slotId)).toBe(0);

    const found = await centre.call('GET', '/x/appointments/0101-00002.json', { query: auth });
    // The look-up adds the slot's day and times (for a kiosk that never saw the booking) and
    // nothing of the contact it was booked with.
    expect(found.json).toEqual([
      {
        booking_code: '0101-00002',
        slot_id: slotId,
        service_code: 'health-check',
        status: 'booked',
        date: '2026-12-01',
        start: '08:30',
        end: '09:30',
      },
    ]);
    const unknown = await centre.call('GET', '/x/appointments/0101-00003.json', { query: auth });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('appointment_not_found');
  });

  it('frees a place on cancellation, and a retried POST never books twice', async () => {
    centre = await startTestCentre({ now });
    const slotId = (await listed()).find((s) => s.service_code === 'legal-advice')?.slots[0]
      ?.slot_id;
    expect(slotId).toMatch(/^legal-advice_2026-12-01_/);
    const key = randomUUID();
    expect((await book(slotId ?? '', '0101-00010', key))?.status).toBe(201);
    const retried = await book(slotId ?? '', '0101-00010', key);
    expect(retried?.status).toBe(201);
    expect(retried?.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await freeIn(slotId ?? '')).toBe(0);
    const sameCode = await book(slotId ?? '', '0101-00010');
    expect(sameCode?.status).toBe(409);
    expect(sameCode?.text).toContain('appointment_exists');

    const cancelKey = randomUUID();
    const cancel = () =>
      centre?.call('POST', '/x/appointments/0101-00010/cancellation.json', {
        form: new URLSearchParams(auth),
        headers: { 'Idempotency-Key': cancelKey },
      });
    expect((await cancel())?.status).toBe(200);
    expect((await cancel())?.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await freeIn(slotId ?? '')).toBe(1);
    const looked = await centre.call('GET', '/x/appointments/0101-00010.json', { query: auth });
    expect((looked.json as { status: string }[])[0]?.status).toBe('cancelled');
    expect((await book(slotId ?? '', '0101-00011'))?.status).toBe(201);
  });

  it('gives the last place to one of two racing bookings and slot_full to the other', async () => {
    centre = await startTestCentre({ now, processingDelayMs: 30 });
    const slotId =
      (await listed()).find((s) => s.service_code === 'legal-advice')?.slots[1]?.slot_id ?? '';
    const replies = await Promise.all([book(slotId, '0101-00020'), book(slotId, '0201-00020')]);
    expect(replies.map((reply) => reply?.status).sort()).toEqual([201, 409]);
    expect(replies.some((reply) => reply?.text.includes('slot_full'))).toBe(true);
    expect(await freeIn(slotId)).toBe(0);
  });

  it('refuses a slot the service does not run and a form with fields it does not need', async () => {
    centre = await startTestCentre({ now });
    const gone = await book('health-check_2026-11-30_0830', '0101-00030');
    expect(gone?.status).toBe(404);
    expect(gone?.text).toContain('slot_not_found');
    const withName = await centre.call('POST', '/x/appointments.json', {
      form: new URLSearchParams({
        ...auth,
        booking_code: '0101-00031',
        slot_id: 'health-check_2026-12-01_0830',
        contact_kind: 'phone',
        phone: '13800138000',
        first_name: '王',
      }),
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(withName.status).toBe(400);
    expect(withName.text).toContain('Unknown field');
  });

  it("lists from the centre's own day in its CENTRE_TIME_ZONE", async () => {
    // 01:00 UTC on 1 December is still 30 November in Los Angeles: that centre's first listed
    // day is the 30th, and a booking of the 30th's slot is taken, not refused as past.
    centre = await startTestCentre({ now, timeZone: 'America/Los_Angeles' });
    const health = (await listed()).find((s) => s.service_code === 'health-check');
    expect(health?.slots[0]).toMatchObject({ date: '2026-11-30' });
    expect((await book('health-check_2026-11-30_0830', '0101-00040'))?.status).toBe(201);
  });

  it('does not exist in strict mode', async () => {
    centre = await startTestCentre({ strict: true });
    const list = await centre.call('GET', '/x/appointments/slots.json', { query: auth });
    expect(list.status).toBe(404);
  });
});
