// The reference centre's micro-projects vote over plain HTTP: the open round and a proposal's
// picture, one ballot counted once however often its POST is retried, a second ballot of the same
// voter in the round refused with the typed `already_voted` (whichever kiosk sends it), choices
// checked against the round, the look-up after a lost reply, and the votes per proposal. Strict
// (plain Open311) mode has none of these routes.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestCentre, startTestCentre, testApiKey } from './support/testCentre.js';

let centre: TestCentre | undefined;
afterEach(async () => {
  await centre?.close();
  centre = undefined;
});

const round = 'mw-2026-q4';
const auth = { query: { api_key: testApiKey } };
const ballot = (ballotId: string, voter: string, choices: string, extra = {}) =>
  new URLSearchParams({
    api_key: testApiKey,
    ballot_id: ballotId,
    voter,
    choices,
    cast_on: '2026-12-01',
    ...extra,
  });
const post = (form: URLSearchParams, key: string) =>
  centre?.call('POST', `/x/vote-rounds/${round}/ballots.json`, {
    form,
    headers: { 'Idempotency-Key': key },
  });

describe('the micro-projects vote extension', () => {
  it('counts a ballot once, refuses the same voter’s second, and publishes the votes', async () => {
    centre = await startTestCentre();
    const list = await centre.call('GET', '/x/vote-rounds.json', auth);
    const [open] = list.json as { round_id: string; max_choices: number; proposals: unknown[] }[];
    expect(open?.round_id).toBe(round);
    expect(open?.max_choices).toBe(3);
    const picture = await centre.call('GET', `/x/vote-rounds/${round}/pictures/lights.svg`, auth);
    expect(picture.headers.get('content-type')).toBe('image/svg+xml');
    expect(picture.text).toMatch(/^<svg /);

    const voter = 'c'.repeat(64);
    const ballotId = randomUUID();
    const key = randomUUID();
    const first = await post(ballot(ballotId, voter, 'benches,lights'), key);
    expect(first?.status).toBe(201);
    const retry = await post(ballot(ballotId, voter, 'benches,lights'), key);
    expect(retry?.status).toBe(201);
    expect(retry?.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry?.text).toBe(first?.text);

    const second = await post(ballot(randomUUID(), voter, 'garden'), randomUUID());
    expect(second?.status).toBe(409);
    expect(second?.text).toContain('already_voted');
    const other = await post(ballot(randomUUID(), 'd'.repeat(64), 'lights'), randomUUID());
    expect(other?.status).toBe(201);

    const found = await centre.call(
      'GET',
      `/x/vote-rounds/${round}/ballots/${ballotId}.json`,
      auth,
    );
    expect(found.status).toBe(200);
    const absent = await centre.call(
      'GET',
      `/x/vote-rounds/${round}/ballots/${randomUUID()}.json`,
      auth,
    );
    expect(absent.text).toContain('ballot_not_found');

    const results = await centre.call('GET', `/x/vote-rounds/${round}/results.json`, auth);
    const [tally] = results.json as {
      ballots: number;
      results: { proposal_id: string; votes: number }[];
    }[];
    expect(tally?.ballots).toBe(2);
    expect(Object.fromEntries(tally?.results.map((r) => [r.proposal_id, r.votes]) ?? [])).toEqual({
      benches: 1,
      handrails: 0,
      lights: 2,
      canteen: 0,
      garden: 0,
    });
  });

  it('refuses choices outside the round, too many, and a ballot with a kiosk id', async () => {
    centre = await startTestCentre();
    const voter = 'e'.repeat(64);
    for (const choices of ['swimming', 'benches,lights,garden,canteen']) {
      const refused = await post(ballot(randomUUID(), voter, choices), randomUUID());
      expect(refused?.status).toBe(400);
      expect(refused?.text).toContain('ballot_invalid');
    }
    const withKiosk = await post(
      ballot(randomUUID(), voter, 'lights', { kiosk_id: 'A03' }),
      randomUUID(),
    );
    expect(withKiosk?.status).toBe(400);
    const stats = await centre.call('GET', '/x/admin/stats.json', auth);
    expect((stats.json as { vote_ballots: number }).vote_ballots).toBe(0);
  });

  it('does not exist in strict mode', async () => {
    centre = await startTestCentre({ strict: true });
    expect((await centre.call('GET', '/x/vote-rounds.json', auth)).status).toBe(404);
  });
});
