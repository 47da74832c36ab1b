// Strict mode over real HTTP on port 0: the centre as an independently written, unforgiving
// Open311 GeoReport v2 server, one block per behaviour of docs/open311-in-the-field.md.
import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CentreServerOptions } from '../../../centre/server/centreServer.js';
import { centreDatabaseFile } from '../../../centre/server/store/centreDatabase.js';
import {
  type CallResult,
  type TestCentre,
  createdId,
  startTestCentre,
  strictForm,
  testApiKey,
} from './support/testCentre.js';

const xfl = { jurisdiction_id: 'xingfuli' };
const keyed = { api_key: testApiKey, ...xfl };
const descriptions = (reply: CallResult) =>
  (reply.json as { code: unknown; description: string }[]).map((e) => e.description);
const firstEntry = (reply: CallResult) => (reply.json as { code: unknown }[])[0];

let logged: string[] = [];
const clock = new Date('2026-11-28T02:00:00Z');
let c: TestCentre;
beforeAll(async () => {
  c = await startTestCentre({
    strict: true,
    now: () => clock,
    log: (line) => logged.push(line),
  });
});
afterAll(() => c.close());

const others: TestCentre[] = [];
async function another(options: Partial<CentreServerOptions>): Promise<TestCentre> {
  const started = await startTestCentre({ strict: true, ...options });
  others.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(others.splice(0).map((o) => o.close()));
});

function storedAttributes(id: string): Record<string, string> {
  const db = new BetterSqlite3(join(c.dataDir, centreDatabaseFile), { readonly: true });
  try {
    const row = db.prepare('SELECT attributes_json FROM service_requests WHERE id = ?').get(id) as {
      attributes_json: string;
    };
    return JSON.parse(row.attributes_json) as Record<string, string>;
  } finally {
    db.close();
  }
}

describe('its own service catalogue', () => {
  it('lists codes unlike the kiosk’s, with group, keywords and booleans as strings', async () => {
    const reply = await c.call('GET', '/services.json', { query: xfl });
    expect(reply.status).toBe(200);
    const services = reply.json as Record<string, unknown>[];
    expect(services.map((s) => s.service_code)).toEqual(
      expect.arrayContaining(['WTR-LEAK', 'MEALS', 'SAFETY-URGENT', 'OTHER']),
    );
    expect(services.find((s) => s.service_code === 'MEALS')).toMatchObject({
      service_name: '助餐送餐',
      metadata: 'true',
      type: 'realtime',
      group: '基本生活',
    });
    expect(services.find((s) => s.service_code === 'BIN')?.metadata).toBe('false');
    expect(String(services.find((s) => s.service_code === 'MEALS')?.keywords)).toMatch(
      /送餐.*meal/,
    );
  });

  it('defines MEALS with a required singlevaluelist, a multivaluelist and an informational note', async () => {
    const reply = await c.call('GET', '/services/MEALS.json', { query: xfl });
    expect(reply.status).toBe(200);
    const { attributes } = reply.json as { attributes: Record<string, unknown>[] };
    expect(attributes[0]).toMatchObject({
      code: 'diet',
      datatype: 'singlevaluelist',
      required: 'true',
      variable: 'true',
      order: 1,
    });
    expect(attributes[1]).toMatchObject({ datatype: 'multivaluelist', required: 'false' });
    expect(attributes[2]).toMatchObject({ variable: 'false', datatype_description: '' });
    expect((await c.call('GET', '/services/pipe-leak.json', { query: xfl })).status).toBe(404);
  });
});

describe('jurisdiction_id on every call', () => {
  it('is required, and must be one served here; it may come in the form of a POST', async () => {
    for (const path of ['/services.json', '/services/MEALS.json', '/requests.json']) {
      const missing = await c.call('GET', path, { query: { api_key: testApiKey } });
      expect(missing.status, path).toBe(400);
      expect(descriptions(missing)[0], path).toContain('jurisdiction_id is required');
      const wrong = await c.call('GET', path, {
        query: { api_key: testApiKey, jurisdiction_id: 'elsewhere' },
      });
      expect(wrong.status, path).toBe(400);
    }
    expect((await c.post(strictForm({ jurisdiction_id: null }))).status).toBe(400);
    expect((await c.post(strictForm({ jurisdiction_id: 'elsewhere' }))).status).toBe(400);
    expect((await c.post(strictForm())).status).toBe(201);
  });

  it('follows the configured list, and an extension-mode centre enforces it too when given one', async () => {
    const two = await another({ jurisdictions: ['a-town', 'b-town'] });
    expect(
      (await two.call('GET', '/services.json', { query: { jurisdiction_id: 'b-town' } })).status,
    ).toBe(200);
    expect((await two.call('GET', '/services.json', { query: xfl })).status).toBe(400);
    const none = await another({ jurisdictions: [] });
    expect((await none.call('GET', '/services.json')).status).toBe(200);
    const extension = await another({ strict: false, jurisdictions: ['xingfuli'] });
    expect((await extension.call('GET', '/services.json')).status).toBe(400);
    expect((await extension.call('GET', '/services.json', { query: xfl })).status).toBe(200);
  });
});

describe('POST Service Request', () => {
  it('requires the api_key, with errors as a list behind a generic first entry', async () => {
    const reply = await c.post(strictForm({ api_key: null }));
    expect(reply.status).toBe(403);
    expect(firstEntry(reply)).toEqual({
      code: 403,
      description: 'Error in input for POST_Service_Request',
    });
    expect(descriptions(reply)[1]).toContain('api_key');
  });

  it('requires a location: lat + long, address_string or address_id', async () => {
    const reply = await c.post(strictForm({ address_string: null }));
    expect(reply.status).toBe(400);
    expect(descriptions(reply)[0]).toBe('Error in input for POST_Service_Request');
    expect(descriptions(reply).slice(1).join(' ')).toContain('A location is required');
    expect(
      (await c.post(strictForm({ address_string: null, lat: '39.92', long: '116.46' }))).status,
    ).toBe(201);
    expect(
      (await c.post(strictForm({ address_string: null, address_id: 'XFL-3-2-501' }))).status,
    ).toBe(201);
  });

  it('refuses unknown top-level fields as unexpected entries, listing every problem', async () => {
    const reply = await c.post(
      strictForm({ locale: 'en', ticket: 'A03-1128-0001', service_code: null }),
    );
    expect(reply.status).toBe(400);
    const [generic, ...useful] = descriptions(reply);
    expect(generic).toBe('Error in input for POST_Service_Request');
    expect(useful).toEqual(
      expect.arrayContaining(['unexpected entries: locale, ticket.', 'service_code is required.']),
    );
    expect(reply.json).toEqual(expect.arrayContaining([expect.objectContaining({ code: 400 })]));
  });

  it('ignores undeclared attribute[...] fields (logged by code, never stored)', async () => {
    logged = [];
    const reply = await c.post(
      strictForm({
        'attribute[channel]': 'kiosk',
        'attribute[ticket]': 'A03-1128-0042',
        'attribute[meals_note]': 'not an input',
      }),
    );
    const id = createdId(reply);
    expect(storedAttributes(id)).toEqual({});
    expect(logged).toEqual([
      'ignored attribute(s) channel, ticket, meals_note not declared by WTR-LEAK',
    ]);
    expect(logged.join()).not.toContain('A03-1128-0042');
  });

  it('checks declared attributes: required ones present, list values among the keys, types', async () => {
    const meals = (attributes: Record<string, string | null>) =>
      c.post(strictForm({ service_code: 'MEALS', ...attributes }));
    const missing = await meals({});
    expect(missing.status).toBe(400);
    expect(descriptions(missing)).toContain('attribute[diet] is required.');
    const notAKey = await meals({ 'attribute[diet]': 'pizza' });
    expect(notAKey.status).toBe(400);
    expect(descriptions(notAKey)[1]).toMatch(/attribute\[diet\] must be one of regular, soft/);
    const badMulti = await meals({ 'attribute[diet]': 'soft', 'attribute[meals][]': 'brunch' });
    expect(badMulti.status).toBe(400);

    const form = strictForm({ service_code: 'MEALS', 'attribute[diet]': 'diabetic' });
    form.append('attribute[meals][]', 'lunch');
    form.append('attribute[meals][]', 'dinner');
    const id = createdId(await c.post(form));
    expect(storedAttributes(id)).toEqual({ diet: 'diabetic', meals: 'lunch,dinner' });

    const jobs = (age: string) =>
      c.post(strictForm({ service_code: 'JOBS', 'attribute[age]': age }));
    expect((await jobs('fifty')).status).toBe(400);
    expect((await jobs('52')).status).toBe(201);
    const visit = (at: string) =>
      c.post(strictForm({ service_code: 'HOMEVISIT', 'attribute[preferred_time]': at }));
    expect((await visit('tomorrow morning')).status).toBe(400);
    expect((await visit('2026-12-01T09:30:00+08:00')).status).toBe(201);
  });

  it('ignores the Idempotency-Key: one key, two payloads, two records', async () => {
    const key = randomUUID();
    const first = createdId(await c.post(strictForm(), key));
    const second = createdId(await c.post(strictForm(), key));
    expect(second).not.toBe(first);
    expect((await c.post(strictForm(), null)).status).toBe(201);
  });

  it('refuses a POST identical to a stored request as a duplicate (code, description, location)', async () => {
    const form = strictForm({ description: '楼道灯不亮', service_code: 'ELEC-FAULT' });
    const id = createdId(await c.post(form, randomUUID()));
    const again = await c.post(form, randomUUID());
    expect(again.status).toBe(400);
    expect(descriptions(again)).toEqual([
      'Error in input for POST_Service_Request',
      `This request is a duplicate of service request ${id}.`,
    ]);
    form.set('address_string', '幸福里5号楼');
    expect((await c.post(form)).status).toBe(201);
  });

  it('with de-duplication off, the same POST twice creates two records', async () => {
    const plain = await another({ deduplicate: false });
    const form = strictForm();
    const key = randomUUID();
    const a = createdId(await plain.post(form, key));
    const b = createdId(await plain.post(form, key));
    expect([a, b]).toEqual(['1', '2']);
    expect(await plain.stored()).toBe(2);
  });

  it('answers with a token when the token policy says so, traded for the id later', async () => {
    let now = new Date('2026-11-28T02:00:00Z');
    const batch = await another({ tokenChance: 1, tokenDelayMs: 60_000, now: () => now });
    const created = await batch.post(strictForm());
    expect(created.status).toBe(201);
    const [{ token }] = created.json as [{ token: string }];
    const lookUp = () => batch.call('GET', `/tokens/${token}.json`, { query: keyed });
    expect((await lookUp()).json).toEqual([]);
    now = new Date(now.getTime() + 60_000);
    expect((await lookUp()).json).toEqual([{ service_request_id: '1', token }]);
    const services = await batch.call('GET', '/services.json', { query: xfl });
    expect((services.json as { type: string }[])[0]?.type).toBe('batch');
  });
});

describe('records', () => {
  it('carry no x_ extensions, empty strings for optional fields, status open or closed', async () => {
    const id = createdId(await c.post(strictForm({ media_url: null })));
    const reply = await c.call('GET', `/requests/${id}.json`, { query: keyed });
    const [record] = reply.json as Record<string, unknown>[];
    expect(Object.keys(record ?? {}).filter((key) => key.startsWith('x_'))).toEqual([]);
    expect(record).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: '',
      address_id: '',
      zipcode: '',
      media_url: '',
      service_code: 'WTR-LEAK',
      agency_responsible: '幸福里街道综合服务平台',
    });
    expect(reply.text).not.toContain('13812345678');
  });

  it('move on at the handler’s desk: in-progress is a status_notes change, done is closed', async () => {
    const id = createdId(await c.post(strictForm()));
    const get = async () =>
      (
        (await c.call('GET', `/requests/${id}.json`, { query: keyed })).json as Record<
          string,
          unknown
        >[]
      )[0];
    expect(await c.moveStage(id, 'in-progress')).toBe(200);
    expect(await get()).toMatchObject({ status: 'open', status_notes: '正在处理' });
    expect(await c.moveStage(id, 'done', '已修好')).toBe(200);
    expect(await get()).toMatchObject({ status: 'closed', status_notes: '已修好' });
    expect(await c.moveStage(id, 'in-progress')).toBe(409);
  });

  it('offer none of the kiosk’s extension endpoints', async () => {
    expect((await c.call('GET', '/x/directory.json', { query: keyed })).status).toBe(404);
    const rating = await c.call('POST', '/requests/1/ratings.json', {
      form: new URLSearchParams({ ...keyed, stars: '5' }),
    });
    expect(rating.status).toBe(404);
    expect(rating.json).toEqual([
      { code: 404, description: 'No such resource: /requests/1/ratings.json' },
    ]);
  });
});

describe('GET Service Requests', () => {
  let local: TestCentre;
  let now: Date;
  const ids: string[] = [];
  beforeAll(async () => {
    now = new Date('2026-08-01T00:00:00Z');
    local = await startTestCentre({ strict: true, now: () => now });
    for (const [day, code] of [
      ['2026-08-01', 'BIN'],
      ['2026-10-01', 'NOISE'],
      ['2026-11-20', 'NOISE'],
    ] as const) {
      now = new Date(`${day}T03:00:00Z`);
      ids.push(createdId(await local.post(strictForm({ service_code: code }))));
    }
    await local.moveStage(ids[2] ?? '', 'done');
    now = new Date('2026-11-28T00:00:00Z');
  });
  afterAll(() => local.close());
  const list = async (query: Record<string, string>) => {
    const reply = await local.call('GET', '/requests.json', { query: { ...keyed, ...query } });
    return {
      status: reply.status,
      ids:
        reply.status === 200
          ? (reply.json as { service_request_id: string }[]).map((r) => r.service_request_id)
          : [],
    };
  };

  it('defaults to the last 90 days, newest first', async () => {
    expect(await list({})).toEqual({ status: 200, ids: [ids[2], ids[1]] });
  });

  it('filters by service_code, status, start_date and end_date', async () => {
    expect((await list({ service_code: 'NOISE', status: 'open' })).ids).toEqual([ids[1]]);
    expect((await list({ status: 'closed' })).ids).toEqual([ids[2]]);
    expect(
      (await list({ start_date: '2026-07-15T00:00:00Z', end_date: '2026-09-01T00:00:00Z' })).ids,
    ).toEqual([ids[0]]);
  });

  it('takes a service_request_id list over every other filter', async () => {
    expect((await list({ service_request_id: `${ids[0]},${ids[2]}`, status: 'open' })).ids).toEqual(
      [ids[0], ids[2]],
    );
  });

  it('refuses unknown query parameters such as locale= or page=', async () => {
    const unknown: Record<string, string>[] = [
      { locale: 'en' },
      { page: '1' },
      { page_size: '10' },
    ];
    for (const query of unknown) {
      const reply = await list(query);
      expect(reply.status, JSON.stringify(query)).toBe(400);
    }
    const services = await local.call('GET', '/services.json', { query: { ...xfl, locale: 'en' } });
    expect(services.status).toBe(400);
    expect(services.json).toEqual([
      { code: 400, description: 'Unknown query parameter(s): locale.' },
    ]);
  });
});
