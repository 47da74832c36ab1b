// The client's small pure parts: Retry-After, Open311 name fields, which error entry to show,
// duplicate recognition, and the request form as the reference centre decodes it. (The last
// block tests the reference server's form reader; it moves with the server.)
import { describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { type CentreRequest, checkRequest } from '../../../upstream/client/centreRequest.js';
import { encodeRequestForm } from '../../../upstream/client/encodeRequestForm.js';
import { maxRetryAfterMs, parseRetryAfter } from '../../../upstream/client/retryAfter.js';
import { splitName } from '../../../upstream/client/splitName.js';
import { buildCatalog } from '../../../centre/server/catalog/catalog.js';
import { readRequestForm } from '../../../centre/server/requests/readRequestForm.js';
import {
  isGenericError,
  kioskAttributeCodes,
  looksLikeDuplicate,
  mostUsefulError,
} from '../../../upstream/wire/index.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T00:00:00Z');
  it('reads delay-seconds and HTTP dates, never a negative delay', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 7 ', now)).toBe(7_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [
      null,
      '',
      '-5',
      '1.5',
      'soon',
      '2026-11-28T00:01:00Z',
      'Sat, 28 Nov 2026',
      'Infinity',
      'NaN',
      '1e9',
      '0x10',
      'Sat, 99 Nov 2026 00:00:00 GMT',
    ]) {
      expect(parseRetryAfter(value, now), String(value)).toBeNull();
    }
  });
  it('never gives a delay past 24 hours, nor one a Date cannot hold', () => {
    for (const value of [
      '86401',
      '99999999999',
      '9'.repeat(400),
      'Fri, 31 Dec 9999 23:59:59 GMT',
      'Sun, 29 Nov 2026 00:00:01 GMT',
    ]) {
      const delay = parseRetryAfter(value, now);
      expect(delay, value).toBe(maxRetryAfterMs);
      expect(() => new Date(now + (delay ?? 0)).toISOString()).not.toThrow();
    }
    expect(parseRetryAfter('Sat, 28 Nov 2026 00:01:00 GMT', Number.NaN)).toBeNull();
  });
});

describe('which error entry to show', () => {
  const generic = { code: '400', description: 'Error in input for POST_Service_Request' };
  const useful = { code: 'attribute_missing', description: 'attribute[WHISPAWN] is required.' };
  it('skips generic entries in front of the useful one', () => {
    expect(mostUsefulError([generic, useful])).toBe(useful);
    expect(mostUsefulError([useful, generic])).toBe(useful);
    expect(mostUsefulError([{ code: '400', description: '' }, useful])).toBe(useful);
    expect(mostUsefulError([{ code: 'error', description: 'Bad request' }, useful])).toBe(useful);
  });
  it('falls back to the first when every entry is generic, and to nothing for none', () => {
    expect(mostUsefulError([generic, { code: '400', description: 'Bad request.' }])).toBe(generic);
    expect(mostUsefulError([])).toBeUndefined();
  });
  it('counts a numeric code with a real sentence as useful', () => {
    expect(isGenericError({ code: '404', description: 'No service with code POT.' })).toBe(false);
    expect(isGenericError({ code: '403', description: 'Forbidden' })).toBe(true);
  });
});

describe('duplicate refusals', () => {
  it('are recognised by code or wording, on 400/409/422 only', () => {
    expect(looksLikeDuplicate(400, [{ code: '400', description: 'This is a duplicate.' }])).toBe(
      true,
    );
    expect(looksLikeDuplicate(400, [{ code: 'duplicate_request', description: 'x' }])).toBe(true);
    expect(
      looksLikeDuplicate(409, [
        {
          code: 'lookup_code_exists',
          description: 'A request with lookup code A03-1 is already stored under another key.',
        },
      ]),
    ).toBe(true);
    expect(looksLikeDuplicate(400, [{ code: '400', description: '重复提交' }])).toBe(true);
    expect(looksLikeDuplicate(500, [{ code: 'duplicate', description: 'duplicate' }])).toBe(false);
    expect(
      looksLikeDuplicate(422, [
        { code: 'idempotency_key_reused', description: 'This key was already used.' },
      ]),
    ).toBe(false);
    expect(
      looksLikeDuplicate(409, [{ code: 'already_rated', description: 'Already rated.' }]),
    ).toBe(false);
  });
});

describe('splitName', () => {
  it.each([
    ['张三明', { lastName: '张', firstName: '三明' }],
    ['王芳', { lastName: '王', firstName: '芳' }],
    ['欧阳娜娜', { lastName: '欧阳', firstName: '娜娜' }],
    ['司馬相如', { lastName: '司馬', firstName: '相如' }],
    ['欧阳', { lastName: '欧', firstName: '阳' }],
    ['李', { lastName: '李', firstName: null }],
    ['买买提·艾力', { firstName: '买买提', lastName: '艾力' }],
    ['Mary Ann  Smith', { firstName: 'Mary Ann', lastName: 'Smith' }],
    ['Madonna', { firstName: 'Madonna', lastName: null }],
    ['  ', { firstName: null, lastName: null }],
  ])('%s', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});

describe('the request form', () => {
  const catalog = buildCatalog(demoCommunity);
  const payload: CentreRequest = {
    serviceCode: 'health-medical-other',
    facts: {
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      kioskId: 'A03',
      category: 'health-medical',
      urgency: 'urgent',
      emergency: true,
      language: 'zh-TW',
      gridId: 'heping',
      submittedAt: '2026-11-28T09:15:00+08:00',
    },
    description: '  老人摔倒了\r\n起不来  ',
    name: '欧阳娜娜',
    phone: '010-65781234',
    location: { lat: null, long: null, address: '和平路12号' },
    attributes: {},
    declaredAttributes: kioskAttributeCodes,
  };
  const encode = (request: CentreRequest) => encodeRequestForm(checkRequest(request), 'key');

  it('decodes on the server to exactly what the kiosk meant', () => {
    const read = readRequestForm(encode(payload), catalog);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { service, attributes, ...form } = read.form;
    expect(service.code).toBe('health-medical-other');
    expect(form).toEqual({
      channel: 'kiosk',
      kioskId: 'A03',
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      urgency: 'urgent',
      emergency: true,
      language: 'zh-TW',
      gridId: 'heping',
      submittedAt: '2026-11-28T09:15:00+08:00',
      description: '老人摔倒了\n起不来',
      address: '和平路12号',
      addressId: null,
      lat: null,
      long: null,
      firstName: '娜娜',
      lastName: '欧阳',
      phone: '010-65781234',
      email: null,
      deviceId: null,
      accountId: null,
      mediaUrl: null,
    });
    expect(attributes.category).toBe('health-medical');
  });

  it('is the same bytes for the same payload, so a retry is recognised', () => {
    expect(encode(payload).toString()).toBe(encode({ ...payload }).toString());
  });

  it('defaults the optional kiosk attributes for other channels', () => {
    const form = new URLSearchParams({
      service_code: 'pipe-leak',
      address_string: '幸福里3号楼',
      'attribute[channel]': 'counter',
      'attribute[grid_id]': '',
    });
    const read = readRequestForm(form, catalog);
    expect(read.ok && read.form).toMatchObject({
      urgency: 'normal',
      emergency: false,
      language: 'zh-CN',
      gridId: null,
      ticket: null,
    });
  });

  it('names every attribute problem', () => {
    const form = new URLSearchParams({
      service_code: 'pipe-leak',
      address_string: 'x',
      'attribute[channel]': 'kiosk',
      'attribute[kiosk_id]': 'A 03',
      'attribute[grid_id]': 'Not_A_Slug',
      'attribute[submitted_at]': '2026-11-28 09:15',
      'attribute[emergency]': 'yes',
      'attribute[colour]': 'red',
    });
    const read = readRequestForm(form, catalog);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.code).sort()).toEqual(
      [
        'attribute_invalid', // kiosk_id
        'attribute_invalid', // grid_id
        'attribute_invalid', // submitted_at
        'attribute_invalid', // emergency
        'attribute_unknown', // colour
        'attribute_missing', // ticket
        'attribute_missing', // lookup_code
      ].sort(),
    );
    // kiosk_id was sent (badly), so it is reported as invalid, not also as missing.
    expect(read.errors.filter((e) => e.description.includes('kiosk_id'))).toHaveLength(1);
  });

  it('refuses control characters and keeps line breaks only in the description', () => {
    const base = { service_code: 'pipe-leak', address_string: 'x', 'attribute[channel]': 'web' };
    expect(
      readRequestForm(new URLSearchParams({ ...base, first_name: 'a\u0007b' }), catalog).ok,
    ).toBe(false);
    expect(readRequestForm(new URLSearchParams({ ...base, first_name: 'a\nb' }), catalog).ok).toBe(
      false,
    );
    expect(
      readRequestForm(new URLSearchParams({ ...base, description: 'a\nb\tc' }), catalog).ok,
    ).toBe(true);
  });
});
