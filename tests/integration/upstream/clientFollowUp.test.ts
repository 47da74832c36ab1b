// Contract tests: the kiosk's client against the real reference server on 127.0.0.1:0, one
// describe per call, for what follows a request once it is sent: its stages, the resident's
// rating, the community directory, the api key every call needs, the search for a request a
// lost reply left unknown (findPosted), and the jurisdiction. What the kiosk sends is in
// clientContract.test.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { demoCommunity } from '../../../demo/community/index.js';
import type { CentreClient } from '../../../upstream/client/index.js';
import { failure, useTestCentres } from './support/contractCentres.js';
import { samplePayload } from './support/testCentre.js';

const centre = useTestCentres();

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
  /** A request submitted at `submittedAt` and posted, and the look-up of it that findPosted
   *  takes when the reply was lost after a send at `firstSentAt`. */
  async function postedAndLookup(client: CentreClient, submittedAt: string, firstSentAt: string) {
    const payload = samplePayload({ facts: { submittedAt } });
    const created = await client.postRequest(payload, randomUUID());
    if (created.kind !== 'created') throw new Error('expected an id');
    const lookup = {
      serviceCode: payload.serviceCode,
      ticket: payload.facts.ticket,
      lookupCode: payload.facts.lookupCode,
      firstSentAt,
    };
    return { payload, created, lookup };
  }

  it('finds a request by its ticket (x_ticket) in the window around its first send', async () => {
    const now = Date.parse('2026-11-28T01:15:00Z');
    const c = await centre({ now: () => new Date(now) });
    const client = c.client({ now: () => now + 5_000 });
    const { created, lookup } = await postedAndLookup(
      client,
      '2026-11-28T01:14:00Z',
      '2026-11-28T01:14:30Z',
    );
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
    const { payload, created, lookup } = await postedAndLookup(
      client,
      '2026-11-28T03:00:00Z',
      '2026-11-28T09:00:00Z',
    );
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
