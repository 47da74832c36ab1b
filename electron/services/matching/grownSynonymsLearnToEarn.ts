// A trade learned in order to earn (issue 15: fresh everyday wording; the 42nd batch's tuning
// miss 学护理当护工). Learning to become a carer, a maternity nurse, a cook or a hairdresser is the
// skills school's course before it is the employment station's job: the phrase family holds the
// trade with the learning or the becoming (学护理, 当护工, 做月嫂), so the trade's word alone (护理
// of the home nurses, 护工 of day care) is the phrase's (queryFeatures.ts rereads it). Hiring a
// carer (找个护工, 请护工) holds none of these and stays with care.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of learning a trade to earn by (round of batch 42)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

/** Every opening joined to every ending: the phrase family a resident may type. */
const joined = (openings: string, endings: string): string =>
  openings
    .split(' ')
    .flatMap((opening) => endings.split(' ').map((ending) => `${opening}${ending}`))
    .join(' ');

export const learnToEarnGrownTerms: readonly GrownTerms[] = [
  {
    category: 'education-employment',
    group: 'training',
    chinese: `${joined('学 学做 学当 当 做 干', '护工 月嫂 育婴师 保育员 家政 保洁员 厨师')}
      学护理 护理培训 护工培训 月嫂培训 学育婴 学烘焙 学电工 学叉车 学开叉车
      学技能 学门技能 学个技能 一技之长 挣钱的本事 挣钱的手艺 吃饭的本事 学了挣钱 学了好挣钱 学好挣钱
      学着挣钱 学这个挣钱`,
    english:
      'learn a skill, learn skills, vocational training, trade school, train as a carer, become a carer',
    source: tuning('学护理当护工'),
  },
];
