// Someone trying doors, windows or car doors one after another, or a home found open with
// someone still inside, as word classes combined (the reading dangerCombinations.ts explains).
// The 45th batch told a break-in under way without its words (楼道里有个人挨个推门，看哪家没锁;
// 回来看见家门开着，屋里有动静; someone keeps turning my door handle): nothing is forced yet, but a
// stranger testing locks is a call to 110. A resident asking for help with a stuck lock (谁能帮我
// 试试门锁) names no stranger testing it and stays a repair. Texts arrive folded.
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** Testing, one after another. */
const trying = [
  ...han(`在试 试着 试了 试试 试探 挨个 挨家 一家一家 一户一户 一个一个 一辆一辆 一辆辆 一扇一扇
    看哪家没锁 哪家没锁 看有没有锁`),
  ...words(`trying, tried, testing, keeps turning, kept turning, turning my, turning the, rattling,
    one by one, every door, each door`),
];

/** What a thief tests: a handle, a lock, a door or a window. */
const lockOrDoor = [
  ...han('推门 拧门 拉门 推窗 拉窗 车门 门把 把手 门锁 锁眼 窗户 防盗门 家门 房门 门'),
  ...words('door handle, handle, door, doors, window, windows, lock, locks, car door, car doors'),
];

/** Someone who is not the resident. */
const someoneElse = [
  ...han('有人 有个人 一个人 陌生 男的 女的 不认识 什么人'),
  ...words('someone, somebody, stranger, a man, a woman, a guy, people'),
];

/** Asking for help with one's own lock, a worker doing the job, or a caller on an errand. */
const ownLock = [
  ...han('帮我 帮忙 能不能帮 谁能 找人 请人 师傅 开锁 换锁 修锁 修门 物业的人 维修'),
  // Callers going door to door on an errand: a salesman, the meter reader, a census.
  ...han('推销 传单 发广告 抄表 快递 外卖 普查 登记 居委会 志愿者'),
  ...words('help me, can someone, locksmith, repair, fix'),
];

/** The home found open. */
const foundOpen = [
  ...han('门开着 门是开着 门是开的 门开了 门大开 门敞着 门虚掩 门被打开 门被人打开 门没关'),
  ...words('door was open, door is open, door open, door wide open, door had been opened'),
];

/** Someone still inside, or the place gone through. */
const stillInside = [
  ...han(`屋里有动静 里面有动静 屋里有声音 里面有声音 屋里有人 里面有人 家里有人 脚步声 翻得乱七八糟
    翻得乱 被翻 抽屉都 柜子都被`),
  ...words(`someone inside, somebody inside, noise inside, noises inside, footsteps, someone in there,
    drawers open, been gone through`),
];

export const doorsTriedConcepts: readonly CombinedConcept[] = [
  {
    kind: 'break-in',
    source: '110: a stranger testing doors, locks or windows, before anything is forced',
    classes: [trying, lockOrDoor, someoneElse],
    unless: ownLock,
  },
  {
    kind: 'break-in',
    source: '110: the home found open with someone still inside or the place gone through',
    classes: [foundOpen, stillInside],
  },
];
