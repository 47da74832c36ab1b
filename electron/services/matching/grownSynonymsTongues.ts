// Words grown for needs typed in other tongues (issue 15, the round of the 27th batch): English
// as foreign residents and grandchildren write it, phrases of several words that say the need
// where no one word does ("power went out", "water won't go down"). English here is written as
// typed; it is stemmed on the way in (english.ts: "went" is "go", "won't" is "wont"), so each
// phrase stands for its family of forms. Each entry starts from a miss, of the batch's tuning
// cases or of phrasings written beside it to find the family, and names it.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: English a resident types for this situation (round of batch 27)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;
const beside = (needs: string) => `${general}; written beside the batch: ${needs}`;

export const tonguesGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'drain',
    chinese: '',
    english:
      'wont go down, will not go down, doesnt go down, not going down, wont drain, not draining, doesnt drain, backed up, backing up, drain smells, sink smells, toilet smells, drain stinks, sink stinks',
    source: tuning('toilet blocked, water wont go down'),
  },
  {
    // A flush that will not go is a blocked toilet, in English or inside a Chinese sentence
    // ("toilet堵了，flush不下去": the Chinese half says 不下去, the English half names the flush).
    category: 'basic-living',
    group: 'drain',
    chinese: '',
    english: 'flush, flushing, cant flush, flush not working',
    source: `${general}; round of batch 32, tuning: 我家的toilet堵了，flush不下去`,
  },
  {
    // A flushed face is the body's, not the toilet's (written beside the flush above).
    category: 'health-medical',
    group: 'checkup',
    chinese: '',
    english:
      'face flushed, flushed face, face is flushed, face is red, face red, face hot, cheeks red',
    source: `${general}; round of batch 32, written beside: my face is flushed and hot`,
  },
  {
    category: 'basic-living',
    group: 'electrical',
    chinese: '',
    english:
      'power went out, power is out, power out, power went off, power is off, electricity went off, electricity is off, electric is off, the electric, lights went out, blackout, power failure, fuse blew, fuse box',
    source: beside('power went out in my apartment; the electric is off whole flat'),
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    chinese: '',
    english:
      'house is cold, house very cold, flat is cold, flat very cold, home is cold, no heat, no heating',
    source: beside('heater is broke, house very cold'),
  },
  {
    category: 'health-medical',
    group: 'nursing',
    chinese: '',
    english: 'physical therapy, rehab, exercises after a stroke, injections at home',
    source: beside('physio for my dad after his stroke'),
  },
  {
    category: 'health-medical',
    group: 'family-doctor',
    chinese: '',
    english:
      'doctor come, doctor to come, doctor come home, doctor visit, doctor visits, house call',
    source: beside('can a doctor come visit at home'),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // The medicine brought to the door, told the other way round (啲藥送上門, 药送到家).
    chinese: '药送上门 药送到家 药送家里 药送过去 送药到家 送药到家里',
    english: 'deliver medicine, deliver my medicine, medicine delivered, bring my medicine',
    source: beside('想 order 啲藥送上門'),
  },
  {
    category: 'health-medical',
    group: 'nursing',
    // Taiwan and Hong Kong call a home nurse or aide 看護; 到府 (at home) folds to 上门.
    chinese: '看护 请看护 找看护 居家看护 看护上门 上门照顾 到家照顾',
    english: 'home nurse, nurse at home, carer at home, home carer',
    source: beside('需要看護到府照顧'),
  },
  {
    category: 'education-employment',
    group: 'digital',
    // The messaging apps residents name (LINE in Taiwan, WhatsApp in Hong Kong) by their names.
    chinese: '',
    english: 'whatsapp, use line, line app, facebook, tiktok, douyin, youtube, messaging app',
    source: beside('長輩不會用LINE'),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: '',
    english:
      'loud, too loud, very loud, loud music, stomping, family upstairs, people upstairs, neighbours upstairs, upstairs neighbour',
    source: beside('the family upstairs is very loud'),
  },
];
