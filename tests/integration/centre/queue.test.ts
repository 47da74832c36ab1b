// The reference centre's queue extension over plain HTTP: the window services with how many wait,
// a number under a client key (the same number for a retried press, under a new
// Idempotency-Key too), the look-up by that key, a number a kiosk issued offline accepted in its
// place, the window calling the next number, and none of it in strict (plain Open311) mode.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestCentre, startTestCentre, testApiKey } from './support/testCentre.js';

let centre: TestCentre | undefined;
afterEach(async () => {
  await centre?.close();
  centre = undefined;
});

const press = (path: string, fields: Record<string, string>) =>
  centre?.call('POST', path, {
    form: new URLSearchParams({ api_key: testApiKey, ...fields }),
    headers: { 'Idempotency-Key': randomUUID() },
  });

interface Ticket {
  number: string;
  waiting_ahead: number;
  window: string;
}
const first = (json: unknown) => (json as Ticket[])[0];

describe('the queue extension', () => {
  it('issues numbers once per press and counts who waits', async () => {
    centre = await startTestCentre();
    const clientKey = randomUUID();
    const one = await press('/x/queue/tickets.json', {
      client_key: clientKey,
      service_code: 'civil-affairs',
      kiosk_id: 'A01',
    });
    expect(one?.status).toBe(201);
    expect(first(one?.json)).toMatchObject({ number: 'B001', waiting_ahead: 0, window: '2' });
    const retried = await press('/x/queue/tickets.json', {
      client_key: clientKey,
      service_code: 'civil-affairs',
      kiosk_id: 'A01',
    });
    expect(retried?.status).toBe(200);
    expect(first(retried?.json)?.number).toBe('B001');

    const offline = await press('/x/queue/reported.json', {
      client_key: randomUUID(),
      service_code: 'civil-affairs',
      kiosk_id: 'B02',
      number: 'B01-B02',
      issued_datetime: new Date().toISOString(),
    });
    expect(offline?.status).toBe(201);
    expect(first(offline?.json)).toMatchObject({ number: 'B01-B02', waiting_ahead: 1 });

    const refused = await press('/x/queue/tickets.json', {
      client_key: randomUUID(),
      service_code: 'residence-papers',
      priority: 'true',
    });
    expect(refused?.text).toContain('queue_priority_not_allowed');
    const unknownField = await press('/x/queue/tickets.json', {
      client_key: randomUUID(),
      service_code: 'civil-affairs',
      name: 'x',
    });
    expect(unknownField?.status).toBe(400);

    const services = await centre.call('GET', '/x/queue/services.json', {
      query: { api_key: testApiKey },
    });
    const civil = (services.json as { service_code: string; waiting: number }[]).find(
      (s) => s.service_code === 'civil-affairs',
    );
    expect(civil?.waiting).toBe(2);

    const called = await press('/x/admin/queue/civil-affairs/next.json', {});
    expect(called?.json).toEqual({ service_code: 'civil-affairs', called: 'B001' });
    const found = await centre.call('GET', `/x/queue/tickets/${clientKey}.json`, {
      query: { api_key: testApiKey },
    });
    expect(found.status).toBe(200);
    const absent = await centre.call('GET', `/x/queue/tickets/${randomUUID()}.json`, {
      query: { api_key: testApiKey },
    });
    expect(absent.text).toContain('queue_ticket_not_found');
  });

  it('does not exist in strict mode', async () => {
    centre = await startTestCentre({ strict: true });
    const services = await centre.call('GET', '/x/queue/services.json', {
      query: { api_key: testApiKey },
    });
    expect(services.status).toBe(404);
  });
});
