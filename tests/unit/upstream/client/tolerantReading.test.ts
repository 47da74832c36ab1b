// Replies as independently written platforms send them, over real HTTP: booleans as strings,
// "" for absent, numbers as strings, numeric ids, unknown fields, and one unreadable entry in a
// list, which is skipped and reported while the rest are read.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type SkippedReport, createCentreClient } from '../../../../upstream/client/index.js';
import { type LocalPlatform, sendJson, startLocalPlatform } from './support/localPlatform.js';
import { plainRequest } from './support/plainRequest.js';

let platform: LocalPlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

async function clientFor(routes: Record<string, unknown>) {
  platform = await startLocalPlatform((call, res) => {
    const body = routes[`${call.method} ${call.url.pathname}`];
    if (body === undefined) sendJson(res, 404, [{ code: 404, description: 'Not found' }]);
    else sendJson(res, call.method === 'POST' ? 201 : 200, body);
  });
  const reports: SkippedReport[] = [];
  const client = createCentreClient({
    baseUrl: platform.url,
    apiKey: 'k',
    timeoutMs: 2_000,
    onSkipped: (report) => reports.push(report),
  });
  return { client, reports };
}

describe('the service list', () => {
  it('reads string booleans, empty strings, numeric codes, keyword lists and unknown fields', async () => {
    const { client, reports } = await clientFor({
      'GET /services.json': [
        {
          service_code: 1,
          service_name: 'Pothole',
          description: '',
          metadata: 'true',
          type: 'Realtime',
          keywords: 'road, hole',
          group: '',
          x_colour: 'red',
        },
        {
          service_code: 'BIN',
          service_name: 'Bin not emptied',
          metadata: 'FALSE',
          type: 'batch',
          keywords: ['bin', 'waste'],
        },
        { service_code: 'LIGHT', service_name: 'Street light', metadata: false, type: 'hourly' },
        { service_code: 'NONAME', service_name: '', type: 'realtime' },
        { service_name: 'no code' },
      ],
    });
    const services = await client.getServices();
    expect(services).toEqual([
      {
        code: '1',
        name: 'Pothole',
        description: null,
        group: null,
        keywords: ['road', 'hole'],
        type: 'realtime',
        metadata: true,
      },
      {
        code: 'BIN',
        name: 'Bin not emptied',
        description: null,
        group: null,
        keywords: ['bin', 'waste'],
        type: 'batch',
        metadata: false,
      },
      {
        code: 'LIGHT',
        name: 'Street light',
        description: null,
        group: null,
        keywords: [],
        type: 'realtime',
        metadata: false,
      },
      {
        code: 'NONAME',
        name: 'NONAME',
        description: null,
        group: null,
        keywords: [],
        type: 'realtime',
        metadata: false,
      },
    ]);
    expect(reports).toEqual([
      { call: 'getServices', skipped: 1, problems: [expect.stringMatching(/^entry 4: /)] },
    ]);
    expect(platform?.calls[0]?.url.search).toBe('');
  });
});

describe('a service definition', () => {
  it('reads string booleans and orders, numeric keys, and skips one unreadable attribute', async () => {
    const { client, reports } = await clientFor({
      'GET /services/POT.json': {
        service_code: 'POT',
        attributes: [
          {
            variable: 'true',
            code: 'SIZE',
            datatype: 'singlevaluelist',
            required: 'true',
            datatype_description: '',
            order: '2',
            description: 'How big?',
            values: [{ key: 1, name: 'Small' }, { key: '2', name: 'Large' }, { key: 'XL' }],
          },
          { code: 'LATER', datatype: 'string', description: 'No order given.' },
          {
            variable: 'false',
            code: 'NOTE',
            datatype: 'text',
            required: 'false',
            order: 1,
            description: 'Read this first.',
          },
          { code: 'BROKEN', datatype: 'colour', variable: true, required: false, order: 3 },
        ],
      },
    });
    const definition = await client.getServiceDefinition('POT');
    expect(definition).toEqual({
      serviceCode: 'POT',
      attributes: [
        {
          code: 'NOTE',
          datatype: 'text',
          required: false,
          variable: false,
          description: 'Read this first.',
          datatypeDescription: null,
          order: 1,
          values: [],
        },
        {
          code: 'SIZE',
          datatype: 'singlevaluelist',
          required: true,
          variable: true,
          description: 'How big?',
          datatypeDescription: null,
          order: 2,
          values: [
            { key: '1', name: 'Small' },
            { key: '2', name: 'Large' },
            { key: 'XL', name: 'XL' },
          ],
        },
        {
          code: 'LATER',
          datatype: 'string',
          required: false,
          variable: true,
          description: 'No order given.',
          datatypeDescription: null,
          order: 0,
          values: [],
        },
      ],
    });
    expect(reports).toMatchObject([{ call: 'getServiceDefinition', skipped: 1 }]);
  });
});

describe('request records', () => {
  const plain = {
    service_request_id: 638344,
    status: 'closed',
    status_notes: 'Fixed on Tuesday.',
    service_name: 'Pothole',
    service_code: 'POT',
    description: '',
    agency_responsible: '',
    service_notice: '',
    requested_datetime: '2026-11-28T09:00:00+08:00',
    updated_datetime: '2026-11-29T10:00:00+08:00',
    expected_datetime: '',
    address: '',
    address_id: '',
    zipcode: 100020,
    lat: '39.9042',
    long: '116.4074',
    media_url: '',
    x_unknown: { anything: true },
  };
  const rich = {
    service_request_id: '2',
    status: 'open',
    requested_datetime: '2026-11-28T01:00:00Z',
    updated_datetime: 'not a date',
    x_stage: 'in-progress',
    x_stage_history: [
      { stage: 'accepted', at: '2026-11-28T01:00:00Z' },
      { stage: 'in-progress', at: '2026-11-28T02:00:00Z' },
      { stage: 'teleported', at: 'yesterday' },
    ],
    x_handler_note: '师傅下午两点上门',
  };

  it('reads a plain Open311 record and one with the x_ extensions; skips the unreadable', async () => {
    const { client, reports } = await clientFor({
      'GET /requests.json': [plain, rich, { service_request_id: '3', status: 'pending' }],
    });
    const statuses = await client.getRequests(['638344', '2', '3']);
    expect(statuses).toEqual([
      {
        id: '638344',
        status: 'closed',
        stage: 'done',
        richStages: false,
        requestedAt: '2026-11-28T01:00:00.000Z',
        acceptedAt: '2026-11-28T01:00:00.000Z',
        inProgressAt: null,
        doneAt: '2026-11-29T02:00:00.000Z',
        handlerNote: 'Fixed on Tuesday.',
        updatedAt: '2026-11-29T02:00:00.000Z',
        rating: null,
      },
      {
        id: '2',
        status: 'open',
        stage: 'in-progress',
        richStages: true,
        requestedAt: '2026-11-28T01:00:00.000Z',
        acceptedAt: '2026-11-28T01:00:00.000Z',
        inProgressAt: '2026-11-28T02:00:00.000Z',
        doneAt: null,
        handlerNote: '师傅下午两点上门',
        updatedAt: '2026-11-28T01:00:00.000Z',
        rating: null,
      },
    ]);
    expect(reports).toMatchObject([{ call: 'getRequests', skipped: 1 }]);
    expect(platform?.calls[0]?.url.searchParams.get('service_request_id')).toBe('638344,2,3');
  });
});

describe('POST and token replies', () => {
  const request = plainRequest();

  it('reads a numeric id with an empty notice, and a token with an empty id', async () => {
    const created = await clientFor({
      'POST /requests.json': [{ service_request_id: 293944, service_notice: '', account_id: '' }],
    });
    expect(await created.client.postRequest(request, randomUUID())).toEqual({
      kind: 'created',
      id: '293944',
      serviceNotice: null,
    });
    await platform?.close();
    const token = await clientFor({
      'POST /requests.json': [{ token: 12345, service_request_id: '' }],
      'GET /tokens/12345.json': [{ token: '12345', service_request_id: '' }],
    });
    const posted = await token.client.postRequest(request, randomUUID());
    expect(posted).toEqual({ kind: 'token', token: '12345' });
    expect(await token.client.resolveToken('12345')).toBeNull();
  });
});
