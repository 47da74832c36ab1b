import { expect, test } from './support/kioskFixture.js';

test('an API call without the page token is refused', async ({ request, kiosk }) => {
  const response = await request.post(`${kiosk.url}api/getKioskInfo`, { data: {} });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
});

test('a call with a wrong token or from another origin is refused; the page itself is served', async ({
  page,
  request,
  kiosk,
}) => {
  const wrong = await request.post(`${kiosk.url}api/getKioskInfo`, {
    data: {},
    headers: { 'x-kiosk-token': 'guessed' },
  });
  expect(wrong.status()).toBe(403);

  await page.goto(kiosk.url);
  const token = await page.locator('meta[name="kiosk-api-token"]').getAttribute('content');
  expect(token).toMatch(/^[\w-]{40,}$/);
  const foreign = await request.post(`${kiosk.url}api/getKioskInfo`, {
    data: {},
    headers: { 'x-kiosk-token': token ?? '', origin: 'http://127.0.0.1:1' },
  });
  expect(foreign.status()).toBe(403);

  const fromPage = await page.evaluate(async (pageToken) => {
    const response = await fetch('./api/getKioskInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': pageToken ?? '' },
      body: '{}',
    });
    return response.json() as Promise<{ ok: boolean; value?: { communityName: string } }>;
  }, token);
  expect(fromPage).toMatchObject({ ok: true, value: { communityName: '幸福里社区服务中心' } });
});
