// Contract tests: the kiosk's client against the real reference server on 127.0.0.1:0, one
// describe per call, for what the kiosk sends: the services it offers, its requests with the
// idempotency cases the upload worker relies on, and the tokens of batch platforms. What it reads
// back afterwards (stages, ratings, the directory, the api key, findPosted, the jurisdiction) is
// in clientFollowUp.test.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { kioskAttributeCodes } from '../../../upstream/wire/requestForm.js';
import { failure, useTestCentres } from './support/contractCentres.js';
import { samplePayload } from './support/testCentre.js';

const centre = useTestCentres();

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
