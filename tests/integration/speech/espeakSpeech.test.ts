// The read-aloud fallback voice, run for real: espeak-ng must answer a complete RIFF/WAVE file of
// a plausible length in each language, Mandarin through the cmn-latn-pinyin voice (whose phonemes
// are Mandarin with tones, where the plain cmn voice spells tone digits in English). Skipped only
// where espeak-ng is not installed, with the reason printed.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { createEspeakSpeech } from '../../../electron/services/speech/espeakSpeech.js';
import { espeakVoices } from '../../../electron/services/speech/espeakVoice.js';

const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
const espeakInstalled = probe.status === 0;
if (!espeakInstalled) {
  console.warn(
    'espeak-ng is not installed (bash scripts/install-debian-deps.sh test): skipping its tests',
  );
}

function phonemes(voice: string, text: string): string {
  const run = spawnSync('espeak-ng', ['-q', '-x', '--stdin', '-b', '1', '-v', voice], {
    input: text,
    encoding: 'utf8',
  });
  return run.stdout;
}

function riffFacts(wav: Buffer) {
  return {
    riff: wav.toString('latin1', 0, 4),
    wave: wav.toString('latin1', 8, 12),
    riffSize: wav.readUInt32LE(4),
  };
}

describe.skipIf(!espeakInstalled)('espeak-ng read-aloud voice', () => {
  it('reads Chinese with Mandarin phonemes through cmn-latn-pinyin, unlike cmn', () => {
    expect(espeakVoices['zh-CN']).toBe('cmn-latn-pinyin');
    expect(espeakVoices['zh-TW']).toBe('cmn-latn-pinyin');
    const chosen = phonemes(espeakVoices['zh-CN'], '你好，还有二十秒');
    // Tone numbers on Mandarin syllables (hai2, you3, er4, shi2…), no switch into English.
    expect(chosen).not.toContain('(en)');
    expect(chosen).toMatch(/X'ai35/);
    expect(phonemes('cmn', '你好')).toContain('(en)');
  });

  it('answers a complete RIFF/WAVE file of plausible length for each language', async () => {
    const logger = createMemoryLogger();
    const speech = createEspeakSpeech({ logger });
    const samples = [
      { language: 'zh-CN', text: '还有二十秒，点一下继续', voice: 'cmn-latn-pinyin' },
      { language: 'zh-TW', text: '還有二十秒，點一下繼續', voice: 'cmn-latn-pinyin' },
      { language: 'en', text: 'Twenty seconds left. Tap to carry on.', voice: 'en-us' },
    ] as const;
    for (const sample of samples) {
      const reply = await speech.synthesize({ text: sample.text, language: sample.language });
      expect(reply.outcome).toBe('audio');
      if (reply.outcome !== 'audio') continue;
      expect(reply.voice).toBe(sample.voice);
      const wav = Buffer.from(reply.wavBase64, 'base64');
      const facts = riffFacts(wav);
      expect(facts.riff).toBe('RIFF');
      expect(facts.wave).toBe('WAVE');
      // The placeholder size espeak-ng writes to a pipe is sealed to the real one.
      expect(facts.riffSize).toBe(wav.length - 8);
      // Ten syllables or seven words at 150 words a minute: one to ten seconds, not silence.
      expect(reply.durationMs).toBeGreaterThan(1000);
      expect(reply.durationMs).toBeLessThan(10_000);
    }
    // The text never reaches the log, only its length and the voice.
    expect(logger.lines.join('\n')).not.toContain('二十秒');
  });

  it('feeds the voice Simplified characters for zh-TW', async () => {
    const fed: string[] = [];
    const speech = createEspeakSpeech({
      logger: createMemoryLogger(),
      toSimplified: (text) => {
        const simplified = text.replace('讀', '读').replace('給', '给').replace('聽', '听');
        fed.push(simplified);
        return simplified;
      },
    });
    const reply = await speech.synthesize({ text: '讀給我聽', language: 'zh-TW' });
    expect(reply.outcome).toBe('audio');
    expect(fed).toEqual(['读给我听']);
  });
});
