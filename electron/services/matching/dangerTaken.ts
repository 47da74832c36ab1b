// A child or someone close taken away, or a resident followed, by a stranger, as word classes
// combined (the reading dangerCombinations.ts explains). The 45th batch told these without a
// danger word: 不认识的阿姨把我孙子领走了, 被一个陌生人抱上了电动车, 有辆面包车一路跟着她. A
// child led off by a stranger is a missing child in the making (110, the search team); being
// followed or watched by one is a police matter before anything happens. Each reading needs
// the stranger as well, so a grandmother fetching a child, or a child following its parent,
// stays calm; the news, a talk and prevention questions are calm too. Texts arrive folded.
import type { CombinedConcept } from './dangerCombinations.js';
import { closePerson, hypothetical } from './dangerMissing.js';
import { han, words } from './termLists.js';

/** Led, carried or pulled away, or into a vehicle. */
const takenAway = [
  ...han(`领走 带走 抱走 牵走 拉走 拽走 拖走 骗走 接走 哄走 抱上 拉上车 拉~上车 拽~上车 拖~上车
    塞进 塞上 拉进 拖进 拽进 哄~跟他走 哄~跟她走 跟他走了 跟她走了 拉着~往外走 拽着~往外走 牵着~往外走`),
  ...words(`took my, taken my, took her, took him, taken by, led away, led her away, led him away,
    grabbed, snatched, pulled her into, pulled him into, dragged, walked off with, went off with,
    lured, pushed her into, pushed him into`),
];

/** Someone the family does not know. */
const stranger = [
  ...han(`不认识 陌生 生人 不是家里人 不是我们家 不是亲戚 有个男的 有个女的 一个男的 一个女的 那个男的
    那个女的 有个叔叔 有个阿姨 一个叔叔 一个阿姨 面包车 有辆车 一辆车`),
  // A lure needs no stranger named: 有人拿糖哄小孩 is one.
  ...han('有人哄 有人骗 有人拿 拿糖 拿零食 拿玩具 给糖'),
  ...words(`stranger, strangers, a man, a woman, dont know, does not know, doesnt know, do not know,
    unknown, a van, a car`),
];

/** A child whom the resident need not be kin to. */
const child = [
  ...closePerson,
  ...han('小姑娘 小女孩 小男孩 小学生 学生 姑娘'),
  ...words('schoolgirl, schoolboy, student, pupil'),
];

/** Followed, watched or waited for on purpose, not led (跟着我学 is a class). */
const followed = [
  ...han(`一路跟着 一直跟着 跟着~回家 跟着~进 跟上来 跟上了我 跟在~后面 跟在~身后 跟了~一路 跟了~好几
    跟到~家 跟到~楼 盯着我 盯着她 盯着他 盯上 等了我 在等我 蹲我 堵我 堵着我 一直跟我到 一直跟她到
    一直跟他到 一路跟我 一路跟她 一路跟他`),
  ...words(`walking behind, following me, following her, following him, followed me, followed her,
    followed him, been following, keeps following, waiting for me, watching me, watching her`),
];

/** Said of the news, a talk or a warning: nobody is being taken now. */
const told = [
  ...hypothetical,
  ...han(
    '听说 新闻 电视上 报道 不让 不能让 别让 不要让 教孩子 防拐 防陌生人 讲座 跟着我学 跟着他学 跟着她学',
  ),
  ...words('news, heard about, teach, warn'),
];

/** Followed all the way by anyone at all: 一直跟我到 needs no stranger named (49th batch). */
const followedAllTheWay = han(
  '一直跟我到 一直跟她到 一直跟他到 一路跟我到 一路跟她到 一路跟他到 从~一直跟',
);
const anyone = [...stranger, ...han('有个人 有人 一个人')];

/** Asking who is at home and when, under a pretext: casing a flat (49th batch). */
const casing = [
  ...han(`几口人 家里几个人 有没有人在家 家里有没有人 白天有没有人 白天家里有人 晚上有没有人 什么时候没人
    什么时候家里没人 一个人住吗 是不是一个人住`),
  ...words('who lives here, anyone home during the day, when nobody is home, if i live alone'),
];
const pretext = [
  ...han('装成 假装 冒充 自称 说是 扮成 陌生 不认识 有人 有个男的 有个女的'),
  ...words('pretending, claiming, stranger, someone, a man, a woman'),
];

/** Pulled along by the hand, however far the child's name is from the pulling (拉着…小姑娘往外走). */
const pulledAlong = han('拉着 拽着 扯着 拖着 抱着 牵着');
/** The child resisting or crying while led off. */
const resisting = [
  ...han('在哭 哭着 哭喊 哭闹 不肯走 不愿意走 挣扎 往外走 往车上 喊妈妈 喊爸爸'),
  ...words('crying, screaming, struggling, pulling away'),
];

export const takenConcepts: readonly CombinedConcept[] = [
  {
    kind: 'missing',
    source: '110: a stranger pulling a crying or struggling child away',
    classes: [pulledAlong, resisting, child, stranger],
    unless: [...told, ...han('打针 看病 上学 不肯上学 不想上学 哄睡')],
  },
  {
    kind: 'break-in',
    source: '110: someone followed all the way to where they were going',
    classes: [followedAllTheWay, anyone],
    unless: told,
  },
  {
    kind: 'break-in',
    source: '110: someone under a pretext asking who is at home and when: casing the flat',
    classes: [casing, pretext],
    unless: [...told, ...han('登记 普查 居委会 网格员 社区工作人员 志愿者 表格')],
  },
  {
    kind: 'missing',
    source: '110 and the search team: a child or someone close led or carried off by a stranger',
    classes: [takenAway, child, stranger],
    unless: told,
  },
  {
    kind: 'break-in',
    source: '110: a resident or their child followed, watched or waited for by a stranger',
    classes: [followed, stranger],
    unless: told,
  },
];
