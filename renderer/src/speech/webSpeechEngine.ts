// Read-aloud through the shell's own voices (the Web Speech API's speechSynthesis): one
// utterance per sentence, so a volume change applies from the next sentence and a stop is heard
// at once. It speaks only a language it has a voice for; otherwise it says it cannot.
import type { Language } from '../../../contract/index.js';
import type { SpeakOutcome, SpeechEngine } from './speechEngine.js';
import { pickVoice } from './voiceChoice.js';

/** Slower than the voices' default: older listeners in a noisy lobby. */
const speakingRate = 0.9;
/** Chromium lists its voices after the page asks once; wait for them this long, once. */
const voiceListWaitMs = 500;

export function createWebSpeechEngine(
  synth: SpeechSynthesis,
  makeUtterance: (text: string) => SpeechSynthesisUtterance,
): SpeechEngine {
  let waitedForVoices: Promise<void> | undefined;
  let volume = 1;
  let current = 0;

  const voices = async (): Promise<SpeechSynthesisVoice[]> => {
    const listed = synth.getVoices();
    if (listed.length > 0) return listed;
    waitedForVoices ??= new Promise<void>((resolve) => {
      const done = () => {
        synth.removeEventListener('voiceschanged', done);
        resolve();
      };
      synth.addEventListener('voiceschanged', done);
      window.setTimeout(done, voiceListWaitMs);
    });
    await waitedForVoices;
    return synth.getVoices();
  };

  const sayOne = (text: string, voice: SpeechSynthesisVoice) =>
    new Promise<'said' | SpeakOutcome>((resolve) => {
      const utterance = makeUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.volume = volume;
      utterance.rate = speakingRate;
      utterance.onend = () => resolve('said');
      utterance.onerror = (event) =>
        resolve(event.error === 'interrupted' || event.error === 'canceled' ? 'stopped' : 'unable');
      synth.speak(utterance);
    });

  return {
    name: 'web-speech',
    async canSpeak(language: Language) {
      return pickVoice(await voices(), language) !== null;
    },
    async speak(sentences, language) {
      const run = ++current;
      const voice = pickVoice(await voices(), language);
      if (!voice) return 'unable';
      synth.cancel();
      for (const sentence of sentences) {
        if (run !== current) return 'stopped';
        const outcome = await sayOne(sentence, voice);
        if (outcome !== 'said') return outcome;
      }
      return run === current ? 'done' : 'stopped';
    },
    stop() {
      current += 1;
      synth.cancel();
    },
    setVolume(next) {
      volume = next;
    },
  };
}
