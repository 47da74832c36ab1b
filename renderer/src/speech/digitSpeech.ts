// Numbers a resident must copy or dial are said digit by digit, never as quantities: a ticket
// "A01-1201-0001" is "A 零 一，一 二 零 一，零 零 零 一", a phone "138 0013 8000" is "one three
// eight, …" — a voice left alone would say "一千二百零一" or "one hundred thirty-eight". Counts
// ("20 秒", "3 items") stay quantities. Pure functions, one table per language, so each language's
// reading is tested on its own.
import type { Language } from '../../../contract/index.js';

interface DigitWords {
  digits: readonly string[];
  /** A masked digit of a phone shown as 138****5678. */
  hidden: string;
  /** Between the groups of a ticket or a phone, a short pause. */
  pause: string;
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export const digitWords: Record<Language, DigitWords> = {
  'zh-CN': { digits: chineseDigits, hidden: '星', pause: '，' },
  'zh-TW': { digits: chineseDigits, hidden: '星', pause: '，' },
  en: {
    digits: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    hidden: 'star',
    pause: ', ',
  },
};

/**
 * One code said character by character: digits as words, letters as capitals, a masked digit as
 * a star; dashes and spaces between groups become a pause.
 */
export function spellDigits(code: string, language: Language): string {
  const words = digitWords[language];
  const groups = code
    .trim()
    .split(/[\s\-–]+/)
    .filter(Boolean);
  return groups
    .map((group) =>
      [...group]
        .map((char) => {
          if (char >= '0' && char <= '9') return words.digits[Number(char)] ?? char;
          if (char === '*' || char === '＊') return words.hidden;
          return char.toUpperCase();
        })
        .join(' '),
    )
    .join(words.pause);
}

/** A ticket (A01-1201-0001), a look-up code or a kiosk-style code: a letter then digits. */
const ticketPattern = /\b[A-Z][0-9]{2}(?:-[0-9]{4}){1,2}(?:-[0-9A-Z]{6,})*\b/g;
/**
 * A run of digits (or masked digits) that may be grouped by single spaces or dashes: a phone,
 * a hotline, the ticket digits typed on the pad ("1128 0042"). Only runs of five or more digits
 * are codes; shorter ones are counts, times and dates.
 */
const digitRunPattern = /[0-9*＊](?:[0-9*＊]|[ -](?=[0-9*＊]))*/g;
const minimumCodeDigits = 5;
/** A Chinese year ("2026年") is said digit by digit too: 二零二六年. */
const chineseYearPattern = /([0-9]{4})(?=年)/g;

/** The text with every ticket and phone number in it spelled out for the voice. */
export function speakableText(text: string, language: Language): string {
  let spoken = text.replace(ticketPattern, (code) => ` ${spellDigits(code, language)} `);
  spoken = spoken.replace(digitRunPattern, (run) => {
    const digitCount = run.replace(/[^0-9*＊]/g, '').length;
    return digitCount >= minimumCodeDigits ? ` ${spellDigits(run, language)} ` : run;
  });
  if (language !== 'en')
    spoken = spoken.replace(chineseYearPattern, (year) =>
      spellDigits(year, language).replace(/ /g, ''),
    );
  return spoken.replace(/\s+/g, ' ').trim();
}
