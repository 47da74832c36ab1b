// A burning smell from a neighbour's home with nobody answering, or growing, as word classes
// combined (the reading dangerCombinations.ts explains). The 45th batch had 对门一股糊味从门缝里
// 出来，敲门没人: no flame or smoke named, so the fire hazard (a thing and a sign) read nothing,
// yet a pot burning dry behind a locked door is a fire in the making and a call to 119. Cooking
// smells, a restaurant below and burnt offerings stay calm. Texts arrive folded.
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** A smell of something burning. */
const burntSmell = [
  ...han('糊味 焦味 烧焦 焦糊 糊焦 烧糊 煳味 糊的味 焦的味 糊巴味 糊了的味 烧东西的味'),
  ...words('burning smell, smell of burning, something burning, burnt smell, burned smell'),
];

/** Someone else's home, or coming from under their door. */
const neighbours = [
  ...han('对门 隔壁 楼上 楼下 邻居 门缝 邻家 对面那家 那户'),
  ...words(
    'next door, neighbour, neighbor, neighbours, neighbors, under the door, upstairs, downstairs',
  ),
];

/** Nobody there to put it out, or it getting worse. */
const unattended = [
  ...han(`敲门没人 没人应 没人开 家里没人 好像没人 人出去了 人不在 没人在家 不在家 越来越 从门缝 门缝里
    往外冒 往外飘 传出来 全是 一直有`),
  ...words(`no one answers, nobody answers, no answer, nobody home, no one home, not home, away,
    getting stronger, getting worse, coming under`),
];

/** Cooking or burning on purpose. */
const onPurpose = [
  ...han('炒菜 做饭 烧菜 油烟 饭店 饭馆 餐馆 烧烤 烧纸 烧香 抽烟 熏肉 腊肉'),
  ...words('cooking, barbecue, restaurant, incense'),
];

export const neighbourFireConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fire',
    source: '119: a burning smell from a neighbour with nobody answering or it growing',
    classes: [burntSmell, neighbours, unattended],
    unless: onPurpose,
  },
];
