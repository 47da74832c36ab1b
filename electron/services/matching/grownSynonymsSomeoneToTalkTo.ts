// Someone to talk to, in the words of the south (讲话 for 说话, 无人 for 没人) and of writing
// (issue 15: fresh everyday wording; the 43rd batch's tuning miss 無人陪我講話, read as a hospital
// escort through 陪我). The companion volunteers answer; 陪我 inside these phrases is theirs
// (queryFeatures.ts rereads it), while 陪我去医院 stays the escorts'.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say when they have no one to talk to (round of batch 43)';

export const someoneToTalkToGrownTerms: readonly GrownTerms[] = [
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: `陪我讲话 陪我讲讲话 陪着讲话 讲讲话 没人讲话 无人讲话 没人同我讲话 同我讲话 跟我讲话 找人讲讲话
      无人陪 无人陪我 无人陪伴 无人说话 无人聊天 无人理`,
    english: 'no one to talk to, nobody to talk to, someone to talk to',
    source: `${general}; tuning: 無人陪我講話`,
  },
];
