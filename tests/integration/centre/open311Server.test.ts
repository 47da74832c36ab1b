// The reference centre in extension mode against the Open311 GeoReport v2 spec: its example request, its response
// shapes (the same keys as the spec's examples), its error shape and status codes, and the
// optional filters of GET /requests.json.
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { centreDatabaseFile } from '../../../centre/server/store/centreDatabase.js';
import { Discovery } from '../../../centre/wire/discovery.js';
import { Open311Errors } from '../../../centre/wire/errors.js';
import { PostRequestReply } from '../../../centre/wire/replies.js';
import { ServiceRequestList } from '../../../centre/wire/requestRecord.js';
import { ServiceDefinition, ServiceList } from '../../../centre/wire/services.js';
import { type TestCentre, startTestCentre, testApiKey } from './support/testCentre.js';

/** The spec's "Example Request" body for POST Service Request, verbatim. */
const specExampleBody =
  'api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001';

/** The spec example with this centre's key, one of its service codes and its own attributes. */
function adaptedExample(): URLSearchParams {
  const form = new URLSearchParams(specExampleBody);
  form.set('api_key', testApiKey);
  form.set('service_code', 'drain-blocked');
  form.delete('attribute[WHISPAWN]');
  form.delete('attribute[WHISDORN]');
  form.set('attribute[channel]', 'web');
  return form;
}

const keysOf = (value: unknown) => Object.keys(value as object).sort();
const post = (c: TestCentre, form: URLSearchParams | string, key: string | null = randomUUID()) =>
  c.call('POST', '/requests.json', {
    form,
    headers: key === null ? {} : { 'Idempotency-Key': key },
  });

let c: TestCentre;
beforeAll(async () => {
  c = await startTestCentre({ now: () => new Date('2026-11-28T02:00:00Z') });
});
afterAll(() => c.close());

describe('GET Service List and Service Definition', () => {
  it('answer with exactly the spec example’s fields, without an api_key', async () => {
    const list = await c.call('GET', '/services.json');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const services = ServiceList.parse(list.json);
    expect(keysOf(services[0])).toEqual(
      [
        'service_code',
        'service_name',
        'description',
        'metadata',
        'type',
        'keywords',
        'group',
      ].sort(),
    );

    const definition = await c.call('GET', '/services/pipe-leak.json');
    expect(definition.status).toBe(200);
    const parsed = ServiceDefinition.parse(definition.json);
    expect(keysOf(parsed)).toEqual(['attributes', 'service_code']);
    expect(keysOf(parsed.attributes[0])).toEqual(
      [
        'variable',
        'code',
        'datatype',
        'required',
        'datatype_description',
        'order',
        'description',
        'values',
      ].sort(),
    );
    expect(parsed.attributes.map((a) => a.code)).toEqual(
      expect.arrayContaining([
        'channel',
        'kiosk_id',
        'ticket',
        'lookup_code',
        'urgency',
        'emergency',
        'language',
        'grid_id',
      ]),
    );
    expect(parsed.attributes.map((a) => a.order)).toEqual(parsed.attributes.map((_, i) => i + 1));
    expect(parsed.attributes.find((a) => a.code === 'category')?.values).toEqual([
      { key: 'basic-living', name: 'basic-living' },
    ]);
  });

  it('404 for an unknown service code, 400 for the XML format this server does not speak', async () => {
    const missing = await c.call('GET', '/services/033.json');
    expect(missing.status).toBe(404);
    expect(Open311Errors.parse(missing.json)[0]?.code).toBe('service_code_not_found');
    expect((await c.call('GET', '/services.xml')).status).toBe(400);
  });
});

describe('GET discovery', () => {
  it('is an Open311 Service Discovery document pointing at this endpoint', async () => {
    const reply = await c.call('GET', '/discovery.json');
    const discovery = Discovery.parse(reply.json);
    expect(discovery.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: c.server.url,
      formats: ['application/json'],
    });
  });
});

describe('POST Service Request with the spec’s example', () => {
  it('refuses the example’s own key with the spec’s 403 error shape', async () => {
    const reply = await post(c, specExampleBody);
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual([
      { code: 'api_key_invalid', description: "Invalid api_key received -- can't proceed." },
    ]);
  });

  it('with a valid key: 404 for service_code 001, and every other problem listed at once', async () => {
    const form = new URLSearchParams(specExampleBody);
    form.set('api_key', testApiKey);
    const reply = await post(c, form);
    const codes = Open311Errors.parse(reply.json).map((e) => e.code);
    expect(codes).toEqual([
      'service_code_not_found',
      'attribute_unknown',
      'attribute_unknown',
      'attribute_missing',
    ]);
    expect(reply.status).toBe(400);
    form.delete('attribute[WHISPAWN]');
    form.delete('attribute[WHISDORN]');
    form.set('attribute[channel]', 'web');
    expect((await post(c, form)).status).toBe(404);
  });

  it('stores the adapted example and answers with the spec response’s fields', async () => {
    const reply = await post(c, adaptedExample());
    expect(reply.status).toBe(201);
    const created = PostRequestReply.parse(reply.json);
    expect((reply.json as unknown[]).length).toBe(1);
    expect(keysOf((reply.json as unknown[])[0])).toEqual([
      'account_id',
      'service_notice',
      'service_request_id',
    ]);
    expect(created).toMatchObject({ account_id: '123456' });

    const id = 'service_request_id' in created ? String(created.service_request_id) : '';
    const fetched = await c.call('GET', `/requests/${id}.json`, { query: { api_key: testApiKey } });
    expect(fetched.status).toBe(200);
    const [record] = ServiceRequestList.parse(fetched.json);
    // Every field of the spec's GET Service Request example is present.
    expect(keysOf(record)).toEqual(
      expect.arrayContaining([
        'service_request_id',
        'status',
        'status_notes',
        'service_name',
        'service_code',
        'description',
        'agency_responsible',
        'service_notice',
        'requested_datetime',
        'updated_datetime',
        'expected_datetime',
        'address',
        'address_id',
        'zipcode',
        'lat',
        'long',
        'media_url',
      ]),
    );
    expect(record).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'drain-blocked',
      description: 'A large sinkhole is destroying the street',
      address: '1234 5th street',
      lat: 37.76524078,
      long: -122.4212043,
      media_url: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
      requested_datetime: '2026-11-28T02:00:00.000Z',
      x_stage: 'accepted',
      x_stage_history: [{ stage: 'accepted', at: '2026-11-28T02:00:00.000Z' }],
      x_handler_note: null,
      x_ticket: null,
      agency_responsible: demoCommunity.centre.name['zh-CN'],
    });
    // Personal fields never come back in a status.
    expect(fetched.text).not.toContain('smit333');
    expect(fetched.text).not.toContain('111111111');
  });

  it('checks the form: missing fields, bad values and location rules, as 400 with codes', async () => {
    const cases: [(form: URLSearchParams) => void, string][] = [
      [(f) => f.delete('service_code'), 'service_code_missing'],
      [(f) => (f.delete('lat'), f.delete('long'), f.delete('address_string')), 'location_missing'],
      [(f) => f.delete('long'), 'lat_long_invalid'],
      [(f) => f.set('lat', '91'), 'lat_long_invalid'],
      [(f) => f.set('description', 'x'.repeat(4001)), 'field_invalid'],
      [(f) => f.set('email', 'not-an-email'), 'field_invalid'],
      [(f) => f.set('attribute[urgency]', 'whenever'), 'attribute_invalid'],
      [(f) => f.set('attribute[channel]', 'kiosk'), 'attribute_missing'],
      [(f) => f.set('attribute[category]', 'health-medical'), 'category_mismatch'],
      [(f) => f.append('attribute[language][]', 'en'), 'attribute_invalid'],
      [(f) => f.set('colour', 'red'), 'form_invalid'],
      [(f) => f.append('description', 'twice'), 'form_invalid'],
    ];
    for (const [change, code] of cases) {
      const form = adaptedExample();
      change(form);
      const reply = await post(c, form);
      expect(reply.status, code).toBe(400);
      expect(
        Open311Errors.parse(reply.json).map((e) => e.code),
        code,
      ).toContain(code);
    }
    // lat/long alone are a full location, and an address_id too.
    const byCoordinates = adaptedExample();
    byCoordinates.delete('address_string');
    expect((await post(c, byCoordinates)).status).toBe(201);
    const byAddressId = adaptedExample();
    for (const name of ['address_string', 'lat', 'long']) byAddressId.delete(name);
    byAddressId.set('address_id', '545483');
    expect((await post(c, byAddressId)).status).toBe(201);
  });

  it('requires an Idempotency-Key that is a UUID, and a form-encoded body', async () => {
    const missing = await post(c, adaptedExample(), null);
    expect(missing.status).toBe(400);
    expect(Open311Errors.parse(missing.json)[0]?.code).toBe('idempotency_key_missing');
    expect(Open311Errors.parse((await post(c, adaptedExample(), '42')).json)[0]?.code).toBe(
      'idempotency_key_invalid',
    );
    const json = await c.call('POST', '/requests.json', {
      query: { api_key: testApiKey },
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    });
    expect(json.status).toBe(415);
  });

  it('replays the exact reply for a repeated key, byte for byte, marked as a replay', async () => {
    const key = randomUUID();
    const form = adaptedExample();
    const first = await post(c, form, key);
    // The same fields in another order are the same payload.
    const reordered = new URLSearchParams([...form].reverse());
    const again = await post(c, reordered, key.toUpperCase());
    expect(again.status).toBe(first.status);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('GET Service Requests', () => {
  it('takes a service_request_id list that overrides every other filter', async () => {
    const a = PostRequestReply.parse((await post(c, adaptedExample())).json);
    const b = PostRequestReply.parse((await post(c, adaptedExample())).json);
    const ids = [
      'service_request_id' in a ? a.service_request_id : '',
      'service_request_id' in b ? b.service_request_id : '',
    ];
    const reply = await c.call('GET', '/requests.json', {
      query: {
        api_key: testApiKey,
        service_request_id: `${ids[1]},${ids[0]},nope`,
        status: 'closed',
      },
    });
    expect(ServiceRequestList.parse(reply.json).map((r) => r.service_request_id)).toEqual([
      ids[1],
      ids[0],
    ]);
  });

  it('filters by the spec’s sample query (start_date, end_date, status) and pages', async () => {
    const inRange = await c.call('GET', '/requests.json', {
      query: {
        api_key: testApiKey,
        start_date: '2026-11-01T00:00:00Z',
        end_date: '2026-11-30T00:00:00Z',
        status: 'open',
        service_code: 'drain-blocked',
      },
    });
    const records = ServiceRequestList.parse(inRange.json);
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.every((r) => r.status === 'open' && r.service_code === 'drain-blocked')).toBe(
      true,
    );
    const closed = await c.call('GET', '/requests.json', {
      query: { api_key: testApiKey, status: 'closed' },
    });
    expect(closed.json).toEqual([]);
    const page = await c.call('GET', '/requests.json', {
      query: { api_key: testApiKey, page_size: '2', page: '1' },
    });
    expect(ServiceRequestList.parse(page.json)).toHaveLength(2);
    const before = await c.call('GET', '/requests.json', {
      query: {
        api_key: testApiKey,
        start_date: '2010-05-24T00:00:00Z',
        end_date: '2010-06-24T00:00:00Z',
      },
    });
    expect(before.json).toEqual([]);
  });

  it('refuses a bad query with 400 and a single unknown request with 404', async () => {
    const badQueries: Record<string, string>[] = [
      { status: 'pending' },
      { start_date: 'yesterday' },
      { start_date: '2026-01-01T00:00:00Z', end_date: '2026-11-01T00:00:00Z' },
      { page_size: '1001' },
    ];
    for (const query of badQueries) {
      const reply = await c.call('GET', '/requests.json', {
        query: { api_key: testApiKey, ...query },
      });
      expect(reply.status, JSON.stringify(query)).toBe(400);
    }
    const missing = await c.call('GET', '/requests/424242.json', {
      query: { api_key: testApiKey },
    });
    expect(missing.status).toBe(404);
    expect(Open311Errors.parse(missing.json)[0]?.code).toBe('service_request_not_found');
  });
});

describe('general errors', () => {
  it('404 for unknown resources, 405 with Allow for a wrong method, 413 for a huge body', async () => {
    const unknown = await c.call('GET', '/nothing-here.json');
    expect(unknown.status).toBe(404);
    expect(Open311Errors.parse(unknown.json)[0]?.code).toBe('not_found');
    const wrong = await c.call('POST', '/services.json', { form: '' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    const huge = await post(c, `description=${'x'.repeat(70_000)}`);
    expect(huge.status).toBe(413);
  });
});

describe('storage', () => {
  it('is a WAL file that holds one stored reply per stored request', () => {
    const db = new BetterSqlite3(join(c.dataDir, centreDatabaseFile), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const requests = (
        db.prepare('SELECT COUNT(*) AS n FROM service_requests').get() as { n: number }
      ).n;
      const records = (
        db.prepare('SELECT COUNT(*) AS n FROM idempotency_records').get() as { n: number }
      ).n;
      expect(records).toBe(requests);
    } finally {
      db.close();
    }
  });
});
