// Something spilt, poured or dropped on the floor is no person down (product owner's decision,
// 38th batch tuning false alarms: 汤洒到地上了, 油全倒在地上, 掉了一串珠子到地上). Two ways it
// alarmed: 到地 is heard as its homophone 倒地 (a collapse), and 倒在地上 is read as a fall whoever
// or whatever went down. So 到地上 and its kin are real words for the homophone reader
// (dangerWords.ts soundAlikeWords), and the stretch "a thing, spilt or poured, on the floor" is
// blanked before danger is read (danger.ts): a person who slips on it and cannot get up is
// still read in the words after it (油洒了一地，我妈踩上去滑倒了起不来).
import { han } from './termLists.js';

/** The floor, or all over it. */
const floor = '(?:在|到|得|了)?(?:一地|满地|一地板|地上|地下|地板上?|地面上?|地毯上?)';

/** Verbs that only things undergo: spilt, splashed, knocked over, thrown. */
const spilt = '洒|撒|泼|打翻|溅|扔|弄';

/**
 * Things poured out or dropped (倒, 掉 are also a person going down, so the thing must be named
 * right before them): not water, a drink, soup, a pill or a meal, which a person may have just
 * taken when they went down (喝了酒倒在地上, 吃了药倒在地上 are collapses).
 */
const pouredThings = [
  ...han(`油 垃圾 米 面粉 油漆 颜料 墨水 珠子 豆子 沙子 土 玻璃 碗 盘子 杯子 瓶子 花盆 手机 钥匙 眼镜
    遥控器`),
  // A basin's, a bucket's or a pot's worth of anything (一盆水全倒在地上); not a cup, a bowl or a
  // bottle, which a person drinks or eats before going down (喝了一杯酒就倒在地上).
  ...han('一盆 一桶 一锅').map((vessel) => `${vessel}[^,]{0,2}`),
].join('|');
const onlyAdverb = '(?:全|都|全都|全部|一下|一下子|又|也|还|就)?';

/**
 * Blanked before danger is read: spilling onto the floor (汤洒到地上, 洒了一地; not blood), and a
 * named thing poured out or dropped there (油全倒在地上, 一盆水倒了一地).
 */
export const spiltOnTheFloor: readonly RegExp[] = [
  new RegExp(`(?<!血)(?:${spilt})了?${floor}`, 'gu'),
  new RegExp(`(?:${pouredThings})${onlyAdverb}(?:倒|掉)了?${floor}`, 'gu'),
];
