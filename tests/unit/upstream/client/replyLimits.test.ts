// Replies are read with a byte cap: an endless 200 (which once took a kiosk to 2 GB) or a huge
// body ends the call as retryable reply_too_large, and the connection is dropped, not drained.
// The directory may be larger than other replies; every reply is still bounded by the timeout.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CentreError,
  createCentreClient,
  defaultMaxReplyBytes,
} from '../../../../upstream/client/index.js';
import { type LocalPlatform, startLocalPlatform } from './support/localPlatform.js';

let platform: LocalPlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

/** Writes `[` then chunks of spaces-and-zeros for ever, respecting backpressure. */
function endless(res: ServerResponse, closed: () => void): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write('[');
  const chunk = Buffer.from(`${'0,'.repeat(8191)}`);
  let open = true;
  res.on('close', () => {
    open = false;
    closed();
  });
  const pump = () => {
    while (open && res.write(chunk)) {
      /* keep writing until the socket pushes back */
    }
    if (open) res.once('drain', pump);
  };
  pump();
}

async function failure(promise: Promise<unknown>): Promise<CentreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CentreError)) throw new Error(`expected a CentreError, got ${error}`);
  return error;
}

describe('an endless reply', () => {
  it('stops at the default cap (4 MiB) with reply_too_large, and the connection is closed', async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    platform = await startLocalPlatform((_call, res) => endless(res, closed));
    const client = createCentreClient({ baseUrl: platform.url, apiKey: 'k', timeoutMs: 20_000 });
    const error = await failure(client.getServices());
    expect(error).toMatchObject({ kind: 'retryable', code: 'reply_too_large', status: 200 });
    expect(error.description).toContain(String(defaultMaxReplyBytes));
    await connectionClosed;
  });

  it('stops at a cap passed as an option, on every kind of call', async () => {
    platform = await startLocalPlatform((_call, res) => endless(res, () => undefined));
    const client = createCentreClient({
      baseUrl: platform.url,
      apiKey: 'k',
      timeoutMs: 5_000,
      maxReplyBytes: 64 * 1024,
      maxDirectoryBytes: 128 * 1024,
    });
    for (const call of [
      () => client.getRequests(['1']),
      () => client.resolveToken('t'),
      () => client.getServiceDefinition('POT'),
      () => client.getDirectory(null),
    ]) {
      expect(await failure(call())).toMatchObject({ code: 'reply_too_large' });
    }
  });
});

describe('a large reply', () => {
  const body = (bytes: number) => `[${'"x",'.repeat(Math.floor(bytes / 4))}"x"]`;

  it('refused early when Content-Length already says it is too large', async () => {
    platform = await startLocalPlatform((_call, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '999999999' });
      res.write('[');
    });
    const client = createCentreClient({ baseUrl: platform.url, apiKey: 'k', timeoutMs: 5_000 });
    expect(await failure(client.getServices())).toMatchObject({ code: 'reply_too_large' });
  });

  it('the directory’s own larger cap lets through what other calls refuse', async () => {
    const directory = JSON.stringify({
      centre: {},
      categories: [],
      needs: [],
      grids: [],
      resources: ['x'.repeat(200 * 1024)],
    });
    platform = await startLocalPlatform((call, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(call.url.pathname === '/x/directory.json' ? directory : body(200 * 1024));
    });
    const client = createCentreClient({
      baseUrl: platform.url,
      apiKey: 'k',
      timeoutMs: 5_000,
      maxReplyBytes: 100 * 1024,
      maxDirectoryBytes: 300 * 1024,
    });
    expect(await failure(client.getServices())).toMatchObject({ code: 'reply_too_large' });
    expect((await client.getDirectory(null)).kind).toBe('changed');
  });

  it('an error body past the cap is reply_too_large too, not a refusal', async () => {
    platform = await startLocalPlatform((_call, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(body(80 * 1024));
    });
    const client = createCentreClient({
      baseUrl: platform.url,
      apiKey: 'k',
      timeoutMs: 5_000,
      maxReplyBytes: 64 * 1024,
    });
    expect(await failure(client.getServices())).toMatchObject({
      kind: 'retryable',
      code: 'reply_too_large',
      status: 400,
    });
  });
});

describe('a slow endless reply', () => {
  it('is bounded by the timeout when it never reaches the cap', async () => {
    platform = await startLocalPlatform((_call, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('[');
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const client = createCentreClient({ baseUrl: platform.url, apiKey: 'k', timeoutMs: 300 });
    expect(await failure(client.getServices())).toMatchObject({
      kind: 'retryable',
      code: 'timeout',
    });
  });
});
