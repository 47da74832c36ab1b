// Danger read from someone being where they should not be, as word classes combined (the
// reading dangerCombinations.ts explains). A stranger who lingers at a resident's door and will
// not leave, or peers through the spyhole, is a call to 110 before any lock is forced: the
// seventeenth batch's tuning part had "门口有个男的转悠了半天也不走" and no list read it. Each
// class needs a word: the stranger, the door, and the lingering; "陌生人转悠" in the estate, with
// no door, stays a patrol matter. Texts arrive folded (Simplified, lower case, homophones replaced).
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** Staying, watching or pressing at a door, rather than passing by. */
const lingering = [
  ...han(`转悠 徘徊 晃悠 转来转去 走来走去 来回走 蹲着 蹲在 守着 不走 赖着 盯着 往里看 往里瞧
    往里瞅 偷看 偷瞄 猫眼 贴着门 趴门 听门 一直敲 使劲敲 拍门 砸门 拧把手`),
  ...words(`hanging around, loitering, wont leave, will not leave, lurking, peering, peeping,
    looking through, keeps knocking, banging on, watching my door, waiting outside,
    standing outside, staring, staring up, staring at, watching my window, watching my flat`),
];

/** A resident's own door or window: not the estate, the street or the market. */
const atTheDoor = [
  ...han('门口 门外 家门 猫眼 窗外 窗户外 防盗门 单元门口'),
  ...words('door, doorstep, front door, outside my flat, outside my door, window'),
];

/** Someone the resident does not know. */
const stranger = [
  ...han('有人 陌生人 男的 女的 几个人 不认识的人 什么人 有个人 一个人 个人'),
  ...words('someone, somebody, stranger, a man, a woman, man, men, two men, people, a guy'),
];

export const presenceConcepts: readonly CombinedConcept[] = [
  {
    kind: 'break-in',
    source: '110: a stranger lingering at the door who will not leave, before anything is forced',
    classes: [lingering, atTheDoor, stranger],
  },
];
