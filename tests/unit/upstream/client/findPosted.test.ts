// findPosted against a platform that filters GET /requests.json by service and date window and
// cuts its replies at a page limit: found by the facts line, x_ticket or echoed attributes;
// absent only when every part of the window was listed in full; unsupported when the platform
// refuses the query (400, 404, 405, 501) or a full page cannot be narrowed any further.
import { afterEach, describe, expect, it } from 'vitest';
import { CentreError, createCentreClient } from '../../../../upstream/client/index.js';
import { formatFactsLine, w3cDateTimePattern } from '../../../../upstream/wire/index.js';
import { type LocalPlatform, sendJson, startLocalPlatform } from './support/localPlatform.js';

let platform: LocalPlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

const now = Date.parse('2026-11-28T02:00:00Z');
const lookup = {
  serviceCode: 'POT',
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  firstSentAt: '2026-11-28T01:30:00Z',
};

type Row = Record<string, unknown> & { requested_datetime: string; service_code: string };

const row = (id: number, at: string, extra: Record<string, unknown> = {}): Row => ({
  service_request_id: String(id),
  status: 'open',
  service_code: 'POT',
  requested_datetime: at,
  description: '路面有坑',
  ...extra,
});

/** Rows others sent: same service, spread over the window, none of them ours. */
const strangers = (count: number, fromMs: number, stepMs: number): Row[] =>
  Array.from({ length: count }, (_, i) =>
    row(1000 + i, new Date(fromMs + i * stepMs).toISOString(), {
      description: `别人的请求\n${formatFactsLine({ kioskId: 'B07', ticket: `B07-1128-${i}` })}`,
    }),
  );

async function platformHolding(rows: Row[], pageLimit = 1000) {
  platform = await startLocalPlatform((call, res) => {
    const q = call.url.searchParams;
    const from = Date.parse(q.get('start_date') ?? '');
    const to = Date.parse(q.get('end_date') ?? '');
    const listed = rows
      .filter((r) => r.service_code === q.get('service_code'))
      .filter((r) => {
        const at = Date.parse(r.requested_datetime);
        return at >= from && at <= to;
      })
      .sort((a, b) => Date.parse(b.requested_datetime) - Date.parse(a.requested_datetime))
      .slice(0, pageLimit);
    sendJson(res, 200, listed);
  });
  return createCentreClient({
    baseUrl: platform.url,
    apiKey: 'k',
    timeoutMs: 2_000,
    now: () => now,
    pageLimit,
  });
}

describe('findPosted', () => {
  it('asks for the service over firstSentAt − 10 min … now + 1 min, in W3C date-times, nothing else', async () => {
    const client = await platformHolding([]);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'absent' });
    const query = platform?.calls[0]?.url.searchParams;
    expect(Object.fromEntries(query ?? [])).toEqual({
      api_key: 'k',
      service_code: 'POT',
      start_date: '2026-11-28T01:20:00Z',
      end_date: '2026-11-28T02:01:00Z',
    });
    expect(query?.get('start_date')).toMatch(w3cDateTimePattern);
  });

  it('finds the request by ticket and look-up code in the description’s facts line', async () => {
    const ours = row(42, '2026-11-28T01:30:02Z', {
      description: `路面有坑\n${formatFactsLine({ kioskId: 'A03', ticket: lookup.ticket, lookupCode: lookup.lookupCode })}`,
    });
    const client = await platformHolding([...strangers(5, now - 600_000, 1000), ours]);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'found', id: '42' });
  });

  it('finds it by x_ticket, or by attributes the platform echoes back', async () => {
    const byTicket = await platformHolding([
      row(7, '2026-11-28T01:31:00Z', { x_ticket: lookup.ticket }),
    ]);
    expect(await byTicket.findPosted(lookup)).toEqual({ kind: 'found', id: '7' });
    await platform?.close();
    const byAttributes = await platformHolding([
      row(8, '2026-11-28T01:31:00Z', {
        attributes: [
          { code: 'ticket', value: lookup.ticket },
          { code: 'lookup_code', value: lookup.lookupCode },
        ],
      }),
    ]);
    expect(await byAttributes.findPosted(lookup)).toEqual({ kind: 'found', id: '8' });
  });

  it('does not take a record whose look-up code or service contradicts', async () => {
    const client = await platformHolding([
      row(9, '2026-11-28T01:31:00Z', {
        description: formatFactsLine({
          kioskId: 'A03',
          ticket: lookup.ticket,
          lookupCode: 'A03-20251128-0042',
        }),
      }),
      row(10, '2026-11-28T01:31:00Z', { x_ticket: lookup.ticket, service_code: 'BIN' }),
    ]);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'absent' });
  });

  it('narrows a full page instead of claiming absent, and finds the request in a half', async () => {
    const ours = row(42, '2026-11-28T01:30:05Z', { x_ticket: lookup.ticket });
    // 40 strangers across the window, newest first in each reply, pages of 10: the first reply
    // is full of newer requests and does not reach ours.
    const client = await platformHolding([...strangers(40, now - 40 * 60_000, 60_000), ours], 10);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'found', id: '42' });
    const spans = (platform?.calls ?? []).map(
      (c) =>
        Date.parse(c.url.searchParams.get('end_date') ?? '') -
        Date.parse(c.url.searchParams.get('start_date') ?? ''),
    );
    expect(spans.length).toBeGreaterThan(1);
    expect(spans[1]).toBeLessThan(spans[0] ?? 0);
  });

  it('claims absent only once every part of the window was listed below the limit', async () => {
    const client = await platformHolding(strangers(30, now - 30 * 60_000, 60_000), 10);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'absent' });
    const calls = platform?.calls ?? [];
    expect(calls.length).toBeGreaterThan(2);
  });

  it('gives up as unsupported when a window too short to split is still full', async () => {
    const crowd = strangers(20, Date.parse('2026-11-28T01:30:00Z'), 0);
    const client = await platformHolding(crowd, 10);
    expect(await client.findPosted(lookup)).toEqual({ kind: 'unsupported' });
  });

  it('is unsupported where the platform refuses the query', async () => {
    for (const [status, body] of [
      [400, [{ code: 'query_invalid', description: 'start_date is not supported' }]],
      [404, [{ code: 404, description: 'Not found' }]],
      [405, []],
      [501, [{ code: 501, description: 'Not implemented' }]],
    ] as const) {
      platform = await startLocalPlatform((_call, res) => sendJson(res, status, body));
      const client = createCentreClient({ baseUrl: platform.url, apiKey: 'k', timeoutMs: 2_000 });
      expect(await client.findPosted(lookup), String(status)).toEqual({ kind: 'unsupported' });
      await platform.close();
      platform = undefined;
    }
  });

  it('throws for other failures, so the worker retries or reports them', async () => {
    platform = await startLocalPlatform((_call, res) =>
      sendJson(res, 403, [{ code: 'api_key_invalid', description: 'wrong key' }]),
    );
    const client = createCentreClient({ baseUrl: platform.url, apiKey: 'k', timeoutMs: 2_000 });
    const error = await client.findPosted(lookup).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentreError);
    expect(error).toMatchObject({ kind: 'permanent', status: 403 });
  });
});
