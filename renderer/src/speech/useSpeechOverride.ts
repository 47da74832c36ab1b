// For a screen whose markup does not say it well: the sentences read aloud instead of what the
// rule in speechOutline.ts finds, while the screen is shown.
import { useEffect } from 'react';
import { registerSpeechOverride } from './screenSpeech.js';

export function useSpeechOverride(sentences: readonly string[] | null): void {
  const key = sentences ? sentences.join('\n') : null;
  useEffect(() => {
    if (key === null) return undefined;
    return registerSpeechOverride(key.split('\n'));
  }, [key]);
}
