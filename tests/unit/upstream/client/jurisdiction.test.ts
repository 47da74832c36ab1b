// jurisdiction_id: from the client option on every call (query of a GET, form field of a POST),
// and a base URL's own query string kept on every call instead of being dropped.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCentreClient } from '../../../../upstream/client/index.js';
import { type LocalPlatform, sendJson, startLocalPlatform } from './support/localPlatform.js';
import { plainRequest } from './support/plainRequest.js';

let platform: LocalPlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

const request = plainRequest();

async function answeringEverything(): Promise<LocalPlatform> {
  return startLocalPlatform((call, res) => {
    const path = call.url.pathname;
    if (path.endsWith('/requests.json') && call.method === 'POST') {
      sendJson(res, 201, [{ service_request_id: '1' }]);
    } else if (path.endsWith('/ratings.json')) {
      sendJson(res, 201, [
        { service_request_id: '1', stars: 5, tags: [], rated_datetime: '2026-11-28T01:00:00Z' },
      ]);
    } else if (path.endsWith('/x/directory.json')) {
      sendJson(res, 404, []);
    } else if (/\/services\/[^/]+\.json$/.test(path)) {
      sendJson(res, 200, { service_code: 'POT', attributes: [] });
    } else {
      sendJson(res, 200, []);
    }
  });
}

async function everyCall(client: ReturnType<typeof createCentreClient>): Promise<void> {
  await client.getServices();
  await client.getServiceDefinition('POT');
  await client.postRequest(request, randomUUID());
  await client.findPosted({
    serviceCode: 'POT',
    ticket: 'A03-1128-0042',
    lookupCode: 'A03-20261128-0042',
    firstSentAt: new Date().toISOString(),
  });
  await client.resolveToken('t');
  await client.getRequests(['1']);
  await client.postRating('1', { stars: 5, tags: [] }, randomUUID());
  await client.getDirectory(null);
}

describe('jurisdiction_id', () => {
  it('from the option: in the query of every GET and the form of every POST', async () => {
    platform = await answeringEverything();
    await everyCall(
      createCentreClient({
        baseUrl: platform.url,
        apiKey: 'k',
        timeoutMs: 2_000,
        jurisdictionId: 'city.gov',
      }),
    );
    expect(platform.calls).toHaveLength(8);
    for (const call of platform.calls) {
      const where = call.method === 'GET' ? call.url.searchParams : new URLSearchParams(call.body);
      expect(where.getAll('jurisdiction_id'), `${call.method} ${call.url.pathname}`).toEqual([
        'city.gov',
      ]);
    }
  });

  it('from the base URL: its query is kept on every call, under its path prefix', async () => {
    platform = await answeringEverything();
    await everyCall(
      createCentreClient({
        baseUrl: `${platform.url}open311/v2/?jurisdiction_id=city&format=json`,
        apiKey: 'k',
        timeoutMs: 2_000,
      }),
    );
    expect(platform.calls).toHaveLength(8);
    for (const call of platform.calls) {
      expect(call.url.pathname.startsWith('/open311/v2/'), call.url.pathname).toBe(true);
      expect(call.url.searchParams.get('jurisdiction_id')).toBe('city');
      expect(call.url.searchParams.get('format')).toBe('json');
    }
    expect(platform.calls[0]?.url.pathname).toBe('/open311/v2/services.json');
  });

  it('is not sent when neither gives one, and a base without a trailing slash still works', async () => {
    platform = await answeringEverything();
    const client = createCentreClient({
      baseUrl: `${platform.url}open311/v2`,
      apiKey: 'k',
      timeoutMs: 2_000,
      jurisdictionId: '  ',
    });
    await client.getServices();
    await client.postRequest(request, randomUUID());
    const [list, post] = platform.calls;
    expect(list?.url.pathname).toBe('/open311/v2/services.json');
    expect(list?.url.search).toBe('');
    expect(new URLSearchParams(post?.body).has('jurisdiction_id')).toBe(false);
  });
});
