// Contract tests: the kiosk's client against the real reference server on 127.0.0.1:0, one
// describe per call, including the idempotency cases the upload worker relies on.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { CentreError } from '../../../upstream/client/index.js';
import { kioskAttributeCodes } from '../../../upstream/wire/requestForm.js';
import { type TestCentre, samplePayload, startTestCentre } from './support/testCentre.js';

const centres: TestCentre[] = [];
async function centre(options: Parameters<typeof startTestCentre>[0] = {}): Promise<TestCentre> {
  const started = await startTestCentre(options);
  centres.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(centres.splice(0).map((c) => c.close()));
});

async function failure(promise: Promise<unknown>): Promise<CentreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CentreError) return error;
    throw error;
  }
  throw new Error('expected a CentreError, but the call succeeded');
}

describe('getServices', () => {
  it('lists every common need and one "other" service per category, with definitions', async () => {
    const c = await centre();
    const services = await c.client().getServices();
    const codes = services.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(demoCommunity.needs.map((n) => n.id)));
    for (const category of demoCommunity.categories) {
      expect(codes).toContain(`${category.id}-other`);
    }
    expect(services).toHaveLength(demoCommunity.needs.length + demoCommunity.categories.length);
    const leak = services.find((s) => s.code === 'pipe-leak');
    expect(leak).toMatchObject({ name: '管道漏水', group: 'basic-living', metadata: true });
    expect(leak?.keywords).toContain('漏水');
  });

  it('reads a service definition: every kiosk attribute, in order, with list values', async () => {
    const c = await centre();
    const definition = await c.client().getServiceDefinition('pipe-leak');
    expect(definition.serviceCode).toBe('pipe-leak');
    expect(definition.attributes.map((a) => a.code)).toEqual([...kioskAttributeCodes]);
    expect(definition.attributes.find((a) => a.code === 'channel')).toMatchObject({
      datatype: 'singlevaluelist',
      required: true,
      variable: true,
      values: expect.arrayContaining([{ key: 'kiosk', name: 'kiosk' }]),
    });
    expect(await failure(c.client().getServiceDefinition('no-such-service'))).toMatchObject({
      kind: 'permanent',
      status: 404,
      code: 'service_code_not_found',
    });
  });
});

describe('postRequest', () => {
  it('stores a request and answers with its id and a notice in the resident’s language', async () => {
    const c = await centre();
    const created = await c.client().postRequest(samplePayload(), randomUUID());
    expect(created).toMatchObject({ kind: 'created', id: '1' });
    expect(created.kind === 'created' && created.serviceNotice).toContain('2 小时');
  });

  it('answers the same key and payload with the same reply, and stores the request once', async () => {
    const c = await centre();
    const client = c.client();
    const payload = samplePayload();
    const key = randomUUID();
    const first = await client.postRequest(payload, key);
    const again = await client.postRequest(payload, key);
    expect(again).toEqual(first);
    const raw = await c.call('GET', '/x/admin/stats.json', {
      query: { api_key: 'test-centre-key' },
    });
    expect(raw.json).toMatchObject({ requests: 1, idempotency_records: 1 });
  });

  it('refuses the same key with a different payload: 422, permanent', async () => {
    const c = await centre();
    const client = c.client();
    const key = randomUUID();
    await client.postRequest(samplePayload(), key);
    const error = await failure(
      client.postRequest(samplePayload({ description: '另一件事' }), key),
    );
    expect(error).toMatchObject({ kind: 'permanent', status: 422, code: 'idempotency_key_reused' });
  });

  it('answers 409 in-flight while the first call with a key is still being processed', async () => {
    const c = await centre({ processingDelayMs: 400 });
    const client = c.client();
    const payload = samplePayload();
    const key = randomUUID();
    const first = client.postRequest(payload, key);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await failure(client.postRequest(payload, key));
    expect(error).toMatchObject({
      kind: 'in-flight',
      status: 409,
      code: 'idempotency_key_in_flight',
      retryAfterMs: 1000,
    });
    // A different payload under the key in flight is still "in flight", not a conflict yet.
    expect(await failure(client.postRequest(samplePayload(), key))).toMatchObject({
      kind: 'in-flight',
    });
    const created = await first;
    expect(await client.postRequest(payload, key)).toEqual(created);
  });

  it('a second request with a lookup code already stored is a recognisable duplicate', async () => {
    const c = await centre();
    const client = c.client();
    const payload = samplePayload();
    await client.postRequest(payload, randomUUID());
    const error = await failure(client.postRequest(payload, randomUUID()));
    expect(error).toMatchObject({ kind: 'permanent', status: 409, code: 'duplicate' });
    expect(error.upstreamErrors.map((e) => e.code)).toEqual(['lookup_code_exists']);
  });

  it('refuses an invalid payload or key locally, without a call', async () => {
    const c = await centre();
    const client = c.client();
    expect(await failure(client.postRequest(samplePayload(), 'not-a-uuid'))).toMatchObject({
      kind: 'permanent',
      code: 'idempotency_key_invalid',
      status: null,
    });
    expect(
      await failure(
        client.postRequest(samplePayload({ facts: { ticket: 'not a ticket' } }), randomUUID()),
      ),
    ).toMatchObject({ kind: 'permanent', code: 'payload_invalid', status: null });
    expect(
      await failure(
        client.postRequest(
          samplePayload({ location: { lat: null, long: null, address: '  ' } }),
          randomUUID(),
        ),
      ),
    ).toMatchObject({ kind: 'permanent', code: 'location_missing', status: null });
    const raw = await c.call('GET', '/x/admin/stats.json', {
      query: { api_key: 'test-centre-key' },
    });
    expect(raw.json).toMatchObject({ requests: 0 });
  });

  it('passes the centre’s 404 for an unknown service code on as permanent', async () => {
    const c = await centre();
    const error = await failure(
      c.client().postRequest(samplePayload({ serviceCode: 'no-such-service' }), randomUUID()),
    );
    expect(error).toMatchObject({
      kind: 'permanent',
      status: 404,
      code: 'service_code_not_found',
    });
    expect(error.upstreamErrors[0]?.description).toContain('no-such-service');
  });

  it('sends emergencies and "other" requests without a description or name', async () => {
    const c = await centre();
    const created = await c.client().postRequest(
      samplePayload({
        serviceCode: 'safety-emergency-other',
        facts: { category: 'safety-emergency', emergency: true, gridId: null, language: 'en' },
        description: '',
        name: null,
      }),
      randomUUID(),
    );
    expect(created.kind === 'created' && created.serviceNotice).toContain('110/120/119');
  });
});

describe('tokens', () => {
  it('answers with a token, resolves to null until assigned, then to the id', async () => {
    let now = Date.parse('2026-11-28T01:00:00Z');
    const c = await centre({ tokenChance: 1, tokenDelayMs: 60_000, now: () => new Date(now) });
    const client = c.client();
    const payload = samplePayload();
    const key = randomUUID();
    const posted = await client.postRequest(payload, key);
    expect(posted.kind).toBe('token');
    if (posted.kind !== 'token') return;
    expect(await client.resolveToken(posted.token)).toBeNull();
    // A replay of a token answer is the same token.
    expect(await client.postRequest(payload, key)).toEqual(posted);
    now += 60_000;
    const id = await client.resolveToken(posted.token);
    expect(id).toBe('1');
    expect((await client.getRequests([id as string]))[0]?.stage).toBe('accepted');
    expect(await failure(client.resolveToken('never-issued'))).toMatchObject({
      kind: 'permanent',
      status: 404,
      code: 'token_not_found',
    });
  });

  it('marks services "batch" when every answer is a token', async () => {
    const c = await centre({ tokenChance: 1 });
    expect(new Set((await c.client().getServices()).map((s) => s.type))).toEqual(
      new Set(['batch']),
    );
  });
});

describe('getRequests and stage moves', () => {
  it('reports each stage with its time and the handler’s note, forward only', async () => {
    let now = Date.parse('2026-11-28T01:00:00Z');
    const c = await centre({ now: () => new Date(now) });
    const client = c.client();
    const a = await client.postRequest(samplePayload(), randomUUID());
    const b = await client.postRequest(samplePayload(), randomUUID());
    if (a.kind !== 'created' || b.kind !== 'created') throw new Error('expected ids');

    const [fresh] = await client.getRequests([a.id]);
    expect(fresh).toMatchObject({
      id: a.id,
      status: 'open',
      stage: 'accepted',
      acceptedAt: '2026-11-28T01:00:00.000Z',
      inProgressAt: null,
      doneAt: null,
      handlerNote: null,
      updatedAt: '2026-11-28T01:00:00.000Z',
      requestedAt: '2026-11-28T01:00:00.000Z',
      rating: null,
    });

    now += 3_600_000;
    expect(await c.moveStage(a.id, 'in-progress', '师傅下午两点上门')).toBe(200);
    now += 3_600_000;
    expect(await c.moveStage(a.id, 'done', '已修好')).toBe(200);
    expect(await c.moveStage(a.id, 'in-progress')).toBe(409);
    expect(await c.moveStage(a.id, 'done')).toBe(409);
    expect(await c.moveStage(b.id, 'accepted')).toBe(409);
    expect(await c.moveStage(b.id, 'finished')).toBe(400);
    expect(await c.moveStage('999', 'done')).toBe(404);

    const statuses = await client.getRequests([b.id, a.id, '999']);
    expect(statuses.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(statuses[1]).toMatchObject({
      status: 'closed',
      stage: 'done',
      inProgressAt: '2026-11-28T02:00:00.000Z',
      doneAt: '2026-11-28T03:00:00.000Z',
      handlerNote: '已修好',
      updatedAt: '2026-11-28T03:00:00.000Z',
    });
    expect(await client.getRequests([])).toEqual([]);
  });

  it('fetches more ids than one batch holds', async () => {
    const c = await centre();
    const client = c.client();
    const ids: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const created = await client.postRequest(samplePayload(), randomUUID());
      if (created.kind === 'created') ids.push(created.id);
    }
    expect((await client.getRequests(ids)).map((s) => s.id)).toEqual(ids);
  });
});

describe('postRating', () => {
  it('rates a finished request once, idempotently', async () => {
    const c = await centre();
    const client = c.client();
    const created = await client.postRequest(samplePayload(), randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    const rating = { stars: 5, tags: ['fast', 'solved'] as const };
    const key = randomUUID();

    expect(
      await failure(client.postRating(created.id, { ...rating, tags: [...rating.tags] }, key)),
    ).toMatchObject({
      kind: 'permanent',
      status: 409,
      code: 'request_not_done',
    });
    await c.moveStage(created.id, 'done', '已处理');
    const rated = await client.postRating(created.id, { stars: 5, tags: ['fast', 'solved'] }, key);
    expect(rated).toMatchObject({
      kind: 'accepted',
      rating: { id: created.id, stars: 5, tags: ['fast', 'solved'] },
    });
    expect(
      await client.postRating(created.id, { stars: 5, tags: ['fast', 'solved'] }, key),
    ).toEqual(rated);
    expect(await failure(client.postRating(created.id, { stars: 1, tags: [] }, key))).toMatchObject(
      { kind: 'permanent', status: 422 },
    );
    expect(
      await failure(client.postRating(created.id, { stars: 4, tags: [] }, randomUUID())),
    ).toMatchObject({ kind: 'permanent', status: 409, code: 'already_rated' });
    expect(
      await failure(client.postRating('999', { stars: 4, tags: [] }, randomUUID())),
    ).toMatchObject({ kind: 'permanent', status: 404 });
    expect((await client.getRequests([created.id]))[0]?.rating).toMatchObject({
      stars: 5,
      tags: ['fast', 'solved'],
    });
  });
});

describe('getDirectory', () => {
  it('serves the community directory with a strong ETag and answers 304 when unchanged', async () => {
    const c = await centre();
    const client = c.client();
    const first = await client.getDirectory(null);
    expect(first.kind).toBe('changed');
    if (first.kind !== 'changed') return;
    expect(first.data).toEqual(demoCommunity);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await client.getDirectory(first.etag)).toEqual({ kind: 'unchanged' });
    expect(await client.getDirectory(`W/${first.etag}`)).toEqual({ kind: 'unchanged' });

    const changed = {
      ...demoCommunity,
      centre: { ...demoCommunity.centre, hotline: '010-88886666' },
    };
    const newTag = c.server.setDirectory(changed);
    const second = await client.getDirectory(first.etag);
    expect(second).toMatchObject({ kind: 'changed', etag: newTag });
    expect(second.kind === 'changed' && CommunityData.parse(second.data).centre.hotline).toBe(
      '010-88886666',
    );
  });
});

describe('the api key', () => {
  it('is required by every call except discovery and services, and a wrong one is refused with 403', async () => {
    const c = await centre();
    const created = await c.client().postRequest(samplePayload(), randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    const stranger = c.client({ apiKey: 'wrong-key' });
    const refusals = await Promise.all([
      failure(stranger.postRequest(samplePayload(), randomUUID())),
      failure(stranger.getRequests([created.id])),
      failure(stranger.resolveToken('x')),
      failure(stranger.postRating(created.id, { stars: 3, tags: [] }, randomUUID())),
      failure(stranger.getDirectory(null)),
    ]);
    for (const error of refusals) {
      expect(error).toMatchObject({ kind: 'permanent', status: 403, code: 'api_key_invalid' });
    }
    expect((await stranger.getServices()).length).toBeGreaterThan(0);
    expect((await stranger.getServiceDefinition('pipe-leak')).attributes.length).toBeGreaterThan(0);
    const missing = await c.call('GET', '/requests/1.json');
    expect(missing.status).toBe(403);
    expect(missing.json).toEqual([{ code: 'api_key_missing', description: expect.any(String) }]);
    expect((await c.call('GET', '/discovery.json')).status).toBe(200);
    expect((await c.call('GET', '/x/admin/stats.json')).status).toBe(403);
  });
});

describe('findPosted', () => {
  it('finds a request by its ticket (x_ticket) in the window around its first send', async () => {
    const now = Date.parse('2026-11-28T01:15:00Z');
    const c = await centre({ now: () => new Date(now) });
    const client = c.client({ now: () => now + 5_000 });
    const payload = samplePayload({ facts: { submittedAt: '2026-11-28T01:14:00Z' } });
    const created = await client.postRequest(payload, randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    const lookup = {
      serviceCode: payload.serviceCode,
      ticket: payload.facts.ticket,
      lookupCode: payload.facts.lookupCode,
      firstSentAt: '2026-11-28T01:14:30Z',
    };
    expect(await client.findPosted(lookup)).toEqual({ kind: 'found', id: created.id });
    expect(await client.findPosted({ ...lookup, ticket: 'A03-1128-9999' })).toEqual({
      kind: 'absent',
    });
    expect(await client.findPosted({ ...lookup, serviceCode: 'drain-blocked' })).toEqual({
      kind: 'absent',
    });
  });

  it('starts the window at submitted_at when given, as this centre dates requests by it', async () => {
    const now = Date.parse('2026-11-28T09:00:00Z');
    const c = await centre({ now: () => new Date(now) });
    const client = c.client({ now: () => now });
    // Submitted during an outage, six hours before it could be sent.
    const payload = samplePayload({ facts: { submittedAt: '2026-11-28T03:00:00Z' } });
    const created = await client.postRequest(payload, randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    const lookup = {
      serviceCode: payload.serviceCode,
      ticket: payload.facts.ticket,
      lookupCode: payload.facts.lookupCode,
      firstSentAt: '2026-11-28T09:00:00Z',
    };
    expect(await client.findPosted(lookup)).toEqual({ kind: 'absent' });
    expect(await client.findPosted({ ...lookup, submittedAt: payload.facts.submittedAt })).toEqual({
      kind: 'found',
      id: created.id,
    });
  });
});

describe('the jurisdiction', () => {
  it('is sent from the option and kept from the base URL, and this centre accepts both', async () => {
    const c = await centre();
    const client = c.client({
      baseUrl: `${c.server.url}?jurisdiction_id=xingfuli`,
      jurisdictionId: 'xingfuli',
    });
    expect((await client.getServices()).length).toBeGreaterThan(0);
    expect((await client.postRequest(samplePayload(), randomUUID())).kind).toBe('created');
  });
});
