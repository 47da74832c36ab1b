// Out-of-scope needs in English, second round (issue 15, the round of the 32nd batch; the
// Chinese words of the same kinds are in outOfScope.ts): dental care, which no community service
// gives (牙医, 看牙, 拔牙 there), and buying a phone, which is a shop's, not the smartphone
// class's ("how to use my new phone" is the class, so "new phone" alone is not here), and
// (54th batch's round) lessons and car trouble no community service takes. Written
// in general terms, as a foreign resident or a grandchild types them; stemmed on the way in.
export const englishOutOfScopeWords: readonly string[] = [
  'dentist',
  'dentists',
  'dental',
  'toothache',
  'tooth',
  'teeth',
  'buy a phone',
  'buy a new phone',
  'buy new phone',
  'buy phone',
  'buy a mobile',
  'buy a new mobile',
  'buy a smartphone',
  'buy a cellphone',
  'phone shop',
  'phone store',
  'mobile shop',
  // Lessons no community class gives, and a car's own trouble (round of the 54th batch): "start"
  // of a car that will not start is no start-up, "lessons" of driving no senior university.
  'piano',
  'violin',
  'swim',
  'swimming',
  'driving lesson',
  'driving lessons',
  'driving school',
  'learn to drive',
  'car will not',
  'car wont',
  'car does not',
  'car doesnt',
  'car battery',
  'car engine',
  'car broke down',
  'car keeps',
  'engine',
];
