// A reply that is not what the wire says — wrong types, missing fields, an HTML page, truncated
// JSON — makes a client call throw a retryable CentreError; it never comes back as data. In a
// list reply an unreadable entry is skipped (and reported) while the rest are kept. Also: how
// statuses, Retry-After, network errors and timeouts are classified.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CentreError,
  type FetchLike,
  type SkippedReport,
  createCentreClient,
} from '../../../upstream/client/index.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { plainRequest } from './client/support/plainRequest.js';

const json = 'application/json; charset=utf-8';

function replying(status: number, body: string, headers: Record<string, string> = {}): FetchLike {
  return async () => new Response(status === 304 ? null : body, { status, headers });
}

function clientWith(fetch: FetchLike, timeoutMs = 1_000, onSkipped?: (r: SkippedReport) => void) {
  return createCentreClient({
    baseUrl: 'http://127.0.0.1:9/',
    apiKey: 'k',
    timeoutMs,
    fetch,
    now: () => Date.parse('2026-11-28T00:00:00Z'),
    onSkipped,
  });
}

const payload = plainRequest({
  serviceCode: 'pipe-leak',
  location: { lat: null, long: null, address: '幸福里社区服务中心大厅' },
});

const lookup = {
  serviceCode: 'pipe-leak',
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  firstSentAt: '2026-11-27T23:50:00Z',
};

type Call = (client: ReturnType<typeof clientWith>) => Promise<unknown>;
/** Calls whose reply is one object (or a one-entry list that must be readable). */
const singleCalls: Record<string, Call> = {
  postRequest: (client) => client.postRequest(payload, randomUUID()),
  resolveToken: (client) => client.resolveToken('t1'),
  postRating: (client) => client.postRating('1', { stars: 5, tags: [] }, randomUUID()),
  getDirectory: (client) => client.getDirectory(null),
  getServiceDefinition: (client) => client.getServiceDefinition('pipe-leak'),
};
/** Calls whose reply is a list read entry by entry. */
const listCalls: Record<string, Call> = {
  getRequests: (client) => client.getRequests(['1']),
  getServices: (client) => client.getServices(),
  findPosted: (client) => client.findPosted(lookup),
};
const allCalls = { ...singleCalls, ...listCalls };

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
/** Bad as a whole: no call can read anything from these. */
const badReplies: [string, FetchLike][] = [
  ['truncated JSON', replying(200, '[{"service_request_id":"1","serv', { 'Content-Type': json })],
  ['an HTML page with 200', replying(200, htmlPage, { 'Content-Type': 'text/html' })],
  ['an HTML error page with 502', replying(502, htmlPage, { 'Content-Type': 'text/html' })],
  ['an HTML page from a proxy with 403', replying(403, htmlPage, { 'Content-Type': 'text/html' })],
  ['an empty body', replying(200, '', { 'Content-Type': json })],
  ['JSON of the wrong shape', replying(200, '{"ok":true}', { 'Content-Type': json })],
  ['JSON served as text/plain', replying(200, '[]', { 'Content-Type': 'text/plain' })],
  ['a redirect', replying(302, '', { Location: 'http://elsewhere.invalid/' })],
];
/** Readable as a list, but its one entry is not. */
const badEntries: [string, string][] = [
  [
    'wrong types',
    JSON.stringify([{ service_request_id: { id: 1 }, token: true, status: 7, stars: 'five' }]),
  ],
  ['missing fields', JSON.stringify([{}])],
];

describe('a bad reply is never data', () => {
  for (const [what, fetch] of badReplies) {
    for (const [name, call] of Object.entries(allCalls)) {
      it(`${name}: ${what} → retryable`, async () => {
        const error = await thrown(call(clientWith(fetch)));
        expect(error.kind).toBe('retryable');
      });
    }
  }

  for (const [what, body] of badEntries) {
    for (const [name, call] of Object.entries(singleCalls)) {
      it(`${name}: ${what} → retryable`, async () => {
        const fetch = replying(200, body, { 'Content-Type': json });
        expect((await thrown(call(clientWith(fetch)))).kind).toBe('retryable');
      });
    }
    for (const [name, call] of Object.entries(listCalls)) {
      it(`${name}: ${what} → the entry is skipped and reported`, async () => {
        const reports: SkippedReport[] = [];
        const fetch = replying(200, body, { 'Content-Type': json });
        const result = await call(clientWith(fetch, 1_000, (r) => reports.push(r)));
        expect(result).toEqual(name === 'findPosted' ? { kind: 'absent' } : []);
        expect(reports).toEqual([{ call: name, skipped: 1, problems: [expect.any(String)] }]);
      });
    }
  }

  it('a status record whose stage and status disagree is skipped, the others kept', async () => {
    const record = (id: string, status: string, stage: string) => ({
      service_request_id: id,
      status,
      service_code: 'pipe-leak',
      requested_datetime: '2026-11-28T01:00:00Z',
      x_stage: stage,
    });
    const reports: SkippedReport[] = [];
    const fetch = replying(
      200,
      JSON.stringify([record('1', 'open', 'done'), record('2', 'closed', 'done')]),
      { 'Content-Type': json },
    );
    const statuses = await clientWith(fetch, 1_000, (r) => reports.push(r)).getRequests(['1', '2']);
    expect(statuses.map((s) => s.id)).toEqual(['2']);
    expect(reports[0]?.problems[0]).toContain('status and x_stage disagree');
  });

  it('a directory without its outline is refused; one with it is passed on for the kiosk to check', async () => {
    const bad = clientWith(
      replying(200, JSON.stringify({ ...demoCommunity, grids: 'none' }), {
        'Content-Type': json,
        ETag: '"a"',
      }),
    );
    expect((await thrown(bad.getDirectory(null))).kind).toBe('retryable');
    const good = clientWith(
      replying(200, JSON.stringify(demoCommunity), { 'Content-Type': json, ETag: '"a"' }),
    );
    expect(await good.getDirectory(null)).toEqual({
      kind: 'changed',
      etag: '"a"',
      data: demoCommunity,
    });
  });
});

describe('statuses and failures are classified for the upload worker', () => {
  it('5xx, 429, 408 are retryable and carry Retry-After in seconds or as an HTTP date', async () => {
    const error500 = await thrown(
      clientWith(
        replying(503, '[{"code":"down","description":"maintenance"}]', {
          'Retry-After': '120',
          'Content-Type': json,
        }),
      ).postRequest(payload, randomUUID()),
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
    const hostile = await thrown(
      clientWith(replying(503, '', { 'Retry-After': '9'.repeat(40) })).getServices(),
    );
    expect(hostile.retryAfterMs).toBe(24 * 60 * 60 * 1000);
    expect((await thrown(clientWith(replying(408, '')).getServices())).kind).toBe('retryable');
  });

  it('409 in flight is in-flight; a 409 with another centre code is permanent', async () => {
    const inFlight = await thrown(
      clientWith(
        replying(409, '[{"code":"idempotency_key_in_flight","description":"later"}]', {
          'Content-Type': json,
          'Retry-After': '2',
        }),
      ).postRequest(payload, randomUUID()),
    );
    expect(inFlight).toMatchObject({ kind: 'in-flight', status: 409, retryAfterMs: 2000 });
    const bare = await thrown(clientWith(replying(409, '')).postRequest(payload, randomUUID()));
    expect(bare.kind).toBe('in-flight');
    const rated = await thrown(
      clientWith(
        replying(409, '[{"code":"already_rated","description":"once"}]', {
          'Content-Type': json,
        }),
      ).postRating('1', { stars: 5, tags: [] }, randomUUID()),
    );
    expect(rated).toMatchObject({ kind: 'permanent', code: 'already_rated', description: 'once' });
  });

  it('other 4xx with the centre’s error body are permanent, with every error kept', async () => {
    const body = JSON.stringify([
      { code: 'attribute_missing', description: 'attribute[ticket] is required.' },
      { code: 400, description: 'numeric codes are strings too' },
    ]);
    const error = await thrown(
      clientWith(replying(400, body, { 'Content-Type': json })).postRequest(payload, randomUUID()),
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

describe('extensions a platform does not have', () => {
  const notFound = replying(404, '[{"code":"404","description":"Not found"}]', {
    'Content-Type': json,
  });
  it('directory and ratings answer unsupported on 404', async () => {
    expect(await clientWith(notFound).getDirectory(null)).toEqual({ kind: 'unsupported' });
    expect(await clientWith(replying(404, htmlPage)).getDirectory('"x"')).toEqual({
      kind: 'unsupported',
    });
    expect(
      await clientWith(notFound).postRating('1', { stars: 4, tags: ['fast'] }, randomUUID()),
    ).toEqual({ kind: 'unsupported' });
  });
  it('but a rating for a request the platform does not know is a refusal', async () => {
    const unknown = replying(
      404,
      '[{"code":"service_request_not_found","description":"service_request_id 9 was not found."}]',
      { 'Content-Type': json },
    );
    expect(
      await thrown(clientWith(unknown).postRating('9', { stars: 4, tags: [] }, randomUUID())),
    ).toMatchObject({ kind: 'permanent', status: 404, code: 'service_request_not_found' });
  });
});
