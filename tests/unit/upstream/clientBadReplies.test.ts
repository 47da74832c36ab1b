// A reply that is not what the contract says — wrong types, missing fields, an HTML page,
// truncated JSON — makes every client call throw a retryable CentreError; it never comes back
// as data. Also: how statuses, Retry-After, network errors and timeouts are classified.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CentreError, type FetchLike, createCentreClient } from '../../../upstream/client/index.js';
import { demoCommunity } from '../../../db/seed/index.js';

const json = 'application/json; charset=utf-8';

function replying(status: number, body: string, headers: Record<string, string> = {}): FetchLike {
  return async () => new Response(status === 304 ? null : body, { status, headers });
}

function clientWith(fetch: FetchLike, timeoutMs = 1_000) {
  return createCentreClient({
    baseUrl: 'http://127.0.0.1:9/',
    apiKey: 'k',
    timeoutMs,
    fetch,
    now: () => Date.parse('2026-11-28T00:00:00Z'),
  });
}

const payload = {
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  kioskId: 'A03',
  serviceCode: 'pipe-leak',
  category: 'basic-living',
  urgency: 'normal',
  emergency: false,
  language: 'zh-CN',
  gridId: null,
  description: '',
  name: null,
  phone: null,
  address: '幸福里社区服务中心大厅',
  submittedAt: '2026-11-28T09:15:00+08:00',
} as const;

/** Every client call, each given the same fake centre. */
const calls: Record<string, (client: ReturnType<typeof clientWith>) => Promise<unknown>> = {
  postRequest: (client) => client.postRequest(payload, randomUUID()),
  resolveToken: (client) => client.resolveToken('t1'),
  getRequests: (client) => client.getRequests(['1']),
  postRating: (client) => client.postRating('1', { stars: 5, tags: [] }, randomUUID()),
  getDirectory: (client) => client.getDirectory(null),
  getServices: (client) => client.getServices(),
};

async function thrown(promise: Promise<unknown>): Promise<CentreError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if ('value' in outcome) throw new Error(`returned data: ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(CentreError);
  return outcome.error as CentreError;
}

const htmlPage = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
const badReplies: [string, FetchLike][] = [
  ['truncated JSON', replying(200, '[{"service_request_id":"1","serv', { 'Content-Type': json })],
  ['an HTML page with 200', replying(200, htmlPage, { 'Content-Type': 'text/html' })],
  ['an HTML error page with 502', replying(502, htmlPage, { 'Content-Type': 'text/html' })],
  ['an HTML page from a proxy with 403', replying(403, htmlPage, { 'Content-Type': 'text/html' })],
  ['an empty body', replying(200, '', { 'Content-Type': json })],
  ['JSON of the wrong shape', replying(200, '{"ok":true}', { 'Content-Type': json })],
  [
    'wrong types',
    replying(
      200,
      JSON.stringify([{ service_request_id: { id: 1 }, token: true, status: 7, stars: 'five' }]),
      { 'Content-Type': json },
    ),
  ],
  ['missing fields', replying(200, JSON.stringify([{}]), { 'Content-Type': json })],
  ['JSON served as text/plain', replying(200, '[]', { 'Content-Type': 'text/plain' })],
  ['a redirect', replying(302, '', { Location: 'http://elsewhere.invalid/' })],
];

describe('a bad reply is never data', () => {
  for (const [what, fetch] of badReplies) {
    for (const [name, call] of Object.entries(calls)) {
      it(`${name}: ${what} → retryable`, async () => {
        const error = await thrown(call(clientWith(fetch)));
        expect(error.kind).toBe('retryable');
      });
    }
  }

  it('a status record whose stage and status disagree is refused', async () => {
    const record = {
      service_request_id: '1',
      status: 'open',
      requested_datetime: '2026-11-28T01:00:00Z',
      x_stage: 'done',
    };
    const error = await thrown(
      clientWith(replying(200, JSON.stringify([record]), { 'Content-Type': json })).getRequests([
        '1',
      ]),
    );
    expect(error).toMatchObject({ kind: 'retryable', code: 'reply_invalid', status: 200 });
  });

  it('a directory that is not CommunityData is refused, a valid one accepted', async () => {
    const broken = { ...demoCommunity, grids: [] };
    const bad = clientWith(
      replying(200, JSON.stringify(broken), { 'Content-Type': json, ETag: '"a"' }),
    );
    expect((await thrown(bad.getDirectory(null))).kind).toBe('retryable');
    const good = clientWith(
      replying(200, JSON.stringify(demoCommunity), { 'Content-Type': json, ETag: '"a"' }),
    );
    expect(await good.getDirectory(null)).toMatchObject({ kind: 'changed', etag: '"a"' });
  });
});

describe('statuses and failures are classified for the upload worker', () => {
  it('5xx, 429, 408 are retryable and carry Retry-After in seconds or as an HTTP date', async () => {
    const error500 = await thrown(
      calls.postRequest?.(
        clientWith(
          replying(503, '[{"code":"down","description":"maintenance"}]', {
            'Retry-After': '120',
            'Content-Type': json,
          }),
        ),
      ) as Promise<unknown>,
    );
    expect(error500).toMatchObject({
      kind: 'retryable',
      status: 503,
      code: 'down',
      retryAfterMs: 120_000,
    });
    const error429 = await thrown(
      clientWith(
        replying(429, '', { 'Retry-After': 'Sat, 28 Nov 2026 00:00:30 GMT' }),
      ).getServices(),
    );
    expect(error429).toMatchObject({ kind: 'retryable', status: 429, retryAfterMs: 30_000 });
    const garbled = await thrown(
      clientWith(replying(429, '', { 'Retry-After': 'soon' })).getServices(),
    );
    expect(garbled.retryAfterMs).toBeNull();
    expect((await thrown(clientWith(replying(408, '')).getServices())).kind).toBe('retryable');
  });

  it('409 in flight is in-flight; a 409 with another centre code is permanent', async () => {
    const inFlight = await thrown(
      calls.postRequest?.(
        clientWith(
          replying(409, '[{"code":"idempotency_key_in_flight","description":"later"}]', {
            'Content-Type': json,
            'Retry-After': '2',
          }),
        ),
      ) as Promise<unknown>,
    );
    expect(inFlight).toMatchObject({ kind: 'in-flight', status: 409, retryAfterMs: 2000 });
    const bare = await thrown(
      calls.postRequest?.(clientWith(replying(409, ''))) as Promise<unknown>,
    );
    expect(bare.kind).toBe('in-flight');
    const rated = await thrown(
      calls.postRating?.(
        clientWith(
          replying(409, '[{"code":"already_rated","description":"once"}]', {
            'Content-Type': json,
          }),
        ),
      ) as Promise<unknown>,
    );
    expect(rated).toMatchObject({ kind: 'permanent', code: 'already_rated', description: 'once' });
  });

  it('other 4xx with the centre’s error body are permanent, with every error kept', async () => {
    const body = JSON.stringify([
      { code: 'attribute_missing', description: 'attribute[ticket] is required.' },
      { code: 400, description: 'numeric codes are strings too' },
    ]);
    const error = await thrown(
      calls.postRequest?.(
        clientWith(replying(400, body, { 'Content-Type': json })),
      ) as Promise<unknown>,
    );
    expect(error).toMatchObject({ kind: 'permanent', status: 400, code: 'attribute_missing' });
    expect(error.upstreamErrors.map((e) => e.code)).toEqual(['attribute_missing', '400']);
    expect(error.message).toContain('attribute[ticket] is required.');
  });

  it('a network error is retryable', async () => {
    const error = await thrown(
      clientWith(async () => {
        throw new TypeError('fetch failed');
      }).getServices(),
    );
    expect(error).toMatchObject({ kind: 'retryable', code: 'network', status: null });
  });

  it('a centre that never answers times out, even through a fetch that ignores its signal', async () => {
    const started = Date.now();
    const error = await thrown(
      clientWith(() => new Promise<Response>(() => undefined), 150).getServices(),
    );
    expect(error).toMatchObject({ kind: 'retryable', code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a body that stops arriving times out too', async () => {
    const stalled: FetchLike = async (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[{"service_request_id":'));
            init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
          },
        }),
        { status: 201, headers: { 'Content-Type': json } },
      );
    const error = await thrown(clientWith(stalled, 150).postRequest(payload, randomUUID()));
    expect(error).toMatchObject({ kind: 'retryable' });
  });
});

describe('what the client sends', () => {
  it('encodes the payload as the Open311 form with the key in a header, and keeps a base path', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const client = createCentreClient({
      baseUrl: 'http://127.0.0.1:9/open311/v2',
      apiKey: 'secret',
      timeoutMs: 1_000,
      fetch: async (url, init) => {
        seen = { url: String(url), init };
        return new Response('[{"token":"abc"}]', {
          status: 201,
          headers: { 'Content-Type': json },
        });
      },
    });
    const key = randomUUID();
    expect(
      await client.postRequest({ ...payload, name: '欧阳娜娜', phone: '13812345678' }, key),
    ).toEqual({
      kind: 'token',
      token: 'abc',
    });
    expect(seen?.url).toBe('http://127.0.0.1:9/open311/v2/requests.json');
    expect(new Headers(seen?.init?.headers).get('idempotency-key')).toBe(key);
    expect(new Headers(seen?.init?.headers).get('content-type')).toContain(
      'application/x-www-form-urlencoded',
    );
    const form = new URLSearchParams(String(seen?.init?.body));
    expect(Object.fromEntries(form)).toEqual({
      api_key: 'secret',
      service_code: 'pipe-leak',
      address_string: '幸福里社区服务中心大厅',
      first_name: '娜娜',
      last_name: '欧阳',
      phone: '13812345678',
      'attribute[channel]': 'kiosk',
      'attribute[kiosk_id]': 'A03',
      'attribute[ticket]': 'A03-1128-0042',
      'attribute[lookup_code]': 'A03-20261128-0042',
      'attribute[category]': 'basic-living',
      'attribute[urgency]': 'normal',
      'attribute[emergency]': 'false',
      'attribute[language]': 'zh-CN',
      'attribute[submitted_at]': '2026-11-28T09:15:00+08:00',
    });
  });
});
