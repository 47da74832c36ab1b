// Common phrases a resident can tap to say what is wrong without typing. Their words live in the
// locale files under ask.describe.phrases.
export const phraseIds = [
  'brokenAtHome',
  'visitMyHome',
  'livingAlone',
  'hardToMove',
  'paperwork',
  'money',
  'neighbour',
  'family',
  'lonely',
  'callMeBack',
] as const;
export type PhraseId = (typeof phraseIds)[number];
