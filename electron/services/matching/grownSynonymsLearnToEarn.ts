// A trade learned in order to earn (issue 15: fresh everyday wording; the 42nd batch's tuning
// miss 学护理当护工). Learning to become a carer, a maternity nurse, a cook or a hairdresser is the
// skills school's course before it is the employment station's job: the phrase family holds the
// trade with the learning or the becoming (学护理, 当护工, 做月嫂), so the trade's word alone (护理
// of the home nurses, 护工 of day care) is the phrase's (queryFeatures.ts rereads it). Hiring a
// carer (找个护工, 请护工) holds none of these and stays with care.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of learning a trade to earn by (round of batch 42)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const learnToEarnGrownTerms: readonly GrownTerms[] = [
  {
    category: 'education-employment',
    group: 'training',
    // Few phrases per character: 学, 师, 员, 婴 and 洁 are in many words of other kinds (学校,
    // 老师, 工作人员, 婴儿, 保洁), and a matrix of trades would make the back-off read each of them
    // as the school (characterEvidence.ts).
    chinese: `学护理 学护工 当护工 做护工 干护工 当月嫂 做月嫂 学当月嫂 护理培训 护工培训 月嫂培训
      学烘焙 学电工 学叉车 学开叉车 一技之长 吃饭的本事 学了挣钱 学这个挣钱`,
    english:
      'learn a skill, learn skills, vocational training, trade school, train as a carer, become a carer',
    source: tuning('学护理当护工'),
  },
];
