// The read-aloud controls in the bar on every screen: "读给我听" (a second tap stops; a tap
// after the end reads again), the "speak what I tap" setting, the volume panel while it reads,
// and the <audio> element the kiosk's own engine plays through. When nothing can speak, it says
// so in words.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { SpeakerIcon } from './SpeakerIcon.js';
import { SpeechPanel } from './SpeechPanel.js';
import { createEspeakAudioEngine } from './espeakAudioEngine.js';
import { readAloud } from './readAloud.js';
import { currentScreenSentences } from './screenSpeech.js';
import { listenForTaps } from './speakOnTap.js';
import type { SpeechEngine } from './speechEngine.js';
import { useReadAloudState } from './useReadAloud.js';
import { createWebSpeechEngine } from './webSpeechEngine.js';
import './speech.css';

export function SpeechControls() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useKioskClient();
  const state = useReadAloudState();
  const audio = useRef<HTMLAudioElement>(null);
  const languageNow = useRef(language);
  useEffect(() => {
    languageNow.current = language;
  }, [language]);

  useEffect(() => {
    const engines: SpeechEngine[] = [];
    if (typeof window.speechSynthesis !== 'undefined') {
      engines.push(
        createWebSpeechEngine(window.speechSynthesis, (text) => new SpeechSynthesisUtterance(text)),
      );
    }
    engines.push(
      createEspeakAudioEngine(
        (request) => client.call('synthesizeSpeech', request),
        () => audio.current,
      ),
    );
    readAloud.useEngines(engines);
    return () => readAloud.useEngines([]);
  }, [client]);

  useEffect(() => listenForTaps(document, readAloud, () => languageNow.current), []);

  const readScreen = useCallback(() => {
    const sentences = currentScreenSentences(
      document,
      {
        choices: t('speech.choices'),
        selected: t('speech.selected'),
        unavailable: t('speech.unavailable'),
      },
      language,
    );
    void readAloud.speak(sentences, language, 'screen');
  }, [t, language]);

  const speaking = state.status === 'speaking';
  return (
    <div
      className="choice-group speech-controls"
      data-speech-controls=""
      data-speech-status={state.status}
      data-speech-engine={state.engine ?? ''}
    >
      <button
        type="button"
        className="read-aloud"
        data-testid="read-aloud"
        aria-pressed={speaking}
        onClick={() => (speaking ? readAloud.stop() : readScreen())}
      >
        <SpeakerIcon speaking={speaking} />
        <span>{speaking ? t('speech.stop') : t('speech.readAloud')}</span>
      </button>
      <button
        type="button"
        className="choice"
        data-testid="speak-on-tap"
        aria-pressed={state.speakOnTap}
        onClick={() => readAloud.setSpeakOnTap(!state.speakOnTap)}
      >
        {t('speech.speakOnTap')}
      </button>
      {state.status === 'unable' ? (
        <p className="speech-controls__unable" role="alert" data-testid="read-aloud-unable">
          {t('speech.unable')}
        </p>
      ) : null}
      {speaking ? (
        <SpeechPanel volumeLevel={state.volumeLevel} onVolume={readAloud.changeVolume} />
      ) : null}
      <audio ref={audio} data-testid="read-aloud-audio" hidden />
    </div>
  );
}
