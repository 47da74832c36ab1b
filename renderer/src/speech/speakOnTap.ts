// "Speak what I tap": a tapped choice on the screen is said as the tap goes on to do what it
// always does (select, or move on), so a resident never needs a second tap. The listener only
// listens (capture phase, never preventDefault); the voice keeps speaking on the next screen.
import type { Language } from '../../../contract/index.js';
import { speakableText } from './digitSpeech.js';
import type { ReadAloud } from './readAloud.js';
import { controlSelector, isShownOnPage } from './screenSpeech.js';
import { type SpeechNode, spokenWords } from './speechOutline.js';

/** Taps on the screen and its dialogs count; the bar's own controls do not. */
const screenSelector = 'main, [role="alertdialog"], [role="dialog"]';

export function tappedChoiceLabel(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(controlSelector);
  if (!control || !control.closest(screenSelector) || control.closest('[data-speech-controls]')) {
    return null;
  }
  const label =
    control.getAttribute('aria-label')?.trim() ||
    spokenWords(control as unknown as SpeechNode, isShownOnPage);
  return label || null;
}

export function listenForTaps(
  page: Document,
  speaker: ReadAloud,
  language: () => Language,
): () => void {
  const heard = (event: Event) => {
    if (!speaker.getState().speakOnTap) return;
    const label = tappedChoiceLabel(event.target);
    if (!label) return;
    const spokenIn = language();
    void speaker.speak([speakableText(label, spokenIn)], spokenIn, 'tap');
  };
  page.addEventListener('click', heard, true);
  return () => page.removeEventListener('click', heard, true);
}
