// The main process's speech engine for read-aloud: text and a language in, a complete WAV file
// out, through Debian's espeak-ng. One run at a time: a new call cancels the one before (the
// resident tapped "read aloud" again, or moved on), which then answers `superseded`. A missing
// or failing engine answers `unavailable`, so the page can say in words that it cannot read
// aloud. Logs name the voice, the text's length and the outcome — never the text, which may
// hold a name or a phone number.
import { KioskError, type SpeechAudio, type SpeechRequest } from '../../../contract/index.js';
import type { Logger } from '../logger.js';
import { type ToSimplified, espeakArguments, espeakInput, espeakVoices } from './espeakVoice.js';
import { type EspeakRun, type SpawnProcess, runEspeak, spawnWithPipes } from './runEspeak.js';
import { sealWavSizes, wavDurationMs } from './wavFile.js';

export interface EspeakSpeechOptions {
  logger: Logger;
  /** The espeak-ng program; `espeak-ng` on PATH unless the environment names another. */
  binary?: string;
  spawnProcess?: SpawnProcess;
  /** Traditional to Simplified Chinese; loaded on the first zh-TW call when not given. */
  toSimplified?: ToSimplified;
  timeoutMs?: number;
  maxOutputBytes?: number;
}

export interface SpeechEngine {
  synthesize(request: SpeechRequest): Promise<SpeechAudio>;
  /** Cancels a run in progress (the kiosk is stopping). */
  close(): void;
}

const defaultTimeoutMs = 15_000;
/** About 190 s of espeak-ng's 22,050 Hz mono 16-bit audio: far more than 400 characters take. */
const defaultMaxOutputBytes = 8 * 1024 * 1024;

async function loadToSimplified(): Promise<ToSimplified> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' });
}

export function createEspeakSpeech(options: EspeakSpeechOptions): SpeechEngine {
  const binary = options.binary ?? 'espeak-ng';
  const spawnProcess = options.spawnProcess ?? spawnWithPipes;
  const limits = {
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    maxOutputBytes: options.maxOutputBytes ?? defaultMaxOutputBytes,
  };
  let toSimplified: Promise<ToSimplified> | undefined = options.toSimplified
    ? Promise.resolve(options.toSimplified)
    : undefined;
  let current: EspeakRun | undefined;
  let callNumber = 0;

  const unavailable = (reason: string, voice: string, length: number): never => {
    options.logger.warn('read-aloud engine failed', { engine: 'espeak-ng', voice, reason, length });
    throw new KioskError('unavailable', 'speech-unavailable');
  };

  return {
    async synthesize({ text, language }) {
      current?.cancel();
      current = undefined;
      const mine = ++callNumber;
      const voice = espeakVoices[language];
      let input = text;
      if (language === 'zh-TW') {
        toSimplified ??= loadToSimplified();
        // Without the converter the voice still reads Traditional characters, if less well.
        const convert = await toSimplified.catch((): ToSimplified => (same) => same);
        input = espeakInput(text, language, convert);
        // A newer call came in while the converter loaded.
        if (mine !== callNumber) return { outcome: 'superseded' };
      }
      const run = runEspeak(spawnProcess, binary, espeakArguments(voice), input, limits);
      current = run;
      const outcome = await run.outcome;
      if (current === run) current = undefined;
      if (outcome.kind === 'cancelled') return { outcome: 'superseded' };
      if (outcome.kind === 'failed') return unavailable(outcome.reason, voice, text.length);
      const wav = sealWavSizes(outcome.bytes);
      const durationMs = wav ? wavDurationMs(wav) : null;
      if (!wav || durationMs === null) return unavailable('not-wave', voice, text.length);
      return { outcome: 'audio', wavBase64: wav.toString('base64'), durationMs, voice };
    },
    close() {
      current?.cancel();
      current = undefined;
    },
  };
}
