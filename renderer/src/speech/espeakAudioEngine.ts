// Read-aloud through the kiosk's own engine (espeak-ng in the main process, reached through the
// contract's synthesizeSpeech call like every other call): each sentence comes back as a WAV
// file, played in the page's <audio> element at the panel's volume. A failed or missing engine
// is `unable`, which the control says in words.
import type { Language, SpeechAudio, SpeechRequest } from '../../../contract/index.js';
import type { SpeakOutcome, SpeechEngine } from './speechEngine.js';

export type Synthesize = (request: SpeechRequest) => Promise<SpeechAudio>;

function wavBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: 'audio/wav' });
}

export function createEspeakAudioEngine(
  synthesize: Synthesize,
  audioElement: () => HTMLAudioElement | null,
): SpeechEngine {
  let volume = 1;
  let current = 0;
  let stopPlaying: (() => void) | undefined;

  const play = (audio: HTMLAudioElement, blob: Blob) =>
    new Promise<'said' | SpeakOutcome>((resolve) => {
      const url = URL.createObjectURL(blob);
      const finish = (outcome: 'said' | SpeakOutcome) => {
        audio.onended = null;
        audio.onerror = null;
        stopPlaying = undefined;
        URL.revokeObjectURL(url);
        resolve(outcome);
      };
      stopPlaying = () => {
        audio.pause();
        finish('stopped');
      };
      audio.onended = () => finish('said');
      audio.onerror = () => finish('unable');
      audio.volume = volume;
      audio.src = url;
      audio.play().catch(() => finish('unable'));
    });

  return {
    name: 'espeak-ng',
    canSpeak: () => Promise.resolve(true),
    async speak(sentences, language: Language) {
      const run = ++current;
      for (const text of sentences) {
        let reply: SpeechAudio;
        try {
          reply = await synthesize({ text, language });
        } catch {
          return run === current ? 'unable' : 'stopped';
        }
        if (run !== current || reply.outcome === 'superseded') return 'stopped';
        const audio = audioElement();
        if (!audio) return 'unable';
        const outcome = await play(audio, wavBlob(reply.wavBase64));
        if (outcome !== 'said') return outcome;
      }
      return run === current ? 'done' : 'stopped';
    },
    stop() {
      current += 1;
      stopPlaying?.();
    },
    setVolume(next) {
      volume = next;
      const audio = audioElement();
      if (audio) audio.volume = next;
    },
  };
}
