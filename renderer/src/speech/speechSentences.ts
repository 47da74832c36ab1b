// From a screen's outline to what the voice says: the title, the instruction, what the screen
// says back, then "you can choose: …" with each choice, in the language shown, numbers spelled
// digit by digit, cut into sentences no longer than one speech call takes.
import { speechTextMaxLength } from '../../../contract/constants.js';
import type { Language } from '../../../contract/index.js';
import { speakableText } from './digitSpeech.js';
import type { SpeechChoice, SpeechOutline } from './speechOutline.js';

export interface SpeechWords {
  /** Before the list of choices: "可以选" / "You can choose". */
  choices: string;
  selected: string;
  unavailable: string;
}

interface Punctuation {
  pair: string;
  list: string;
  aside: string;
}

const punctuation: Record<Language, Punctuation> = {
  'zh-CN': { pair: '：', list: '；', aside: '，' },
  'zh-TW': { pair: '：', list: '；', aside: '，' },
  en: { pair: ': ', list: '; ', aside: ', ' },
};

export function pairSeparator(language: Language): string {
  return punctuation[language].pair;
}

function choiceWords(choice: SpeechChoice, words: SpeechWords, marks: Punctuation): string {
  let said = choice.label;
  if (choice.selected) said += `${marks.aside}${words.selected}`;
  if (choice.unavailable) said += `${marks.aside}${words.unavailable}`;
  return said;
}

/** Splits text longer than one call at its last pause before the cap (or at the cap). */
export function fitSentences(text: string, cap = speechTextMaxLength): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > cap) {
    const window = rest.slice(0, cap);
    const pause = Math.max(...[...'。；，,;. ！？!?'].map((mark) => window.lastIndexOf(mark)));
    const cut = pause > cap / 3 ? pause + 1 : cap;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The sentences read aloud for a screen, in order. */
export function speechSentences(
  outline: SpeechOutline,
  words: SpeechWords,
  language: Language,
): string[] {
  const marks = punctuation[language];
  const parts = [
    outline.title,
    ...outline.instructions,
    ...outline.notices,
    outline.choices.length > 0
      ? `${words.choices}${marks.pair}${outline.choices
          .map((choice) => choiceWords(choice, words, marks))
          .join(marks.list)}`
      : null,
  ];
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => speakableText(part, language))
    .flatMap((part) => fitSentences(part));
}
