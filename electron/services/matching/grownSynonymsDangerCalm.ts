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
const tuning29 = (needs: string) =>
  `general: calm needs in danger words, round of batch 29; tuning: ${needs}`;

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
  {
    category: 'health-medical',
    group: 'medicine',
    // Medicines kept at home for an attack, after a heart attack or a stroke: the pharmacy's.
    chinese: '急救药 备点药 备药 常备药 家里备药 家庭药箱 小药箱 药箱 备用药',
    english: 'medicine cabinet, first aid kit at home, emergency medicine',
    source: tuning29('我爸以前心梗过，家里要备点什么急救药'),
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    // A gas water heater or a gas alarm: the gas service installs and checks them.
    chinese: '燃气热水器 煤气热水器 天然气热水器 燃气报警器 煤气报警器 天然气报警器 可燃气体报警器',
    english: 'gas water heater, gas boiler, gas alarm, gas detector',
    source: tuning29('煤气热水器能不能装在浴室里，听说会中毒'),
  },
  {
    category: 'safety-emergency',
    group: 'gas-leak',
    // An alarm wanted where gas was smelt once: the gas service's, not the police's (报警 inside).
    chinese: '燃气报警器 煤气报警器 天然气报警器 一氧化碳报警器 装个报警器 装报警器',
    english: 'gas alarm, gas detector, carbon monoxide alarm, co alarm',
    source: tuning29('上次闻到煤气味是灶台没关好，已经修好了，想问能不能装个报警器'),
  },
  {
    category: 'basic-living',
    group: 'electrical',
    // Old wiring checked before it fails: the electricians', not the emergency team's.
    chinese: '老化 电线老化 线路老化 老不老化 检查电线 查电线 检查线路 查线路 电线太旧',
    english: 'old wiring, wiring check, check the wiring',
    source: tuning29('想请人上门看看家里电线老不老化，怕出事'),
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // A lock worn out, not forced: a repair (the 被撬 denied beside it).
    chinese: '门锁坏了 锁坏了 钥匙插不进 钥匙插不进去 钥匙拧不动 锁芯坏了 换锁芯 锁头坏了 锁不上',
    english: 'lock is broken, key wont turn, key will not go in',
    source: tuning29('门锁坏了钥匙插不进去，不是被撬的，就是旧了'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    // An e-bike or its battery charged indoors: the fire station's hazard, however it is told.
    chinese: '推家里充电 推到家里充电 推进家里充电 家里充电 屋里充电 拿回家充电 电瓶拿回家',
    english: 'charging indoors, charging in the flat, charging it at home',
    source: tuning29('电动车推家里充电，邻居说不安全'),
  },
];
