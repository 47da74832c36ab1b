// The Web Speech API replaced at the page boundary, before the page's own script runs: a
// speechSynthesis that records every utterance (text, lang, voice, volume) and either ends each
// at once or holds it until cancelled, with the voices a shell might have (or none, so the
// kiosk falls back to its own espeak-ng). Also records the read-aloud <audio> element's events.
import type { Page } from '@playwright/test';

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  volume: number;
}

export interface FakeSpeechOptions {
  voices: 'all' | 'none';
  /** 'instant': each utterance ends as soon as it starts; 'hold': it lasts until cancelled. */
  ending: 'instant' | 'hold';
}

export async function installFakeSpeech(page: Page, options: FakeSpeechOptions): Promise<void> {
  await page.addInitScript((settings: FakeSpeechOptions) => {
    type Utterance = {
      text: string;
      lang: string;
      voice: { name: string } | null;
      volume: number;
      rate: number;
      onend: ((event: unknown) => void) | null;
      onerror: ((event: { error: string }) => void) | null;
    };
    const record = {
      spoken: [] as SpokenUtterance[],
      cancels: 0,
      audio: [] as { type: string; duration: number; volume: number }[],
    };
    const voices =
      settings.voices === 'all'
        ? [
            { lang: 'zh-CN', name: 'Test Mandarin', localService: true, default: true },
            { lang: 'zh-HK', name: 'Test Cantonese', localService: true, default: false },
            { lang: 'zh-TW', name: 'Test Taiwan Mandarin', localService: true, default: false },
            { lang: 'en-US', name: 'Test English', localService: true, default: false },
          ].map((voice) => ({ ...voice, voiceURI: voice.name }))
        : [];
    let current: Utterance | null = null;
    const synth = Object.assign(new EventTarget(), {
      pending: false,
      paused: false,
      get speaking() {
        return current !== null;
      },
      getVoices: () => voices,
      speak(utterance: Utterance) {
        record.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
          volume: utterance.volume,
        });
        current = utterance;
        if (settings.ending === 'instant') {
          setTimeout(() => {
            if (current !== utterance) return;
            current = null;
            utterance.onend?.({});
          }, 0);
        }
      },
      cancel() {
        record.cancels += 1;
        const ended = current;
        current = null;
        ended?.onerror?.({ error: 'interrupted' });
      },
      pause: () => undefined,
      resume: () => undefined,
    });
    class FakeUtterance implements Utterance {
      lang = '';
      voice = null;
      volume = 1;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
    for (const type of ['playing', 'ended', 'error']) {
      document.addEventListener(
        type,
        (event) => {
          const media = event.target as HTMLAudioElement;
          record.audio.push({ type, duration: media.duration, volume: media.volume });
        },
        true,
      );
    }
    (window as unknown as { __speech: typeof record }).__speech = record;
  }, options);
}

type SpeechRecord = {
  spoken: SpokenUtterance[];
  cancels: number;
  audio: { type: string; duration: number; volume: number }[];
};

export async function speechRecord(page: Page): Promise<SpeechRecord> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechRecord }).__speech);
}

export async function forgetSpeech(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = (window as unknown as { __speech: SpeechRecord }).__speech;
    record.spoken.length = 0;
    record.audio.length = 0;
  });
}
