// The real host process, fed what a hostile or broken client sends over a raw socket. Whatever
// arrives, the process must stay up and keep answering the kiosk page. A few hundred generated
// cases from a fixed seed, so a failure replays exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawExchange, rawExchange } from '../../support/rawHttp.js';
import { seededRandom } from '../../support/seededRandom.js';
import { type HostProcess, startHostProcess } from '../../support/startHostProcess.js';

let host: HostProcess;
let port: number;
let token: string;
// Personal-looking bytes in the junk: they must never reach the host's log.
const marker = '13812345678';

beforeAll(async () => {
  host = await startHostProcess();
  port = Number(new URL(host.url).port);
  const page = await rawExchange(
    port,
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
  const found = /name="kiosk-api-token" content="([^"]+)"/.exec(page.reply);
  if (!found?.[1]) throw new Error(`no token in the page: ${page.reply.slice(0, 200)}`);
  token = found[1];
});
afterAll(async () => {
  await host.stop();
});

const own = () => `127.0.0.1:${port}`;

async function stillAnswers(after: string): Promise<void> {
  const page = await rawExchange(
    port,
    `GET / HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`,
  );
  expect(page.status, `the page after ${JSON.stringify(after).slice(0, 200)}`).toBe(200);
  const api = await rawExchange(
    port,
    `POST /api/getSettings HTTP/1.1\r\nHost: ${own()}\r\nX-Kiosk-Token: ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
  );
  expect(api.status, `the API after ${JSON.stringify(after).slice(0, 200)}`).toBe(200);
}

/** A request as raw text; the named cases add `Connection: close` so the host ends the exchange. */
function request(line: string, headers: string[] = [`Host: ${own()}`], body = ''): string {
  return `${line}\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n${body}`;
}

describe('the host process against malformed requests', () => {
  it('answers an absolute-form target that URL parsing rejects, and keeps serving', async () => {
    for (const target of ['http://[/', 'http://[::1/', 'http://%zz/', `http://a b/`, '/\\[']) {
      const reply = await rawExchange(port, request(`GET ${target} HTTP/1.1`));
      expect(reply.status, target).toBe(400);
      await stillAnswers(target);
    }
  });

  it('takes an absolute-form target’s authority over Host, and refuses foreign ones', async () => {
    const ownAbsolute = await rawExchange(
      port,
      request(`GET http://${own()}/ HTTP/1.1`, ['Host: evil.example']),
    );
    expect(ownAbsolute.status).toBe(200);
    const foreign = await rawExchange(
      port,
      request(`GET http://evil.example/ HTTP/1.1`, [`Host: ${own()}`]),
    );
    expect(foreign.status).toBe(421);
    const shouting = await rawExchange(
      port,
      request('GET / HTTP/1.1', [`Host: LOCALHOST:${port}`]),
    );
    expect(shouting.status).toBe(200);
  });

  it('answers bad percent-encoding, huge headers and invalid methods without dying', async () => {
    expect((await rawExchange(port, request('GET /assets/%zz%E0%A4.js HTTP/1.1'))).status).toBe(
      404,
    );
    const unknownCall = await rawExchange(
      port,
      request(
        'POST /api/%E0%A4%A HTTP/1.1',
        [`Host: ${own()}`, `X-Kiosk-Token: ${token}`, 'Content-Length: 2'],
        '{}',
      ),
    );
    expect(unknownCall.status).toBe(404);
    const huge = await rawExchange(
      port,
      request('GET / HTTP/1.1', [`Host: ${own()}`, `X-Big: ${'a'.repeat(40_000)}`]),
    );
    expect(huge.status).toBe(431);
    expect((await rawExchange(port, request('G@T / HTTP/1.1'))).status).toBe(400);
    await stillAnswers('the named cases');
  });

  it('survives a client that walks away in the middle of a body', async () => {
    for (let i = 0; i < 20; i += 1) {
      const cut = await rawExchange(
        port,
        request(
          'POST /api/submitRequest HTTP/1.1',
          [`Host: ${own()}`, `X-Kiosk-Token: ${token}`, 'Content-Length: 5000'],
          `{"category":"basic-living","description":"${marker}`,
        ),
        'cut-off',
      );
      expect(cut.status).toBeUndefined();
    }
    await stillAnswers('bodies cut off');
  });

  it('survives a few hundred generated malformed requests (seed 20261201)', async () => {
    const random = seededRandom(20261201);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    // Each part is well-formed most of the time, so cases get past the parser to the handlers.
    const part = <T>(fine: readonly T[], broken: readonly T[], brokenShare = 0.25): T =>
      random() < brokenShare ? pick(broken) : pick(fine);
    const methods = {
      fine: ['GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'PROPFIND', 'BREW'],
      broken: ['G ET', 'get', 'GE\u0000T', '', 'P'.repeat(300), 'CONNECT', 'G@T'],
    };
    const targets = {
      fine: [
        '/',
        '/api/getSettings',
        '/api/',
        '/api/__proto__',
        '/api/constructor',
        '/api/toString',
        `http://${own()}/api/getSettings`,
        `http://localhost:${port}/`,
        '//',
        '//evil.example/x',
        '/%',
        '/%zz',
        '/%00',
        '/..%2f..%2fetc%2fpasswd',
        `/${marker}`,
        `/?q=${marker}`,
        '/#x',
        `/${'a/'.repeat(2000)}`,
        '/assets/../../secret',
        '/index.html',
        '/x.js%20',
        '/assets/%E0%A4%A.js',
        'http://127.0.0.1:1/',
        'HTTP://127.0.0.1/',
      ],
      broken: [
        'http://[/',
        'http://[',
        '*',
        `127.0.0.1:${port}`,
        '',
        ' ',
        '/\u00e9\u4e2d',
        '/\\[',
        '/\\evil.example',
        'https://[::1]:99999/',
        'http://user:pw@127.0.0.1/',
        'file:///etc',
        'javascript:alert(1)',
        '/\t/',
      ],
    };
    const versions = {
      fine: ['HTTP/1.1', 'HTTP/1.0'],
      broken: ['HTTP/2.0', 'HTTP/9.9', 'http/1.1', 'HTTP/1.1x', '', 'HTTP/', 'HTTP/1.1 extra'],
    };
    const headers = {
      fine: [
        `Host: ${own()}`,
        `Host: ${own()}`,
        'Host: evil.example',
        'Host:',
        'Host: [',
        'Host: [::1',
        `Host: ${own()}:1`,
        `Host: LocalHost:${port}`,
        `Host: ${marker}`,
        'Host: \u00ff',
        `X-Kiosk-Token: ${token}`,
        `X-Kiosk-Token: ${token}`,
        'X-Kiosk-Token: wrong',
        `Origin: http://${own()}`,
        'Origin: null',
        'Origin: http://evil.example',
        'Content-Length: 0',
        'Content-Length: 2',
        'Transfer-Encoding: chunked',
        'Content-Type: application/json',
        `X-Name: ${marker}`,
        'Connection: keep-alive',
        'Expect: 100-continue',
        'Upgrade: websocket',
        `Cookie: ${'c=1; '.repeat(50)}`,
      ],
      broken: [
        'NoColonHere',
        'Bad Name: x',
        ' folded continuation',
        'Content-Length: -1',
        'Content-Length: 1, 2',
        'Content-Length: 99999999999999999999',
        'Transfer-Encoding: gzip, chunked',
        'X-Nul: a\u0000b',
        `X-Big: ${'b'.repeat(20_000)}`,
      ],
    };
    const bodies = [
      '',
      '{}',
      '{oops',
      '0\r\n\r\n',
      'zz\r\nnot-hex\r\n',
      `{"a":"${marker}"}`,
      '{"language":"fr"}',
      '['.repeat(5000),
      '\u0000\u0001\u0002',
    ];

    const cases = 300;
    const seen = new Map<number | undefined, number>();
    for (let i = 0; i < cases; i += 1) {
      const lines = Array.from({ length: Math.floor(random() * 6) }, () =>
        part(headers.fine, headers.broken, 0.1),
      );
      if (random() < 0.1) lines.push(...Array.from({ length: 300 }, (_, n) => `X-Many-${n}: v`));
      const line =
        random() < 0.05
          ? Buffer.from(Array.from({ length: 40 }, () => Math.floor(random() * 256))).toString(
              'latin1',
            )
          : [
              part(methods.fine, methods.broken, 0.15),
              part(targets.fine, targets.broken),
              part(versions.fine, versions.broken, 0.1),
            ].join(' ');
      const bytes = Buffer.from(
        `${line}\r\n${lines.map((h) => `${h}\r\n`).join('')}\r\n${pick(bodies)}`,
        'latin1',
      );
      const reply: RawExchange = await rawExchange(
        port,
        bytes,
        random() < 0.15 ? 'cut-off' : 'half-close',
      );
      seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
      // A 500 means a handler threw; caught, but still a bug to find here.
      expect(reply.status, `case ${i}: ${line.slice(0, 120)}`).not.toBe(500);
      await stillAnswers(`case ${i}: ${line}`);
    }
    console.info('statuses seen (undefined: no answer before the socket closed)', {
      ...Object.fromEntries(seen),
    });
    // The generator reached both the parser's refusals and the handlers' own answers.
    expect(seen.get(400) ?? 0).toBeGreaterThan(20);
    expect(seen.get(421) ?? 0).toBeGreaterThan(5);
    expect(seen.get(405) ?? 0).toBeGreaterThan(0);
    expect(host.output()).not.toContain(marker);
    // Junk is logged by kind, once a minute, not once per request.
    const logLines = host
      .output()
      .split('\n')
      .filter((line) => line.includes('http host refused'));
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.length).toBeLessThan(40);
  });
});
