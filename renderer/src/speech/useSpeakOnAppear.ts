// Says a sentence once, when what shows it appears (the inactivity warning), and stops it when
// that goes away before the sentence ends ("I need more time" was tapped).
import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/useLocalize.js';
import { speakableText } from './digitSpeech.js';
import { readAloud } from './readAloud.js';

export function useSpeakOnAppear(sentence: string, source: string): void {
  const language = useLanguage();
  const first = useRef({ sentence, language });
  useEffect(() => {
    const { sentence: said, language: spokenIn } = first.current;
    void readAloud.speak([speakableText(said, spokenIn)], spokenIn, source);
    return () => {
      if (readAloud.speakingFor() === source) readAloud.stop();
    };
  }, [source]);
}
