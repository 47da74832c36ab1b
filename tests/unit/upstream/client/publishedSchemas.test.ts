// Replies shaped like Open311's published JSON Schemas (tests/fixtures/open311-schemas/, checked
// here with ajv) are read by the client in full: every entry, nothing skipped. The client is
// more tolerant than the schemas, too: replies they reject (string booleans, "" for null) are
// still read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  type FetchLike,
  type SkippedReport,
  createCentreClient,
} from '../../../../upstream/client/index.js';
import { w3cDateTimePattern } from '../../../../upstream/wire/index.js';

const schemaDir = join(import.meta.dirname, '../../../fixtures/open311-schemas');
const schema = (name: string): object =>
  JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('date-time', w3cDateTimePattern);
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addSchema(schema('service.json'), 'service.json');
ajv.addSchema(schema('request.json'), 'request.json');
const validServiceList = ajv.compile(schema('services.json'));
const validDefinition = ajv.compile(schema('service-definition.json'));
const validRequestList = ajv.compile(schema('requests.json'));

const services = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description: 'Garbage or recycling cans that have been left out for more than 24 hours.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: 'street-light',
    service_name: '路灯不亮',
    description: null,
    metadata: false,
    type: 'batch',
    keywords: null,
    group: null,
  },
  { service_code: 'BIN', service_name: 'Bin', metadata: false, type: 'blackbox' },
];

const definition = {
  service_code: 'DMV66',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: '123', name: 'Ford' },
        { key: '124', name: 'Chrysler' },
      ],
    },
    {
      variable: false,
      code: 'NOTE',
      datatype: 'text',
      required: false,
      datatype_description: 'Read only.',
      order: null,
      description: null,
    },
    { variable: true, code: 'TYPES', datatype: 'multivaluelist', required: false },
  ],
};

const requests = [
  {
    service_request_id: '638344',
    status: 'closed',
    status_notes: 'Duplicate request.',
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: '2010-04-14T06:37:38-08:00',
    updated_datetime: '2010-04-14T06:37:38-08:00',
    expected_datetime: '2010-04-15T06:37:38-08:00',
    address: '8TH AVE and JUDAH ST',
    address_id: '545483',
    zipcode: '94122',
    lat: 37.762221815,
    long: -122.4651145,
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
  },
  {
    service_request_id: '638349',
    status: 'open',
    service_code: '006',
    requested_datetime: '2010-04-19T06:37:38-08:00',
    lat: null,
    long: null,
  },
];

function clientReplying(body: unknown) {
  const reports: SkippedReport[] = [];
  const fetch: FetchLike = async () =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  const client = createCentreClient({
    baseUrl: 'http://127.0.0.1:9/',
    apiKey: 'k',
    timeoutMs: 1_000,
    fetch,
    onSkipped: (report) => reports.push(report),
  });
  return { client, reports };
}

describe('replies that pass the published schemas', () => {
  it('the example documents do pass them', () => {
    expect(validServiceList(services), JSON.stringify(validServiceList.errors)).toBe(true);
    expect(validDefinition(definition), JSON.stringify(validDefinition.errors)).toBe(true);
    expect(validRequestList(requests), JSON.stringify(validRequestList.errors)).toBe(true);
  });

  it('services.json is read in full', async () => {
    const { client, reports } = clientReplying(services);
    expect((await client.getServices()).map((s) => [s.code, s.type, s.metadata])).toEqual([
      ['001', 'realtime', true],
      ['street-light', 'batch', false],
      ['BIN', 'blackbox', false],
    ]);
    expect(reports).toEqual([]);
  });

  it('a service definition is read in full, null orders and descriptions included', async () => {
    const { client, reports } = clientReplying(definition);
    const read = await client.getServiceDefinition('DMV66');
    expect(read.attributes.map((a) => a.code).sort()).toEqual(['NOTE', 'TYPES', 'WHISHETN']);
    expect(read.attributes.find((a) => a.code === 'NOTE')).toMatchObject({
      variable: false,
      description: '',
      datatypeDescription: 'Read only.',
    });
    expect(reports).toEqual([]);
  });

  it('requests.json is read in full', async () => {
    const { client, reports } = clientReplying(requests);
    const statuses = await client.getRequests(['638344', '638349']);
    expect(statuses.map((s) => [s.id, s.stage, s.richStages])).toEqual([
      ['638344', 'done', false],
      ['638349', 'accepted', false],
    ]);
    expect(reports).toEqual([]);
  });
});

describe('replies the schemas reject but platforms send', () => {
  it('string booleans and "" for null fail the schema and are still read', async () => {
    const loose = [{ ...services[0], metadata: 'true', description: '', group: '' }];
    expect(validServiceList(loose)).toBe(false);
    const { client, reports } = clientReplying(loose);
    expect(await client.getServices()).toMatchObject([
      { code: '001', metadata: true, description: null, group: null },
    ]);
    expect(reports).toEqual([]);

    const looseRecords = [{ ...requests[0], lat: '37.76', long: '-122.46', address_id: 545483 }];
    expect(validRequestList(looseRecords)).toBe(false);
    expect(await clientReplying(looseRecords).client.getRequests(['638344'])).toHaveLength(1);
  });
});
