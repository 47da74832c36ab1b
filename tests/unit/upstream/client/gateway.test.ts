// The upload worker's port filled by the Open311 client: the kiosk's words mapped onto the wire
// and back (stages from open/closed or x_stage, status_notes as the handler's note, contract
// rating tags only), extensions degrading to unsupported, and failures as GatewayFailure.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  classifyCentreFailure,
  createCentreGateway,
  isDuplicateFailure,
} from '../../../../electron/services/upload/centreClientGateway.js';
import type { OutgoingRequest } from '../../../../electron/services/upload/centreGateway.js';
import {
  CentreError,
  type FetchLike,
  createCentreClient,
} from '../../../../upstream/client/index.js';
import { parseFactsLine } from '../../../../upstream/wire/index.js';

const json = { 'Content-Type': 'application/json' };

function gatewayOver(answer: (url: URL, init: RequestInit | undefined) => Response) {
  const seen: { url: URL; body: string }[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(String(input));
    seen.push({ url, body: String(init?.body ?? '') });
    return answer(url, init);
  };
  const client = createCentreClient({
    baseUrl: 'http://127.0.0.1:9/',
    apiKey: 'k',
    timeoutMs: 1_000,
    fetch,
  });
  return { gateway: createCentreGateway(client), seen };
}

const outgoing: OutgoingRequest = {
  serviceCode: 'POT',
  facts: {
    ticket: 'A03-1128-0042',
    lookupCode: 'A03-20261128-0042',
    kioskId: 'A03',
    category: 'safety-emergency',
    urgency: 'urgent',
    emergency: true,
    language: 'en',
    gridId: null,
    submittedAt: '2026-11-28T01:15:00Z',
  },
  description: 'A fall in the lobby',
  name: null,
  phone: null,
  location: { lat: 39.9, long: 116.4, address: null },
  attributes: { SIZE: '2' },
  declaredAttributes: ['SIZE', 'ticket'],
};

describe('the gateway maps the kiosk’s request onto the wire', () => {
  it('posts declared attributes and the facts line, and answers created or token', async () => {
    const { gateway, seen } = gatewayOver(
      () => new Response('[{"service_request_id":"11"}]', { status: 201, headers: json }),
    );
    expect(await gateway.postRequest(outgoing, randomUUID())).toEqual({
      kind: 'created',
      id: '11',
    });
    const form = new URLSearchParams(seen[0]?.body);
    expect(form.get('attribute[SIZE]')).toBe('2');
    expect(form.get('attribute[ticket]')).toBe('A03-1128-0042');
    expect(parseFactsLine(form.get('description'))).toEqual({
      kioskId: 'A03',
      lookupCode: 'A03-20261128-0042',
      category: 'safety-emergency',
      urgency: 'urgent',
      emergency: true,
      language: 'en',
      submittedAt: '2026-11-28T01:15:00Z',
    });
    const tokens = gatewayOver(
      () => new Response('[{"token":"t9"}]', { status: 201, headers: json }),
    );
    expect(await tokens.gateway.postRequest(outgoing, randomUUID())).toEqual({
      kind: 'token',
      token: 't9',
    });
  });
});

describe('statuses', () => {
  it('map open/closed onto the three stages, and use x_stage only when present', async () => {
    const { gateway } = gatewayOver(
      () =>
        new Response(
          JSON.stringify([
            {
              service_request_id: '1',
              status: 'open',
              status_notes: '已派单',
              requested_datetime: '2026-11-28T01:00:00Z',
            },
            {
              service_request_id: '2',
              status: 'closed',
              status_notes: '',
              requested_datetime: '2026-11-28T01:00:00Z',
              updated_datetime: '2026-11-28T05:00:00Z',
            },
            {
              service_request_id: '3',
              status: 'open',
              requested_datetime: '2026-11-28T01:00:00Z',
              x_stage: 'in-progress',
              x_stage_history: [{ stage: 'in-progress', at: '2026-11-28T02:00:00Z' }],
              x_handler_note: '师傅下午到',
            },
          ]),
          { status: 200, headers: json },
        ),
    );
    expect(await gateway.getStatuses(['1', '2', '3'])).toEqual([
      {
        id: '1',
        status: 'open',
        stage: 'accepted',
        richStages: false,
        stageTimes: [{ stage: 'accepted', at: '2026-11-28T01:00:00.000Z' }],
        handlerNote: '已派单',
        updatedAt: '2026-11-28T01:00:00.000Z',
      },
      {
        id: '2',
        status: 'closed',
        stage: 'done',
        richStages: false,
        stageTimes: [
          { stage: 'accepted', at: '2026-11-28T01:00:00.000Z' },
          { stage: 'done', at: '2026-11-28T05:00:00.000Z' },
        ],
        handlerNote: null,
        updatedAt: '2026-11-28T05:00:00.000Z',
      },
      {
        id: '3',
        status: 'open',
        stage: 'in-progress',
        richStages: true,
        stageTimes: [
          { stage: 'accepted', at: '2026-11-28T01:00:00.000Z' },
          { stage: 'in-progress', at: '2026-11-28T02:00:00.000Z' },
        ],
        handlerNote: '师傅下午到',
        updatedAt: '2026-11-28T01:00:00.000Z',
      },
    ]);
  });
});

describe('extensions and discovery', () => {
  it('ratings send only the contract’s tags; 404 on ratings or directory is unsupported', async () => {
    const rated = gatewayOver(
      () =>
        new Response(
          '[{"service_request_id":"1","stars":4,"tags":["fast"],"rated_datetime":"2026-11-28T01:00:00Z"}]',
          { status: 201, headers: json },
        ),
    );
    expect(
      await rated.gateway.postRating('1', { stars: 4, tags: ['fast', 'made-up'] }, randomUUID()),
    ).toEqual({ kind: 'accepted' });
    expect(new URLSearchParams(rated.seen[0]?.body).get('tags')).toBe('fast');
    const plain = gatewayOver(() => new Response('Not Found', { status: 404 }));
    expect(await plain.gateway.postRating('1', { stars: 4, tags: [] }, randomUUID())).toEqual({
      kind: 'unsupported',
    });
    expect(await plain.gateway.getDirectory(null)).toEqual({ kind: 'unsupported' });
  });

  it('services and definitions come back in the port’s shape', async () => {
    const { gateway } = gatewayOver((url) =>
      url.pathname === '/services.json'
        ? new Response(
            '[{"service_code":"POT","service_name":"Pothole","metadata":"true","type":"realtime","keywords":"road"}]',
            { status: 200, headers: json },
          )
        : new Response(
            '{"service_code":"POT","attributes":[{"code":"SIZE","datatype":"multivaluelist","variable":true,"required":"false","order":1,"description":"Size","values":[{"key":"s","name":"Small"}]}]}',
            { status: 200, headers: json },
          ),
    );
    expect(await gateway.getServices()).toEqual([
      {
        code: 'POT',
        name: 'Pothole',
        description: null,
        group: null,
        keywords: ['road'],
        type: 'realtime',
        metadata: true,
      },
    ]);
    expect(await gateway.getServiceDefinition('POT')).toEqual({
      serviceCode: 'POT',
      attributes: [
        {
          code: 'SIZE',
          datatype: 'multivaluelist',
          required: false,
          variable: true,
          description: 'Size',
          datatypeDescription: null,
          order: 1,
          values: [{ key: 's', name: 'Small' }],
        },
      ],
    });
  });
});

describe('classifyCentreFailure', () => {
  const refusal = (status: number, errors: { code: string; description: string }[]) =>
    gatewayOver(() => new Response(JSON.stringify(errors), { status, headers: json }));

  it('keeps every error entry and the status; the reason names the useful one', async () => {
    const { gateway } = refusal(400, [
      { code: '400', description: 'Error in input for POST_Service_Request' },
      { code: 'attribute_missing', description: 'attribute[SIZE] is required.' },
    ]);
    const failure = classifyCentreFailure(
      await gateway.postRequest(outgoing, randomUUID()).catch((e: unknown) => e),
    );
    expect(failure).toEqual({
      kind: 'permanent',
      retryAfterMs: undefined,
      reason: 'attribute_missing (HTTP 400): attribute[SIZE] is required.',
      status: 400,
      errors: [
        { code: '400', description: 'Error in input for POST_Service_Request' },
        { code: 'attribute_missing', description: 'attribute[SIZE] is required.' },
      ],
    });
    expect(isDuplicateFailure(failure)).toBe(false);
  });

  it('a duplicate refusal stays permanent and is recognisable', async () => {
    const { gateway } = refusal(400, [
      { code: '400', description: 'Error in input for POST_Service_Request' },
      { code: '400', description: 'This request is a duplicate of one already received.' },
    ]);
    const failure = classifyCentreFailure(
      await gateway.postRequest(outgoing, randomUUID()).catch((e: unknown) => e),
    );
    expect(failure.kind).toBe('permanent');
    expect(failure.reason.startsWith('duplicate (HTTP 400): ')).toBe(true);
    expect(failure.errors).toHaveLength(2);
    expect(isDuplicateFailure(failure)).toBe(true);
  });

  it('something that is not a CentreError is retryable with no status', () => {
    expect(classifyCentreFailure(new Error('socket\nhang up'))).toEqual({
      kind: 'retryable',
      retryAfterMs: undefined,
      reason: 'socket hang up',
      status: null,
      errors: [],
    });
    const local = new CentreError({
      kind: 'permanent',
      code: 'location_missing',
      description: 'No location.',
      status: null,
      retryAfterMs: null,
      upstreamErrors: [],
    });
    expect(classifyCentreFailure(local)).toMatchObject({
      reason: 'location_missing: No location.',
      status: null,
    });
  });
});
