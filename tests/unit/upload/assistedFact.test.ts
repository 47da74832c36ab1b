// An assisted request (代办) tells the centre who entered it, as one of the kiosk's own facts in
// the description's last line: from the stored request, through the gateway's mapping, to the
// form the Open311 client posts. A resident's own request says nothing of the kind.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredRequest } from '../../../db/repositories/requests.js';
import { loadOrCreateKeys } from '../../../electron/services/security/kioskKeys.js';
import { seal } from '../../../electron/services/security/sealedFields.js';
import { centreRequestFrom } from '../../../electron/services/upload/centreClientGateway.js';
import { outgoingRequest } from '../../../electron/services/upload/outgoingRequest.js';
import { type FetchLike, createCentreClient } from '../../../upstream/client/index.js';
import {
  formatFactsLine,
  parseFactsLine,
  kioskAttributeCodes,
} from '../../../upstream/wire/index.js';
import { newRequestRow } from '../../support/newRequestRow.js';
import { catalogueResolver, sampleCatalogue } from './catalogueResolver.js';
import { kioskLocation } from './workerHarness.js';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-assisted-fact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = loadOrCreateKeys(dir);
const deps = {
  keys,
  resolveService: catalogueResolver(sampleCatalogue()),
  kioskLocation: () => kioskLocation,
};

const stored = (overrides: Partial<StoredRequest> = {}): StoredRequest => ({
  ...newRequestRow({
    personalSealed: seal(keys, { phone: '13812345678', description: '水管漏水' }),
  }),
  id: 7,
  dailySeq: 42,
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  ...overrides,
});

async function postedDescription(
  request: StoredRequest,
  declared: readonly string[] = [],
): Promise<string> {
  const prepared = outgoingRequest(request, deps);
  if (prepared.kind !== 'ready') throw new Error(prepared.problem);
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
  const centre = centreRequestFrom(prepared.request);
  await client.postRequest({ ...centre, declaredAttributes: declared }, randomUUID());
  return forms[0]?.get('description') ?? '';
}

describe('the assisted fact', () => {
  it('goes from the stored request to the facts line as 代办 and the staff id', async () => {
    const description = await postedDescription(stored({ assistedBy: 'wang.li' }));
    const lastLine = description.split('\n').at(-1) ?? '';
    expect(lastLine).toMatch(/ · 代办 wang\.li\]$/);
    expect(parseFactsLine(description)).toMatchObject({
      ticket: 'A03-1128-0042',
      assistedBy: 'wang.li',
    });
  });

  it('stays in the line on a platform that declares every other kiosk fact', async () => {
    const description = await postedDescription(stored({ assistedBy: 'wang.li' }), [
      ...kioskAttributeCodes,
    ]);
    expect(description).toBe('水管漏水\n[自助机 A03 · 代办 wang.li]');
  });

  it('is absent from a resident’s own request', async () => {
    const own = await postedDescription(stored({ assistedBy: null }));
    expect(own).not.toContain('代办');
    expect(parseFactsLine(own)?.assistedBy).toBeUndefined();
    const prepared = outgoingRequest(stored(), deps);
    expect(prepared.kind).toBe('ready');
    if (prepared.kind === 'ready') expect('assistedBy' in prepared.request.facts).toBe(false);
  });

  it('is refused in the line when it is not a plain token', () => {
    expect(() => formatFactsLine({ kioskId: 'A03', assistedBy: '王 丽' })).toThrow(RangeError);
    expect(parseFactsLine('[自助机 A03 · 代办 wang.li]')).toEqual({
      kioskId: 'A03',
      assistedBy: 'wang.li',
    });
  });
});
