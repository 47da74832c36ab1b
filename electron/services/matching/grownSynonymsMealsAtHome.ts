// Food at home told as the circumstance, not as the canteen's service (issue 15: fresh everyday
// wording; the 42nd batch's tuning misses 腿脚不好下不了楼，冰箱也空了; 我妈八十多了，一个人在家
// 吃不上热乎的; 老伴住院去了，家里就剩我，灶台都不会用). Residents tell the lack: an empty fridge,
// no one to buy the food, no hot food, cooking they cannot do. Each family holds the common
// fillers (也, 都, 里) a resident puts inside, so a word of another group inside the phrase (冰箱
// of the appliance menders) is the phrase's (queryFeatures.ts rereads it).
// A fridge that stops cooling stays the menders' (冰箱不凉, grownSynonymsEverydaySixth.ts).
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say when there is no food at home (round of batch 42)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

/** Every opening joined to every ending: the phrase family a resident may type. */
const joined = (openings: string, endings: string): string =>
  openings
    .split(' ')
    .flatMap((opening) => endings.split(' ').map((ending) => `${opening}${ending}`))
    .join(' ');

export const mealsAtHomeGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'meals',
    // The fridge empty, nothing in the house to eat, no one to fetch the food.
    // A few fridge phrases only: many would make 冰 and 箱 read as meals (characterEvidence.ts).
    chinese: `冰箱空了 冰箱也空了 冰箱都空了 冰箱里空了 冰箱里没东西 冰箱里啥也没有 冰箱里没吃的
      家里没吃的 家里没啥吃的 家里啥吃的都没有 没吃的了 没东西吃 没啥吃的
      买不了菜 买不动菜 没法买菜 没人买菜 没人给买菜 没人帮忙买菜 买菜不方便`,
    english:
      'fridge is empty, empty fridge, nothing to eat, no food at home, no food in the house, no one to buy food',
    source: tuning('腿脚不好下不了楼，冰箱也空了'),
  },
  {
    category: 'basic-living',
    group: 'meals',
    // The meal named and asked to be brought (饭能送上来吗): the meal, whatever the stairs.
    chinese: joined('饭 饭菜 午饭 中饭 晚饭', '能送 能不能送 可以送 给送 送上来 送上门 送到家'),
    english: 'bring my lunch up, bring the food up',
    source: `${general}; probes of the 43rd round: 我住七楼没电梯，饭能送上来吗`,
  },
  {
    category: 'basic-living',
    group: 'meals',
    // No hot food: said of the eater, not of a radiator.
    chinese: `${joined('吃不上 吃不着 吃不到 吃不上口 吃不着口 没口', '热乎的 热乎饭 热的 热饭')} 热乎的饭菜 热饭热菜`,
    english: 'hot food, no hot food, a hot meal',
    source: tuning('我妈八十多了，一个人在家吃不上热乎的'),
  },
  {
    category: 'basic-living',
    group: 'meals',
    // Cooking one cannot do. Not the stove one cannot work (灶台都不会用): phrases holding 灶
    // would make that character name meals instead of the gas station (the telling characters,
    // characterEvidence.ts, pinned by grownSynonyms.test.ts).
    // The meal named first and the lack after it, as often (饭不会弄, 饭也做不了).
    // Few with 弄, a verb of every errand (手机不会弄).
    chinese: `锅都不会用 ${joined('饭 饭也 饭都', '不会做 做不了 没人做')} 饭不会弄 不会弄饭
      ${joined('不会 做不了 没人', '烧饭 煮饭 做菜 烧菜')} 煮不了饭 烧不了饭 没人给做饭`,
    english: 'cannot cook, cant cook, unable to cook, no one to cook',
    source: tuning(
      '老伴住院去了，家里就剩我，灶台都不会用 (not read: see above); 闺女出差半个月，家里就我一个老头子，饭不会弄 (43rd batch)',
    ),
  },
];
