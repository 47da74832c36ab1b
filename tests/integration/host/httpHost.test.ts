import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpHost, startHttpHost } from '../../../electron/host/httpHost.js';
import { type KioskRuntime, startKioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { demoKit } from '../../../demo/demoKit.js';

let dir: string;
let runtime: KioskRuntime;
let host: HttpHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<html><head><title>k</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the page');
  runtime = startKioskRuntime({
    dataDir: join(dir, 'data'),
    shell: 'test',
    demo: demoKit,
    env: {},
    logger: createMemoryLogger(),
  });
  host = await startHttpHost({ dispatch: runtime.dispatch, rendererDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw requests, so a test can send the headers a browser never would. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const apiHeaders = () => ({ 'x-kiosk-token': host.token, 'content-type': 'application/json' });

describe('the local HTTP host', () => {
  it('listens on loopback only and hands its page the token with a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="kiosk-api-token" content="${host.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/missing.js',
    ]) {
      const reply = await send('GET', path);
      expect(reply.text, path).not.toContain('not for the page');
      expect(reply.status, path).toBe(404);
    }
  });

  it('answers calls that carry the token, through the contract', async () => {
    const info = await send('POST', '/api/getKioskInfo', apiHeaders(), '{}');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.text)).toMatchObject({
      ok: true,
      value: { kioskId: 'A01', languages: ['zh-CN', 'zh-TW', 'en'] },
    });
    const bad = await send('POST', '/api/updateSettings', apiHeaders(), '{"language":"fr"}');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: ['language'] },
    });
    const unknown = await send('POST', '/api/dropTables', apiHeaders(), '{}');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { code: 'unknown-call' } });
  });

  it('refuses calls without the token, from another origin or for another host name', async () => {
    expect((await send('POST', '/api/getSettings', {}, '{}')).status).toBe(403);
    expect(
      (await send('POST', '/api/getSettings', { 'x-kiosk-token': `${host.token}x` }, '{}')).status,
    ).toBe(403);
    const otherOrigin = await send(
      'POST',
      '/api/getSettings',
      { ...apiHeaders(), origin: 'http://localhost:9999' },
      '{}',
    );
    expect(otherOrigin.status).toBe(403);
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    expect(
      (
        await send(
          'POST',
          '/api/getSettings',
          { ...apiHeaders(), host: `evil.example:${host.port}` },
          '{}',
        )
      ).status,
    ).toBe(421);
    expect((await send('GET', '/', { host: 'evil.example' })).status).toBe(421);
  });

  it('refuses bodies that are not JSON, too large, or calls by GET', async () => {
    expect((await send('POST', '/api/getSettings', apiHeaders(), '{oops')).status).toBe(400);
    expect(
      (await send('POST', '/api/updateSettings', apiHeaders(), Buffer.alloc(70 * 1024, 0x20)))
        .status,
    ).toBe(413);
    expect((await send('GET', '/api/getSettings', apiHeaders())).status).toBe(405);
    // The host is still well after all that.
    expect((await send('POST', '/api/getSettings', apiHeaders(), '')).status).toBe(200);
  });
});

describe('the local HTTP host without its page', () => {
  it('answers 503 for app routes instead of falling back to the page forever', async () => {
    const emptyDir = join(dir, 'empty-renderer');
    mkdirSync(emptyDir, { recursive: true });
    const bare = await startHttpHost({
      dispatch: runtime.dispatch,
      rendererDir: emptyDir,
      port: 0,
      logger: createMemoryLogger(),
    });
    try {
      for (const path of ['/', '/ask/step-2']) {
        const reply = await new Promise<number>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port: bare.port,
              path,
              headers: { host: `127.0.0.1:${bare.port}` },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end();
        });
        expect(reply, path).toBe(503);
      }
    } finally {
      await bare.close();
    }
  });
});

describe('the local HTTP host when a handler fails', () => {
  it('answers 500, logs the kind only, and serves the next request', async () => {
    const brokenDir = join(dir, 'broken-renderer');
    mkdirSync(brokenDir, { recursive: true });
    // No </head> to put the token before: building the page throws.
    writeFileSync(join(brokenDir, 'index.html'), '<html><body>no head</body></html>');
    const logger = createMemoryLogger();
    const broken = await startHttpHost({
      dispatch: () => {
        throw new Error('dispatcher broke on 13812345678');
      },
      rendererDir: brokenDir,
      port: 0,
      logger,
    });
    const status = (method: string, path: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: broken.port,
            method,
            path,
            headers: { host: `127.0.0.1:${broken.port}`, ...headers },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(method === 'POST' ? '{}' : undefined);
      });
    try {
      expect(await status('POST', '/api/getSettings', { 'x-kiosk-token': broken.token })).toBe(500);
      expect(await status('GET', '/')).toBe(500);
      expect(await status('GET', '/missing.js')).toBe(404);
      expect(logger.lines.join('\n')).not.toContain('13812345678');
      expect(logger.lines.some((line) => line.includes('handler-failed'))).toBe(true);
    } finally {
      await broken.close();
    }
  });
});
