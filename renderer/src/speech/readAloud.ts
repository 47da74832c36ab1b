// The kiosk's one speaker: what is being said, by which engine, how loud, and whether a tapped
// choice is said. One per page, because a voice is one per lobby: a new speech stops the one
// before, whoever started it (the read-aloud control, a tapped choice, the inactivity warning).
// Everything a resident set here goes back to the defaults when the visit is forgotten.
import type { Language } from '../../../contract/index.js';
import type { SpeechEngine } from './speechEngine.js';

export type SpeechStatus = 'idle' | 'speaking' | 'unable';

export interface ReadAloudState {
  status: SpeechStatus;
  /** The engine speaking (or that last spoke), for the page's markup and the tests. */
  engine: SpeechEngine['name'] | null;
  /** 1 (quietest) to volumeLevels (loudest). */
  volumeLevel: number;
  /** "Speak what I tap": a tapped choice is said as it is chosen. */
  speakOnTap: boolean;
}

export const volumeLevels = 5;
/** Loud by default: the lobby is noisy and many listeners hear less well. */
export const defaultVolumeLevel = 4;

const visitDefaults: ReadAloudState = {
  status: 'idle',
  engine: null,
  volumeLevel: defaultVolumeLevel,
  speakOnTap: false,
};

export interface ReadAloud {
  getState(): ReadAloudState;
  subscribe(listener: () => void): () => void;
  /** The engines to try in order; set once the page has its client and its <audio>. */
  useEngines(engines: readonly SpeechEngine[]): void;
  /** Says the sentences, stopping whatever was being said. `source` names who asked. */
  speak(sentences: readonly string[], language: Language, source?: string): Promise<void>;
  stop(): void;
  /** Who asked for what is being said now, or null when nothing is. */
  speakingFor(): string | null;
  changeVolume(step: 1 | -1): void;
  setSpeakOnTap(on: boolean): void;
  /** The visit is forgotten: silence, and the defaults for the next resident. */
  resetForNewVisit(): void;
}

export function createReadAloud(): ReadAloud {
  let state = visitDefaults;
  let engines: readonly SpeechEngine[] = [];
  let run = 0;
  let source: string | null = null;
  const listeners = new Set<() => void>();

  const set = (change: Partial<ReadAloudState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const silence = () => {
    run += 1;
    source = null;
    for (const engine of engines) engine.stop();
  };
  const volume = () => state.volumeLevel / volumeLevels;

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    useEngines(next) {
      silence();
      engines = next;
    },
    async speak(sentences, language, asker = 'screen') {
      silence();
      const mine = run;
      source = asker;
      set({ status: 'speaking' });
      for (const engine of engines) {
        const able = await engine.canSpeak(language);
        if (mine !== run) return;
        if (!able) continue;
        engine.setVolume(volume());
        set({ engine: engine.name });
        const outcome = await engine.speak(sentences, language);
        if (mine !== run) return;
        if (outcome === 'unable') continue;
        source = null;
        set({ status: 'idle' });
        return;
      }
      source = null;
      set({ status: 'unable', engine: null });
    },
    stop() {
      silence();
      set({ status: 'idle' });
    },
    speakingFor: () => (state.status === 'speaking' ? source : null),
    changeVolume(step) {
      const volumeLevel = Math.min(volumeLevels, Math.max(1, state.volumeLevel + step));
      set({ volumeLevel });
      for (const engine of engines) engine.setVolume(volume());
    },
    setSpeakOnTap: (speakOnTap) => set({ speakOnTap }),
    resetForNewVisit() {
      silence();
      state = visitDefaults;
      for (const engine of engines) engine.setVolume(volume());
      for (const listener of listeners) listener();
    },
  };
}

/** The page's speaker. */
export const readAloud = createReadAloud();
