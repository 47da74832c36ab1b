// English words as residents type them, beside the form the matcher stores. Two tables:
// wordForms meets keywords and queries on one term (both go through stem), so it may change a
// word's meaning for matching only; misspellings rewrite the text itself, before the danger
// reader too, so only slips with a single right spelling belong there.

export interface EnglishWords {
  /** Typed word (lower case) → the word it stands for. */
  words: Readonly<Record<string, string>>;
  source: string;
}

export const wordFormGroups: readonly EnglishWords[] = [
  {
    // The stemmer cuts -s, -ing and -ed; irregular past forms it cannot reach.
    words: {
      broke: 'break',
      broken: 'break',
      fell: 'fall',
      fallen: 'fall',
      burnt: 'burn',
      froze: 'freeze',
      frozen: 'freeze',
      stole: 'steal',
      stolen: 'steal',
      forgot: 'forget',
      forgotten: 'forget',
      slept: 'sleep',
      paid: 'pay',
      bought: 'buy',
      sold: 'sell',
      woke: 'wake',
      caught: 'catch',
      taught: 'teach',
      spoke: 'speak',
      blew: 'blow',
      wrote: 'write',
      swollen: 'swell',
      shook: 'shake',
    },
    source: 'general usage: irregular English past tenses and participles and their base verbs',
  },
  {
    words: {
      neighbor: 'neighbour',
      neighbors: 'neighbour',
      neighborhood: 'neighbourhood',
      center: 'centre',
      counseling: 'counselling',
      counselor: 'counsellor',
      program: 'programme',
      elevator: 'lift',
      elevators: 'lift',
      apartment: 'flat',
      faucet: 'tap',
      color: 'colour',
      daycare: 'day care',
      healthcare: 'health care',
      aircon: 'air conditioner',
    },
    source:
      'general usage: American spellings and words against the British ones the directory mostly uses, and one-word compounds',
  },
];

export const misspellingGroups: readonly EnglishWords[] = [
  {
    words: {
      elevater: 'elevator',
      elevatar: 'elevator',
      docter: 'doctor',
      doctr: 'doctor',
      medecine: 'medicine',
      medicen: 'medicine',
      medcine: 'medicine',
      medicin: 'medicine',
      apointment: 'appointment',
      appoinment: 'appointment',
      appointmnet: 'appointment',
      hospitel: 'hospital',
      hospitol: 'hospital',
      ambulence: 'ambulance',
      emergancy: 'emergency',
      emergeny: 'emergency',
      electricty: 'electricity',
      electrisity: 'electricity',
      plumer: 'plumber',
      leeking: 'leaking',
      leeks: 'leaks',
      cloged: 'clogged',
      colapse: 'collapse',
      colapsed: 'collapsed',
      unconcious: 'unconscious',
      brething: 'breathing',
      breating: 'breathing',
      presure: 'pressure',
      preasure: 'pressure',
      diabetis: 'diabetes',
      prescripion: 'prescription',
      perscription: 'prescription',
      pharmcy: 'pharmacy',
      farmacy: 'pharmacy',
      nurce: 'nurse',
      elderley: 'elderly',
      theif: 'thief',
      burgler: 'burglar',
      polise: 'police',
      lonley: 'lonely',
      lonly: 'lonely',
      depresed: 'depressed',
      excercise: 'exercise',
      exersice: 'exercise',
      volunter: 'volunteer',
      voluntear: 'volunteer',
      homwork: 'homework',
      majong: 'mahjong',
      mahjhong: 'mahjong',
      neigbour: 'neighbour',
      neighbur: 'neighbour',
      neibour: 'neighbour',
      neigbor: 'neighbor',
      smel: 'smell',
      rubish: 'rubbish',
      garbige: 'garbage',
    },
    source:
      'general usage: slips learners of English commonly make in these words (a doubled or single consonant, e for i or a, a dropped letter), as in Wikipedia’s lists of common misspellings',
  },
];
