// The printer's answer reaches the page over the local host as one held call: the page asks
// while the receipt prints and is answered when it has printed, or refused with a clear error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiReply, type SubmittedRequest, ReceiptOutcome } from '../../../contract/index.js';
import { startHttpHost, type HttpHost } from '../../../electron/host/httpHost.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk | undefined;
let host: HttpHost | undefined;
afterEach(async () => {
  await host?.close();
  await kiosk?.stop();
  host = undefined;
  kiosk = undefined;
});

async function startHosted() {
  kiosk = await startTestKiosk();
  const rendererDir = join(kiosk.dataDir, '..', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  host = await startHttpHost({ dispatch: kiosk.runtime.dispatch, rendererDir, port: 0 });
  const { port, token } = host;
  return async (name: string, input: unknown): Promise<ApiReply<unknown>> => {
    const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiReply<unknown>;
  };
}

describe('waitReceiptOutcome over the local host', () => {
  it('answers printed once the receipt has printed', async () => {
    const post = await startHosted();
    const submitted = await post('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: '厨房水管漏水',
      urgency: 'normal',
      contact: { phone: '13812345678', name: '张三明' },
      language: 'zh-CN',
    });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const { jobId } = (submitted.value as SubmittedRequest).receipt;
    const reply = await post('waitReceiptOutcome', {
      jobId,
      seenState: 'printing',
      waitMs: 20_000,
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(ReceiptOutcome.parse(reply.value)).toEqual({
      jobId,
      state: 'printed',
      problem: null,
      warnings: [],
    });
  });

  it('refuses an unknown job and a wait longer than the contract allows', async () => {
    const post = await startHosted();
    expect(
      await post('waitReceiptOutcome', { jobId: 'nope', seenState: 'printing' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      await post('waitReceiptOutcome', { jobId: 'x', seenState: 'printing', waitMs: 60_000 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['waitMs'] } });
  });
});
