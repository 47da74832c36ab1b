// What POST /requests.json carries: only the spec's top-level fields, only declared attributes
// (multivaluelist as attribute[code][]), the kiosk's facts as attributes only where declared and
// otherwise in the facts line, a location or a local refusal, and never an empty field.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CentreError,
  type CentreRequest,
  type FetchLike,
  createCentreClient,
} from '../../../../upstream/client/index.js';
import {
  kioskAttributeCodes,
  open311RequestFields,
  parseFactsLine,
} from '../../../../upstream/wire/index.js';

function capturingClient() {
  const forms: URLSearchParams[] = [];
  const fetch: FetchLike = async (_url, init) => {
    forms.push(new URLSearchParams(String(init?.body)));
    return new Response('[{"service_request_id":"7"}]', {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  const client = createCentreClient({
    baseUrl: 'http://127.0.0.1:9/',
    apiKey: 'secret',
    timeoutMs: 1_000,
    fetch,
  });
  return { client, forms };
}

const base: CentreRequest = {
  serviceCode: 'POT',
  facts: {
    ticket: 'A03-1128-0042',
    lookupCode: 'A03-20261128-0042',
    kioskId: 'A03',
    category: 'basic-living',
    urgency: 'urgent',
    emergency: true,
    language: 'zh-CN',
    gridId: 'xfl-north',
    submittedAt: '2026-11-28T09:15:00+08:00',
  },
  description: '路面有个大坑',
  name: '张三明',
  phone: '13812345678',
  location: { lat: null, long: null, address: '幸福里3号楼' },
  attributes: {},
  declaredAttributes: [],
};

async function sent(request: CentreRequest): Promise<URLSearchParams> {
  const { client, forms } = capturingClient();
  await client.postRequest(request, randomUUID());
  const [form] = forms;
  if (!form) throw new Error('nothing was sent');
  return form;
}

const attributeNames = (form: URLSearchParams) =>
  [...form.keys()].filter((name) => name.startsWith('attribute['));

describe('attributes', () => {
  it('are sent only when the service declares them; multivaluelist as attribute[code][]', async () => {
    const form = await sent({
      ...base,
      attributes: { WHISPAWN: '123456', colour: 'red', types: ['a', 'b'], blank: '  ' },
      declaredAttributes: ['WHISPAWN', 'types', 'blank'],
    });
    expect(form.getAll('attribute[WHISPAWN]')).toEqual(['123456']);
    expect(form.getAll('attribute[types][]')).toEqual(['a', 'b']);
    expect(attributeNames(form)).toEqual([
      'attribute[WHISPAWN]',
      'attribute[types][]',
      'attribute[types][]',
    ]);
  });

  it('a platform that declares none of the kiosk’s gets every fact in the facts line', async () => {
    const form = await sent(base);
    expect(attributeNames(form)).toEqual([]);
    const description = form.get('description') ?? '';
    expect(description.startsWith('路面有个大坑\n')).toBe(true);
    expect(parseFactsLine(description)).toEqual({
      kioskId: 'A03',
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      category: 'basic-living',
      urgency: 'urgent',
      emergency: true,
      language: 'zh-CN',
      gridId: 'xfl-north',
      submittedAt: '2026-11-28T09:15:00+08:00',
    });
  });

  it('declared facts go as attributes and leave the line; the kiosk’s fact wins a clash', async () => {
    const form = await sent({
      ...base,
      attributes: { ticket: 'typed-by-someone', urgency: 'low' },
      declaredAttributes: ['ticket', 'channel', 'emergency', 'urgency'],
    });
    expect(Object.fromEntries(attributeNames(form).map((n) => [n, form.getAll(n)]))).toEqual({
      'attribute[channel]': ['kiosk'],
      'attribute[ticket]': ['A03-1128-0042'],
      'attribute[urgency]': ['urgent'],
      'attribute[emergency]': ['true'],
    });
    const line = parseFactsLine(form.get('description'));
    expect(line).toMatchObject({ kioskId: 'A03', lookupCode: 'A03-20261128-0042' });
    expect(line).not.toHaveProperty('ticket');
    expect(line).not.toHaveProperty('urgency');
    expect(line).not.toHaveProperty('emergency');
  });

  it('every fact declared: no facts line at all, and emergency=false is still said', async () => {
    const form = await sent({
      ...base,
      facts: { ...base.facts, emergency: false, gridId: null },
      declaredAttributes: kioskAttributeCodes,
    });
    expect(form.get('description')).toBe('路面有个大坑');
    expect(form.get('attribute[emergency]')).toBe('false');
    expect(form.has('attribute[grid_id]')).toBe(false);
  });
});

describe('top-level fields', () => {
  it('are only the spec’s, and none is ever empty', async () => {
    const form = await sent({
      ...base,
      name: null,
      phone: null,
      description: '',
      location: { lat: 39.9042, long: 116.4074, address: null },
    });
    const known: ReadonlySet<string> = new Set(open311RequestFields);
    for (const [name, value] of form) {
      if (!name.startsWith('attribute[')) expect(known.has(name), name).toBe(true);
      expect(value.trim(), name).not.toBe('');
    }
    expect(Object.fromEntries(form)).toMatchObject({
      api_key: 'secret',
      service_code: 'POT',
      lat: '39.9042',
      long: '116.4074',
    });
    expect(form.has('address_string')).toBe(false);
    expect(form.has('first_name')).toBe(false);
    expect(form.has('phone')).toBe(false);
  });

  it('splits the name as Open311 wants it', async () => {
    const form = await sent({ ...base, name: '欧阳娜娜' });
    expect([form.get('first_name'), form.get('last_name')]).toEqual(['娜娜', '欧阳']);
  });
});

describe('the location', () => {
  it('sends lat/long and the address when both are given', async () => {
    const form = await sent({ ...base, location: { lat: 39.9, long: 116.4, address: '大厅' } });
    expect([form.get('lat'), form.get('long'), form.get('address_string')]).toEqual([
      '39.9',
      '116.4',
      '大厅',
    ]);
  });

  it('is required: neither lat/long nor an address is refused on the kiosk, with no call', async () => {
    const { client, forms } = capturingClient();
    for (const location of [
      { lat: null, long: null, address: null },
      { lat: null, long: null, address: '   ' },
    ]) {
      const error = await client.postRequest({ ...base, location }, randomUUID()).catch((e) => e);
      expect(error).toBeInstanceOf(CentreError);
      expect(error).toMatchObject({ kind: 'permanent', code: 'location_missing', status: null });
    }
    const half = await client
      .postRequest({ ...base, location: { lat: 39.9, long: null, address: '大厅' } }, randomUUID())
      .catch((e) => e);
    expect(half).toMatchObject({ kind: 'permanent', code: 'payload_invalid' });
    const outOfRange = await client
      .postRequest({ ...base, location: { lat: 91, long: 0, address: null } }, randomUUID())
      .catch((e) => e);
    expect(outOfRange).toMatchObject({ kind: 'permanent', code: 'payload_invalid' });
    expect(forms).toHaveLength(0);
  });
});

describe('the resident’s text, by the kiosk’s one text rule (text/plainText.ts)', () => {
  it('is sent clean when a request stored before the rule has controls, bidi or zero-width in it', async () => {
    const form = await sent({
      ...base,
      description: '路面\u0000有个\u202e大坑\u200b\r\n第二行',
      name: '张\u200d三\u0007明',
      location: { lat: null, long: null, address: '幸福里\u20663号楼\u2069' },
      attributes: { note: 'a\u0085b\u001bc', types: ['x\u200by'] },
      declaredAttributes: ['note', 'types'],
    });
    expect((form.get('description') ?? '').split('\n').slice(0, 2)).toEqual([
      '路面有个大坑',
      '第二行',
    ]);
    expect(`${form.get('last_name') ?? ''}${form.get('first_name') ?? ''}`).toBe('张三明');
    expect(form.get('address_string')).toBe('幸福里3号楼');
    expect(form.get('attribute[note]')).toBe('a\nbc');
    expect(form.getAll('attribute[types][]')).toEqual(['xy']);
    const unsent =
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
    for (const value of form.values()) expect(value).not.toMatch(unsent);
  });
});

describe('a request nothing fitted', () => {
  it('carries the needs-routing flag in the facts line, whatever is declared', async () => {
    const form = await sent({
      ...base,
      facts: { ...base.facts, needsRouting: true },
      declaredAttributes: [...kioskAttributeCodes],
    });
    const description = form.get('description') ?? '';
    expect(parseFactsLine(description)).toMatchObject({ kioskId: 'A03', needsRouting: true });
    expect(description.startsWith('路面有个大坑\n')).toBe(true);
  });

  it('has no flag when matched', async () => {
    const form = await sent(base);
    expect(parseFactsLine(form.get('description'))?.needsRouting).toBeUndefined();
  });
});
