// The page's side of read-aloud's rule (speechOutline.ts): which part of the page is "the
// screen" (an open dialog, else <main>), what is shown, and the override a screen may register
// when its markup does not say it well (useSpeechOverride).
import type { Language } from '../../../contract/index.js';
import { speakableText } from './digitSpeech.js';
import { type SpeechNode, outlineScreen } from './speechOutline.js';
import {
  type SpeechWords,
  fitSentences,
  pairSeparator,
  speechSentences,
} from './speechSentences.js';

const dialogSelector = '[role="alertdialog"], [role="dialog"][aria-modal="true"]';
/** What a tap can choose: read aloud with speak-what-I-tap. */
export const controlSelector = 'button, a[href], [role="button"]';

const overrides = new Map<symbol, readonly string[]>();

/** Registers better words for the screen on show; the newest registered wins. */
export function registerSpeechOverride(sentences: readonly string[]): () => void {
  const key = Symbol('speech-override');
  overrides.set(key, sentences);
  return () => overrides.delete(key);
}

export function isShownOnPage(node: SpeechNode): boolean {
  const element = node as unknown as Element;
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ checkVisibilityCSS: true })
    : true;
}

/** The sentences for what is on screen now, in the language shown. */
export function currentScreenSentences(
  page: Document,
  words: SpeechWords,
  language: Language,
): string[] {
  const override = [...overrides.values()].at(-1);
  if (override) {
    return override.flatMap((sentence) => fitSentences(speakableText(sentence, language)));
  }
  const dialog = page.querySelector(dialogSelector);
  const root = dialog ?? page.querySelector('main');
  if (!root) return [];
  const outline = outlineScreen(root, {
    dialog: dialog !== null,
    isShown: isShownOnPage,
    pairSeparator: pairSeparator(language),
  });
  return speechSentences(outline, words, language);
}
