// The kiosk's queue client reads what a platform sends tolerantly (a service it cannot read is
// skipped, a name as one string, counts left out are null, extra fields ignored), takes a 404
// without the extension's own codes as "unsupported", and sends only the fields of the form.
import { describe, expect, it } from 'vitest';
import { createQueueClient } from '../../../upstream/client/queueClient.js';

const clientAnswering = (reply: (url: string, body: string) => Response, sent: string[] = []) =>
  createQueueClient({
    baseUrl: 'http://centre.test/open311/v2/',
    apiKey: 'kiosk-key',
    timeoutMs: 5_000,
    fetch: (input, init) => {
      sent.push(String(init?.body ?? ''));
      return Promise.resolve(reply(String(input), String(init?.body ?? '')));
    },
  });

describe('the queue client', () => {
  it('reads the services tolerantly and skips the one it cannot read', async () => {
    const client = clientAnswering(() =>
      Response.json([
        {
          service_code: 'civil-affairs',
          name: '民政救助',
          prefix: 'B',
          window: 2,
          priority_allowed: 'true',
          minutes_per_resident: '8',
          waiting: 3,
          colour: 'blue',
        },
        { service_code: 'no-prefix', name: '无字母' },
        {
          service_code: 'papers',
          name: { 'zh-CN': '户籍证明', en: 'Papers' },
          prefix: 'C',
          window: '3',
          priority_allowed: 'maybe',
        },
      ]),
    );
    expect(await client.getServices()).toEqual({
      kind: 'listed',
      skipped: 1,
      services: [
        {
          code: 'civil-affairs',
          name: { 'zh-CN': '民政救助' },
          prefix: 'B',
          window: '2',
          priorityAllowed: true,
          minutesPerResident: 8,
          waiting: 3,
          waitingPriority: null,
          nowServing: null,
        },
        {
          code: 'papers',
          name: { 'zh-CN': '户籍证明', en: 'Papers' },
          prefix: 'C',
          window: '3',
          priorityAllowed: false,
          minutesPerResident: 5,
          waiting: null,
          waitingPriority: null,
          nowServing: null,
        },
      ],
    });
  });

  it('says "unsupported" for a platform without the extension, not for its own 404s', async () => {
    const plain = clientAnswering(() =>
      Response.json([{ code: 404, description: 'Not found' }], { status: 404 }),
    );
    expect(await plain.getServices()).toEqual({ kind: 'unsupported' });
    const extension = clientAnswering(() =>
      Response.json([{ code: 'queue_ticket_not_found', description: 'No number' }], {
        status: 404,
      }),
    );
    expect(await extension.findNumber('0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a')).toEqual({
      kind: 'absent',
    });
  });

  it('sends a press as the form fields only, and reads the number back', async () => {
    const sent: string[] = [];
    const client = clientAnswering(
      () => Response.json([{ client_key: 'k', number: 'B017', waiting_ahead: 4 }], { status: 201 }),
      sent,
    );
    const press = {
      clientKey: '0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a',
      serviceCode: 'civil-affairs',
      priority: false,
      kioskId: 'A03',
    };
    expect(await client.takeNumber(press, '1b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a')).toEqual({
      kind: 'issued',
      ticket: { number: 'B017', waitingAhead: 4, window: null },
    });
    expect([...new URLSearchParams(sent[0]).keys()]).toEqual([
      'api_key',
      'client_key',
      'service_code',
      'priority',
      'kiosk_id',
    ]);
    await expect(
      client.reportNumber(
        { ...press, number: 'B017', issuedAt: '2026-12-01T01:00:00.000Z' },
        '2b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a',
      ),
    ).rejects.toMatchObject({ kind: 'permanent', code: 'payload_invalid' });
  });
});
