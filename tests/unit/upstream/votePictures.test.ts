// A proposal's picture as a centre serves it: a photograph (JPEG, PNG, WebP) or a drawing (SVG)
// becomes a data: URL of its own type; a reply whose declared type and first bytes disagree (an
// HTML error page as image/jpeg, text as image/png), a camera original over the cap, a path
// outside the extension, and a 404 give no picture; a 500 is a retryable failure like any call.
import { describe, expect, it } from 'vitest';
import { createVoteClient } from '../../../upstream/client/voteClient.js';

const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(24, 7)]);
const jpeg = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(40, 1)]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([36, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(20, 2),
]);
const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>');
const path = (file: string) => `x/vote-rounds/2026-q4/pictures/${file}`;

function clientServing(status: number, type: string, body: Buffer, asked: string[] = []) {
  return createVoteClient({
    baseUrl: 'http://centre.test/open311/v2/',
    apiKey: 'kiosk-key',
    timeoutMs: 5_000,
    fetch: (input) => {
      asked.push(String(input));
      return Promise.resolve(
        new Response(new Uint8Array(body), { status, headers: { 'Content-Type': type } }),
      );
    },
  });
}

describe("a proposal's picture", () => {
  it.each([
    ['benches.jpg', 'image/jpeg', jpeg],
    ['lights.png', 'image/png', png],
    ['garden.webp', 'image/webp', webp],
    ['canteen.svg', 'image/svg+xml; charset=utf-8', svg],
  ])('keeps %s as a data: URL of its own type', async (file, type, body) => {
    const asked: string[] = [];
    const picture = await clientServing(200, type, body, asked).getPicture(path(file));
    const plainType = type.split(';')[0] ?? '';
    expect(picture).toBe(`data:${plainType};base64,${body.toString('base64')}`);
    expect(asked).toEqual([`http://centre.test/open311/v2/${path(file)}?api_key=kiosk-key`]);
  });

  it('gives no picture when the bytes are not what the type says', async () => {
    const html = Buffer.from('<html><body>Not found</body></html>');
    expect(await clientServing(200, 'image/jpeg', html).getPicture(path('a.jpg'))).toBeNull();
    expect(await clientServing(200, 'image/png', jpeg).getPicture(path('a.png'))).toBeNull();
    expect(await clientServing(200, 'text/html', svg).getPicture(path('a.svg'))).toBeNull();
    expect(await clientServing(200, 'image/gif', png).getPicture(path('a.png'))).toBeNull();
  });

  it('asks nothing for a path outside the extension, and gives none for a 404', async () => {
    const asked: string[] = [];
    const client = clientServing(404, 'application/json', Buffer.from('[]'), asked);
    expect(await client.getPicture('https://elsewhere.test/a.jpg')).toBeNull();
    expect(await client.getPicture('x/vote-rounds/r/pictures/a.exe')).toBeNull();
    expect(asked).toEqual([]);
    expect(await client.getPicture(path('a.jpg'))).toBeNull();
    expect(asked).toHaveLength(1);
  });

  it('refuses a camera original over the cap, and fails retryably on a 500', async () => {
    const huge = Buffer.concat([jpeg, Buffer.alloc(600 * 1024)]);
    await expect(
      clientServing(200, 'image/jpeg', huge).getPicture(path('a.jpg')),
    ).rejects.toMatchObject({ code: 'reply_too_large', kind: 'retryable' });
    await expect(
      clientServing(500, 'text/plain', Buffer.from('oops')).getPicture(path('a.jpg')),
    ).rejects.toMatchObject({ kind: 'retryable', status: 500 });
  });
});
