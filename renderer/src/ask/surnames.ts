// The most common surnames, for saying who you are without a keyboard. The characters (and, in
// English, the spelling) are in the locale files under ask.name.surnames.
export const surnameIds = [
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'lin',
  'gao',
  'luo',
] as const;
export type SurnameId = (typeof surnameIds)[number];

export const honorifics = ['mr', 'ms'] as const;
export type Honorific = (typeof honorifics)[number];
