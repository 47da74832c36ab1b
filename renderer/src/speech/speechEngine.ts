// What read-aloud needs of a voice, whichever it is: the shell's Web Speech voices or the
// kiosk's espeak-ng. `unable` means this engine cannot speak this now (no voice for the language,
// an engine that failed), and the speaker then tries the next one.
import type { Language } from '../../../contract/index.js';

export type SpeakOutcome = 'done' | 'stopped' | 'unable';

export interface SpeechEngine {
  readonly name: 'web-speech' | 'espeak-ng';
  canSpeak(language: Language): Promise<boolean>;
  speak(sentences: readonly string[], language: Language): Promise<SpeakOutcome>;
  stop(): void;
  /** 0 to 1. */
  setVolume(volume: number): void;
}
