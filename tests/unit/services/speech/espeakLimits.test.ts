// The limits around one espeak-ng run, with a stand-in program: a run that overruns its time or
// its output cap is killed and answered `unavailable`, and a WAV's placeholder sizes are sealed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../electron/services/logger.js';
import { createEspeakSpeech } from '../../../../electron/services/speech/espeakSpeech.js';
import { runEspeak, spawnWithPipes } from '../../../../electron/services/speech/runEspeak.js';
import { sealWavSizes, wavDurationMs } from '../../../../electron/services/speech/wavFile.js';
import { placeholderWav, writeFakeEspeak } from '../../../support/fakeEspeak.js';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-espeak-'));
const fake = writeFakeEspeak(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one espeak-ng run', () => {
  it('is killed when it overruns its time', async () => {
    const run = runEspeak(spawnWithPipes, fake.binary, [], 'slow', {
      timeoutMs: 300,
      maxOutputBytes: 1_000_000,
    });
    expect(await run.outcome).toEqual({ kind: 'failed', reason: 'timeout' });
  });

  it('is killed when its output passes the cap', async () => {
    const run = runEspeak(spawnWithPipes, fake.binary, [], 'quick', {
      timeoutMs: 10_000,
      maxOutputBytes: 1000,
    });
    expect(await run.outcome).toEqual({ kind: 'failed', reason: 'too-large' });
  });

  it('answers cancelled when cancelled, and a missing program as missing', async () => {
    const slow = runEspeak(spawnWithPipes, fake.binary, [], 'slow', {
      timeoutMs: 10_000,
      maxOutputBytes: 1000,
    });
    slow.cancel();
    expect(await slow.outcome).toEqual({ kind: 'cancelled' });
    const missing = runEspeak(spawnWithPipes, join(dir, 'absent'), [], 'x', {
      timeoutMs: 10_000,
      maxOutputBytes: 1000,
    });
    expect(await missing.outcome).toEqual({ kind: 'failed', reason: 'missing' });
  });

  it('turns a timeout into unavailable, logging the reason but not the text', async () => {
    const logger = createMemoryLogger();
    const speech = createEspeakSpeech({ logger, binary: fake.binary, timeoutMs: 300 });
    await expect(speech.synthesize({ text: 'slow 赵先生', language: 'en' })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(logger.lines.join('\n')).toContain('"reason":"timeout"');
    expect(logger.lines.join('\n')).not.toContain('赵');
  });
});

describe('WAV sizes', () => {
  it('seals the placeholder sizes and measures the duration', () => {
    const wav = sealWavSizes(placeholderWav(22050));
    expect(wav?.readUInt32LE(4)).toBe(44 + 44100 - 8);
    expect(wav?.readUInt32LE(40)).toBe(44100);
    expect(wav && wavDurationMs(wav)).toBe(1000);
  });

  it('refuses what is not RIFF/WAVE', () => {
    expect(sealWavSizes(Buffer.from('not a wave file, just some words here, long enough'))).toBe(
      null,
    );
    const truncated = placeholderWav(10).subarray(0, 30);
    expect(sealWavSizes(truncated)).toBe(null);
  });
});
