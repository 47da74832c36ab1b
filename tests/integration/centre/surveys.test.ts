// The reference centre's surveys extension over plain HTTP: the open questionnaire, one answer
// sheet per random id under an Idempotency-Key (a repeat is replayed, a second key for the same
// sheet refused), the look-up a kiosk makes after a lost reply, and a form that carries anything
// beyond the sheet (a kiosk id, a time) refused. Strict (plain Open311) mode has no surveys.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestCentre, startTestCentre, testApiKey } from './support/testCentre.js';

let centre: TestCentre | undefined;
afterEach(async () => {
  await centre?.close();
  centre = undefined;
});

const sheet = (responseId: string, extra: Record<string, string> = {}) =>
  new URLSearchParams({
    api_key: testApiKey,
    response_id: responseId,
    answered_on: '2026-11-28',
    answers: JSON.stringify({ 'most-needed': 'meals', activities: ['chess'], satisfaction: 4 }),
    ...extra,
  });

const postSheet = (form: URLSearchParams, key: string) =>
  centre?.call('POST', '/x/surveys/needs-2026/responses.json', {
    form,
    headers: { 'Idempotency-Key': key },
  });

async function storedSheets(): Promise<unknown> {
  const stats = await centre?.call('GET', '/x/admin/stats.json', {
    query: { api_key: testApiKey },
  });
  return (stats?.json as { survey_responses: number }).survey_responses;
}

describe('the surveys extension', () => {
  it('serves the questionnaire and stores a sheet exactly once', async () => {
    centre = await startTestCentre();
    const list = await centre.call('GET', '/x/surveys.json', { query: { api_key: testApiKey } });
    expect(list.status).toBe(200);
    const [survey] = list.json as { survey_id: string; questions: { kind: string }[] }[];
    expect(survey?.survey_id).toBe('needs-2026');
    expect(new Set(survey?.questions.map((q) => q.kind))).toEqual(
      new Set(['single', 'multiple', 'scale', 'text']),
    );

    const responseId = randomUUID();
    const key = randomUUID();
    expect((await postSheet(sheet(responseId), key))?.status).toBe(201);
    const replay = await postSheet(sheet(responseId), key);
    expect(replay?.status).toBe(201);
    expect(replay?.headers.get('Idempotent-Replayed')).toBe('true');
    const again = await postSheet(sheet(responseId), randomUUID());
    expect(again?.status).toBe(409);
    expect(again?.text).toContain('survey_response_exists');
    expect(await storedSheets()).toBe(1);

    const found = await centre.call('GET', `/x/surveys/needs-2026/responses/${responseId}.json`, {
      query: { api_key: testApiKey },
    });
    expect(found.status).toBe(200);
    const absent = await centre.call(
      'GET',
      `/x/surveys/needs-2026/responses/${randomUUID()}.json`,
      { query: { api_key: testApiKey } },
    );
    expect(absent.status).toBe(404);
    expect(absent.text).toContain('survey_response_not_found');
  });

  it('refuses a sheet that carries more than the answers, or answers that do not fit', async () => {
    centre = await startTestCentre();
    const withKiosk = await postSheet(sheet(randomUUID(), { kiosk_id: 'A03' }), randomUUID());
    expect(withKiosk?.status).toBe(400);
    const withTime = await postSheet(
      sheet(randomUUID(), { answered_on: '2026-11-28T06:47:00Z' }),
      randomUUID(),
    );
    expect(withTime?.status).toBe(400);
    const wrongKey = await postSheet(
      sheet(randomUUID(), { answers: JSON.stringify({ 'most-needed': 'swimming' }) }),
      randomUUID(),
    );
    expect(wrongKey?.status).toBe(400);
    expect(wrongKey?.text).toContain('survey_response_invalid');
    expect(await storedSheets()).toBe(0);
  });

  it('does not exist in strict mode', async () => {
    centre = await startTestCentre({ strict: true });
    const list = await centre.call('GET', '/x/surveys.json', { query: { api_key: testApiKey } });
    expect(list.status).toBe(404);
  });
});
