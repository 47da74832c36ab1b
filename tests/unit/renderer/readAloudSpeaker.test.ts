// Which Web Speech voice reads which language, and the speaker's order of engines: the shell's
// voice when it has one for the language, the kiosk's own engine otherwise, and "cannot read
// aloud" when neither can; a new speech stops the one before; the visit's reset restores the
// default volume.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contract/index.js';
import { createReadAloud, defaultVolumeLevel } from '../../../renderer/src/speech/readAloud.js';
import type { SpeakOutcome, SpeechEngine } from '../../../renderer/src/speech/speechEngine.js';
import { pickVoice } from '../../../renderer/src/speech/voiceChoice.js';

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe('pickVoice', () => {
  const shell = [
    voice('en-GB'),
    voice('zh-HK', 'Cantonese'),
    voice('zh_CN', 'Mandarin'),
    voice('en-US', 'US remote', false),
    voice('en-US', 'US local'),
  ];

  it('matches the language by its tag, local voices first', () => {
    expect(pickVoice(shell, 'zh-CN')?.name).toBe('Mandarin');
    expect(pickVoice(shell, 'en')?.name).toBe('US local');
  });

  it('reads Traditional Chinese with a Taiwan voice, else Mandarin, never Cantonese', () => {
    expect(pickVoice([...shell, voice('zh-TW', 'Taiwan')], 'zh-TW')?.name).toBe('Taiwan');
    expect(pickVoice(shell, 'zh-TW')?.name).toBe('Mandarin');
    expect(pickVoice([voice('zh-HK'), voice('yue-HK')], 'zh-TW')).toBe(null);
    expect(pickVoice([voice('cmn-Hant-TW', 'cmn TW')], 'zh-TW')?.name).toBe('cmn TW');
  });

  it('finds nothing where the shell has no voice for the language', () => {
    expect(pickVoice([voice('en-US')], 'zh-CN')).toBe(null);
    expect(pickVoice([], 'en')).toBe(null);
  });
});

/** An engine that speaks the languages it is given and records what it was asked. */
function fakeEngine(
  name: SpeechEngine['name'],
  speaks: Language[],
  outcome: SpeakOutcome = 'done',
): SpeechEngine & { said: string[][]; volumes: number[]; stops: number } {
  const engine = {
    name,
    said: [] as string[][],
    volumes: [] as number[],
    stops: 0,
    canSpeak: (language: Language) => Promise.resolve(speaks.includes(language)),
    speak: (sentences: readonly string[]) => {
      engine.said.push([...sentences]);
      return Promise.resolve(outcome);
    },
    stop: () => {
      engine.stops += 1;
    },
    setVolume: (volume: number) => {
      engine.volumes.push(volume);
    },
  };
  return engine;
}

describe('the speaker', () => {
  it('uses the shell voice for a language it has and the kiosk engine for the rest', async () => {
    const speaker = createReadAloud();
    const web = fakeEngine('web-speech', ['en']);
    const espeak = fakeEngine('espeak-ng', ['en', 'zh-CN', 'zh-TW']);
    speaker.useEngines([web, espeak]);
    await speaker.speak(['Hello'], 'en');
    expect(speaker.getState()).toMatchObject({ status: 'idle', engine: 'web-speech' });
    await speaker.speak(['你好'], 'zh-CN');
    expect(speaker.getState()).toMatchObject({ status: 'idle', engine: 'espeak-ng' });
    expect(web.said).toEqual([['Hello']]);
    expect(espeak.said).toEqual([['你好']]);
  });

  it('falls back when the shell voice fails, and says it cannot when nothing speaks', async () => {
    const speaker = createReadAloud();
    const web = fakeEngine('web-speech', ['en'], 'unable');
    const espeak = fakeEngine('espeak-ng', ['en'], 'unable');
    speaker.useEngines([web, espeak]);
    await speaker.speak(['Hello'], 'en');
    expect(web.said).toHaveLength(1);
    expect(espeak.said).toHaveLength(1);
    expect(speaker.getState()).toMatchObject({ status: 'unable', engine: null });
  });

  it('stops every engine before a new speech, and resets the volume for the next visit', async () => {
    const speaker = createReadAloud();
    const espeak = fakeEngine('espeak-ng', ['zh-CN']);
    speaker.useEngines([espeak]);
    speaker.changeVolume(1);
    speaker.changeVolume(1);
    expect(speaker.getState().volumeLevel).toBe(5);
    speaker.setSpeakOnTap(true);
    const stopsBefore = espeak.stops;
    await speaker.speak(['一'], 'zh-CN');
    expect(espeak.stops).toBe(stopsBefore + 1);
    expect(espeak.volumes.at(-1)).toBe(1);
    speaker.resetForNewVisit();
    expect(speaker.getState()).toEqual({
      status: 'idle',
      engine: null,
      volumeLevel: defaultVolumeLevel,
      speakOnTap: false,
    });
    expect(espeak.volumes.at(-1)).toBe(defaultVolumeLevel / 5);
  });
});
