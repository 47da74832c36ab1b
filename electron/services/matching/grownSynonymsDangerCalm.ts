// Words of calm needs that share a danger's words (issue 15: a fall last year and a wish to keep
// one's balance is the health station's, not the emergency team's). Every entry starts from a
// tuning miss of the twenty-fourth batch (all tuning) or an older batch's tuning part, named in
// its source, and adds the family of words residents use for that situation. Phrases hold the
// danger word on purpose: a longer known phrase rereads the words inside it (queryFeatures.ts),
// so "防跌倒" is a health talk although "跌倒" alone is a fall. Whether danger is read is the
// danger lists' business (dangerCalm.ts), not this file's: it only ranks.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: calm needs in danger words, round of batch 24';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const dangerCalmGrownTerms: readonly GrownTerms[] = [
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: `防跌倒 预防跌倒 防摔 防摔倒 别再摔 怕再摔 不想再摔 再摔了 练平衡 平衡训练 平衡能力
      走路不稳 走不稳 腿脚不稳 站不稳当 腿养好了`,
    english: `keep my balance, balance exercises, balance, fall prevention, falls prevention,
      walks badly, walking badly, unsteady on her feet, unsteady on his feet, fell last year,
      fell last month, fell last winter, had a fall last year, after a fall, since her fall,
      since his fall`,
    source: tuning(
      '去年冬天摔了一跤，腿养好了，想找人教我练练别再摔; 有没有防跌倒的讲座，我妈走路老是不稳; I fell last year and want exercises to keep my balance',
    ),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // Sorting the week's pills, after a mix-up: the pharmacy's, not an escort to hospital.
    chinese: '分药 把药分好 分好药 药分好 药盒 分药盒 吃药提醒 记不住吃药 药吃乱 吃乱了 吃错药',
    english: 'pill organiser, pill organizer, pill box, sort my pills, sort out my pills',
    source: tuning('上次吃错药进过医院，想找人帮我把药分好'),
  },
  {
    category: 'social-cultural',
    group: 'arts-festivals',
    // A sketch or a comic show, whatever it was about (防诈骗的小品 is a show, not a report).
    chinese: '小品 相声 快板 演小品 文艺节目 节目 表演 演出队',
    english: 'sketch, comedy, comedy show, performance',
    source: tuning('看了个防诈骗的小品挺好笑，社区还演不演'),
  },
];
