// A lost ability told as lasting is no fall now (round of the 55th batch, all tuning): "我爸在家躺着
// 起不了身，想有人定期上门看看" is a bedridden father for home nursing, as dangerCalmEveryday.ts
// already reads 起不来床 beside 卧床. The inability words (起不了身, 动不了) are blanked when the
// text says the state lasts or asks for regular care, and nothing sudden, a fall or a faint is
// told: "今天突然起不了身" and "摔了起不来" still alarm. Read by dangerCalm.ts's combinations.
import type { CalmCombination } from './dangerCalm.js';
import { han } from './termLists.js';

export const lastingInabilityCombinations: readonly CalmCombination[] = [
  {
    with: han(
      '定期 长期 常年 好几年 多年 一直躺 瘫在床上 卧床 褥疮 上门护理 上门看看 定期上门 有人照顾 护理',
    ),
    without: han(
      '摔 跌 绊 滑倒 倒在 地上 晕 昏 突然 刚才 刚刚 今天 今早 今儿 叫不醒 没反应 流血 救命 快来 不行了',
    ),
    blank: han('起不了身 起不来 起不了床 动不了 翻不了身 下不了床 爬不起来'),
  },
];
