// synthesizeSpeech through the local HTTP host, as the page calls it: the schema refuses bad and
// over-long input before any program runs, a second call cancels the first (which answers
// `superseded`), and a kiosk without espeak-ng answers `unavailable` instead of hanging.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechTextMaxLength } from '../../../contract/index.js';
import { type HttpHost, startHttpHost } from '../../../electron/host/httpHost.js';
import { type KioskRuntime, startKioskRuntime } from '../../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { demoKit } from '../../../demo/demoKit.js';
import { type FakeEspeak, writeFakeEspeak } from '../../support/fakeEspeak.js';

let dir: string;
let fake: FakeEspeak;
const logger = createMemoryLogger();
const kiosks: { runtime: KioskRuntime; host: HttpHost }[] = [];

async function startKiosk(name: string, espeakBinary: string): Promise<HttpHost> {
  const rendererDir = join(dir, `renderer-${name}`);
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  const runtime = startKioskRuntime({
    dataDir: join(dir, `data-${name}`),
    shell: 'test',
    demo: demoKit,
    env: { KIOSK_ESPEAK_BINARY: espeakBinary },
    logger,
  });
  const host = await startHttpHost({ dispatch: runtime.dispatch, rendererDir, port: 0 });
  kiosks.push({ runtime, host });
  return host;
}

let host: HttpHost;
let hostWithoutEngine: HttpHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-speech-'));
  fake = writeFakeEspeak(dir);
  host = await startKiosk('fake', fake.binary);
  hostWithoutEngine = await startKiosk('none', join(dir, 'no-such-espeak-ng'));
});
afterAll(async () => {
  for (const kiosk of kiosks) {
    await kiosk.host.close();
    await kiosk.runtime.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function speak(on: HttpHost, input: unknown) {
  const response = await fetch(`${on.url}api/synthesizeSpeech`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': on.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function runsSoFar(): string[] {
  try {
    return readFileSync(fake.argsFile, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

describe('synthesizeSpeech on the local host', () => {
  it('refuses input the schema does not allow, before any program runs', async () => {
    const before = runsSoFar().length;
    for (const input of [
      { text: '你好', language: 'fr' },
      { language: 'zh-CN' },
      { text: 42, language: 'en' },
      { text: '你好', language: 'zh-CN', voice: 'cmn' },
      { text: '\u200b \u200b', language: 'zh-CN' },
    ]) {
      const reply = await speak(host, input);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(runsSoFar().length).toBe(before);
  });

  it('refuses text over the length cap and takes text at it', async () => {
    const tooLong = await speak(host, {
      text: '读'.repeat(speechTextMaxLength + 1),
      language: 'zh-CN',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: ['text'] },
    });
    const atCap = await speak(host, { text: '读'.repeat(speechTextMaxLength), language: 'zh-CN' });
    expect(atCap.body).toMatchObject({ ok: true, value: { outcome: 'audio' } });
  });

  it('answers a sealed WAV, with the voice on the command line and the text only on stdin', async () => {
    const reply = await speak(host, { text: 'Ticket A 0 1', language: 'en' });
    expect(reply.body).toMatchObject({
      ok: true,
      value: { outcome: 'audio', voice: 'en-us', durationMs: 500 },
    });
    const wav = Buffer.from((reply.body.value as { wavBase64: string }).wavBase64, 'base64');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    const last = runsSoFar().at(-1) ?? '';
    expect(last).toBe('--stdout --stdin -b 1 -v en-us -s 150 | 12');
  });

  it('cancels the call in progress when a new one comes, which alone is answered', async () => {
    const first = speak(host, { text: 'a slow first screen', language: 'en' });
    // The first run has started (its line is written) before the second call is made.
    const before = runsSoFar().length;
    await expect.poll(() => runsSoFar().length, { timeout: 10_000 }).toBe(before + 1);
    const second = await speak(host, { text: '第二次', language: 'zh-CN' });
    expect(second.body).toMatchObject({
      ok: true,
      value: { outcome: 'audio', voice: 'cmn-latn-pinyin' },
    });
    expect((await first).body).toEqual({ ok: true, value: { outcome: 'superseded' } });
  });

  it('says the engine is unavailable when it fails or is not installed, and logs no text', async () => {
    const failing = await speak(host, { text: 'this will fail 138 0013 8000', language: 'en' });
    expect(failing.status).toBe(503);
    expect(failing.body).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const missing = await speak(hostWithoutEngine, { text: '赵先生', language: 'zh-CN' });
    expect(missing.status).toBe(503);
    expect(missing.body).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'speech-unavailable' },
    });
    const log = logger.lines.join('\n');
    expect(log).toContain('"reason":"missing"');
    expect(log).toContain('"reason":"exit"');
    expect(log).not.toContain('138 0013');
    expect(log).not.toContain('赵先生');
  });
});
