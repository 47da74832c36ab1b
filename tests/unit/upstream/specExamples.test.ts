// The wire schemas against the JSON examples of the Open311 GeoReport v2 spec
// (open311.github.io, GeoReport_v2). The spec writes some ids as bare numbers with leading zeros
// ("service_code":001), which is not valid JSON; those are quoted here, as a real server sends them.
import { describe, expect, it } from 'vitest';
import { requestStatusFrom } from '../../../upstream/client/requestStatus.js';
import {
  Open311Errors,
  PostRequestReply,
  ServiceDefinition,
  ServiceList,
  ServiceRequestList,
  TokenResolution,
} from '../../../upstream/wire/index.js';

const serviceListExample = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description:
      'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: '002',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
  },
];

const definitionExample = {
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
        { key: 123, name: 'Ford' },
        { key: 124, name: 'Chrysler' },
      ],
    },
  ],
};

const postReplyExample = [
  {
    service_request_id: 293944,
    service_notice:
      'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code',
    account_id: null,
  },
];

const tokenExample = [{ service_request_id: 638344, token: 12345 }];

const requestsExample = [
  {
    service_request_id: 638344,
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
    address_id: 545483,
    zipcode: 94122,
    lat: 37.762221815,
    long: -122.4651145,
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg ',
  },
  {
    service_request_id: 638349,
    status: 'open',
    status_notes: null,
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: '2010-04-19T06:37:38-08:00',
    updated_datetime: '2010-04-19T06:37:38-08:00',
    expected_datetime: '2010-04-19T06:37:38-08:00',
    address: '8TH AVE and JUDAH ST',
    address_id: 545483,
    zipcode: 94122,
    lat: 37.762221815,
    long: -122.4651145,
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638349.jpg',
  },
];

const errorExample = [
  { code: 403, description: "Invalid api_key received -- can't proceed with create_request." },
];

describe('the wire schemas read the Open311 spec’s own examples', () => {
  it('GET Service List', () => {
    const services = ServiceList.parse(serviceListExample);
    expect(services.map((s) => s.service_code)).toEqual(['001', '002']);
  });

  it('GET Service Definition, with numeric value keys', () => {
    const definition = ServiceDefinition.parse(definitionExample);
    expect(definition.attributes[0]?.values?.map((v) => v.key)).toEqual(['123', '124']);
  });

  it('POST Service Request reply, with a numeric id', () => {
    expect(PostRequestReply.parse(postReplyExample)).toMatchObject({
      service_request_id: '293944',
      account_id: null,
    });
  });

  it('GET service_request_id from a token', () => {
    expect(TokenResolution.parse(tokenExample)).toEqual([
      { service_request_id: '638344', token: '12345' },
    ]);
  });

  it('GET Service Requests, and a plain Open311 record (no x_ extensions) as a kiosk status', () => {
    const records = ServiceRequestList.parse(requestsExample);
    expect(records.map((r) => [r.service_request_id, r.status])).toEqual([
      ['638344', 'closed'],
      ['638349', 'open'],
    ]);
    expect(requestStatusFrom(records[0] as (typeof records)[0])).toEqual({
      id: '638344',
      status: 'closed',
      stage: 'done',
      requestedAt: '2010-04-14T14:37:38.000Z',
      acceptedAt: '2010-04-14T14:37:38.000Z',
      inProgressAt: null,
      doneAt: '2010-04-14T14:37:38.000Z',
      handlerNote: 'Duplicate request.',
      updatedAt: '2010-04-14T14:37:38.000Z',
      rating: null,
    });
    expect(requestStatusFrom(records[1] as (typeof records)[0]).stage).toBe('accepted');
  });

  it('the error example, with its numeric code', () => {
    expect(Open311Errors.parse(errorExample)[0]?.code).toBe('403');
  });

  it('refuse what the spec rules out', () => {
    // A date without a time zone ("must be included").
    const [first] = requestsExample;
    expect(
      ServiceRequestList.safeParse([{ ...first, requested_datetime: '2010-04-14T06:37:38' }])
        .success,
    ).toBe(false);
    expect(ServiceRequestList.safeParse([{ ...first, status: 'pending' }]).success).toBe(false);
    // Stage and status must agree.
    expect(ServiceRequestList.safeParse([{ ...first, x_stage: 'in-progress' }]).success).toBe(
      false,
    );
    expect(Open311Errors.safeParse([]).success).toBe(false);
    expect(PostRequestReply.safeParse([{ service_notice: 'no id, no token' }]).success).toBe(false);
  });
});
