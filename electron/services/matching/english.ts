// A deliberately small English stemmer and stop list: residents type short phrases, and the same
// function runs over keywords and queries, so "leaking"/"leaks"/"leak" meet on one stem.
// Irregular forms and American words meet their stem through englishWords.ts ("broke" is
// "break", "elevator" is "lift"); common misspellings are put right in the text itself.
import { misspellingGroups, wordFormGroups } from './englishWords.js';

const stopWords = new Set(
  [
    'a about am an and are as at be been but by can cannot cant could did do does doesnt dont',
    'for from get got had has have he her here his how i im in into is isnt it its just like me',
    'my need needs no not of on or our please she should so some someone somebody that the',
    'their them there these they this those to up very want was we were what when where which',
    'who will with would you your',
  ]
    .join(' ')
    .split(' '),
);

export function isEnglishStopWord(word: string): boolean {
  return stopWords.has(word);
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/** "stopp" → "stop", "clogg" → "clog"; but "fall", "class" and "buzz" keep their double letter. */
function undouble(word: string): string {
  const last = word.at(-1) ?? '';
  if (word.length > 3 && last === word.at(-2) && !vowels.has(last) && !'lsz'.includes(last)) {
    return word.slice(0, -1);
  }
  return word;
}

const wordForms = new Map<string, string>(
  wordFormGroups.flatMap((group) => Object.entries(group.words)),
);
const rightSpelling = new Map<string, string>(
  misspellingGroups.flatMap((group) => Object.entries(group.words)),
);
const latinWord = /[a-z]+/g;

/** "elevater" → "elevator": before anything reads the text, the danger reader included. */
export function respelled(lowerCaseText: string): string {
  return lowerCaseText.replace(latinWord, (word) => rightSpelling.get(word) ?? word);
}

/** The stem, through the word's regular form if it has one ("fell" → "fall", "daycare" → "day care"). */
export function stem(word: string): string {
  const form = wordForms.get(word);
  return form === undefined ? regularStem(word) : form.split(' ').map(regularStem).join(' ');
}

function regularStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length - 2 >= 3)
    w = undouble(w.slice(0, -2));

  // "nurse"/"nursing" and "dance"/"dancing" only meet without the final e.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
