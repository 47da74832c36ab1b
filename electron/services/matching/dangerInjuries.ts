// A body in harm's way now, read as word classes combined (the reading dangerCombinations.ts
// explains): fallen into water, trapped by fire, caught in a machine, a fight at home that has
// turned hard, confusion that came on suddenly, and a loan "fee" about to be paid. Each class is
// a family of everyday words, none an alarm alone (a river, a fight over mahjong, a loan asked
// about); together they are the calls 120, 119 and 110 take. Written from fresh danger phrasings
// probed after the twenty-fourth batch (all tuning), never from a held-out case. Texts arrive
// folded (Simplified, lower case, homophone typos replaced: danger.ts).
import type { CombinedConcept } from './dangerCombinations.js';
import { person } from './dangerPeople.js';
import { han, words } from './termLists.js';

/** Water one can go under, and going into it. */
const openWater = [
  ...han(
    '河 湖 池塘 水塘 水库 江 海 水里 泳池 游泳池 井 水沟 水坑 鱼塘 水池 喷水池 水缸 浴缸 化粪池 粪坑',
  ),
  ...words('river, lake, pond, canal, sea, pool, water'),
];
const wentUnder = [
  ...han('掉下去 掉进去 掉进 滑下去 滑进 栽进 落水 沉下去 沉下 冲走 被冲 呛水 扑腾 淹着'),
  ...words('fell in, fell into, went under, swept away, drowning, cant swim'),
];

/** Trapped where fire or smoke is. */
const trapped = [
  ...han('困在 被困 出不来 跑不出来 逃不出来 下不来 关在'),
  ...words('trapped, stuck inside, cant get out'),
];
const fireOrSmoke = [...han('火 烟'), ...words('fire, smoke, flames')];
const notFire = han('火车 火锅 烟花 香烟 电梯 厕所 卫生间');

/** A hand or a limb caught in a machine. */
const machine = han(
  `绞肉机 搅拌机 机器 榨汁机 碎纸机 电锯 切割机 电扇 风扇 卷帘门 洗衣机 传送带 缝纫机`,
);
const caught = [
  ...han('绞了 绞进 绞到 卷进 卷了 轧了 轧到 压断 切掉 切断 砸断 夹断 夹住'),
  ...words('caught in, crushed, cut off'),
];

/** A fight in a household that has turned hard. */
const foughtHard = han('打得很凶 打得好凶 打得凶 打得厉害 打得很厉害 往死里打 打得头破 打得满脸');
const household = [
  ...han('两口子 夫妻 老公 老婆 他们 父子 母子 邻居 一家 男的 女的'),
  ...words('couple, husband, wife, neighbours, neighbors'),
];
const notBlows = han('麻将 牌 球 游戏 针 电话 工 雷 字 拳 太极');

/** Confusion that came on now, not the slow course of dementia. */
const confusedNow = han(`认不出 认不得 不认识我 不认得我 颠三倒四 胡言乱语 说胡话 语无伦次 糊里糊涂
  答非所问 不知道自己在哪`);
const suddenly = [
  ...han('突然 刚才 一下子 刚刚 今天早上 今早 突然间 睡醒'),
  ...words('suddenly, all of a sudden, this morning'),
];
const slowCourse = han('痴呆 失智 阿尔茨海默 一直 好久 越来越 好几年 经常 老是');

/** A loan offered that needs a fee paid first: the advance-fee loan scam. */
const loanOffer = [
  ...han('贷款 办贷款 放贷 借款 额度 征信 无抵押 网贷'),
  ...words('loan, credit limit, credit score'),
];
const feeFirst = [
  ...han('手续费 先交 先付 保证金 解冻费 刷流水 工本费 验资'),
  ...words('fee, fees, deposit, pay first'),
];

/** Cold sweat with a pale, cold body: shock (probes, 24th round: 手脚冰凉…一直冒虚汗). */
const coldSweat = han('冒虚汗 出虚汗 虚汗 冷汗 大汗淋漓');
const pallor = han(`手脚冰凉 手脚发凉 浑身冰凉 浑身发冷 脸色蜡黄 脸色发白 脸色煞白 脸色惨白 脸色发灰
  嘴唇发白 面无血色`);

/** A child who took an adult's pills, or many (the name of the pill may be blanked: 降压). */
const child = han('孩子 小孩 娃 宝宝 孙子 孙女 小孙 外孙 儿子 女儿');
const pills = han('药 药片 药丸');
const childDose =
  han(`一板 一瓶 半瓶 好几片 好多片 一把 都没了 全吃 都吃 奶奶的 爷爷的 姥姥的 姥爷的 大人的
  偷吃 误吃 误服 当糖`);

/** Water bulging a ceiling: it may come down (probes, 24th round). */
const ceiling = han('天花板 吊顶 屋顶 房顶');
const bulging = han('鼓起来 鼓包 鼓了 塌了 塌下来 要塌 要掉下来 往下坠');
const water = [...han('水'), ...words('water')];

/** A cry for help heard from someone, with no other danger named (that one leads then). */
// Or for someone to come (38th batch: 楼上一直有人在喊来人啊，声音越来越小了); Cantonese 嗌 is 喊.
const cryHeard =
  han(`喊救命 在喊救命 呼救 叫救命 喊救 大喊救命 喊来人 喊快来人 叫来人 喊人来 喊人帮忙 喊救人
  喊help 求救 呼喊 嗌救命 嗌救人 嗌人 嗌来人`);
const cryHeardEnglish =
  words(`shouting help, screaming help, yelling help, calling for help, crying for help,
  shouting for help, screaming for help, yelling for help, calls for help, cries for help`);
const otherDanger = [
  ...han(
    '打人 打我 打她 打他 打起来 打架 砍 刀 抢 偷 撬 骗 追 着火 起火 失火 烟 煤气 燃气 进水 淹',
  ),
  // A cry for help under a beating is the beating's, for 110 (45th and 49th batches).
  ...han('打老婆 打媳妇 打老公 打孩子 打小孩 还在打 又在打 家暴'),
];

/**
 * A child who swallowed an adult's pills, told in learners' English (38th batch: "my son eat some
 * pills of grandma, dont know how many, now he very sleepy"): the dose or the drowsiness, the
 * pills, the child and the swallowing, each in the forms learners write.
 */
const englishDoseSign =
  words(`of grandma, of grandpa, of granny, grandmas, grandpas, dont know how many,
  do not know how many, not sure how many, dont know how much, a lot of, whole, bottle, handful,
  sleepy, drowsy, wont wake, not wake, cant wake, very sleep`);
const englishPills = words('pills, pill, tablets, tablet, medicine, medicines, medication');
const englishChild = words(`son, daughter, kid, kids, child, baby, toddler, grandson, granddaughter,
  boy, girl`);
const englishSwallowed = words('eat, ate, eaten, eating, swallow, swallowed, took, taken, take');
const englishDoseAsked =
  words(`how much should, dosage, dose for, can i give, should i give, prescription,
  refill, buy`);

export const injuryConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: "120 poison control: a child who swallowed an adult's pills, in learners' English",
    classes: [englishDoseSign, englishPills, englishChild, englishSwallowed],
    unless: englishDoseAsked,
  },
  {
    kind: 'medical',
    source: '120: someone heard crying for help (卫生间里喊救命，门打不开), no other danger said',
    classes: [[...cryHeard, ...cryHeardEnglish], person],
    // Nor a figure of speech or a game (probes, 29th round: 天天喊救命这天太热了, 玩游戏一直喊救命).
    // Nor a cry in a drama (probes after the 38th batch: 电视剧里有人喊救命).
    unless: [
      ...otherDanger,
      ...han(`开玩笑 游戏 演戏 玩 天天 每天 老是 总是 热死 太热 累死 吵死 电视剧 电视里 电影 剧里 小说 节目
        戏里 吃饭 喝酒 聚餐 帮忙搬`),
    ],
  },
  {
    kind: 'medical',
    source: '120: cold sweat with a pale, cold body (shock)',
    classes: [coldSweat, pallor],
    unless: han('有点 有些 一点 稍微 经常 老是 冬天 天冷'),
  },
  {
    kind: 'medical',
    source: "120 poison control: a child who took an adult's pills or many",
    classes: [childDose, pills, child],
    unless: han('好多了 退烧 吃了药还 按时吃 喂药 不肯吃'),
  },
  {
    kind: 'flood',
    source: '119 and the plumbers: water bulging a ceiling that may come down',
    classes: [bulging, ceiling, water],
    unless: han('水印 水渍 一点 有点 小包 墙皮'),
  },
  {
    kind: 'medical',
    source: '120 and 119: someone gone into open water',
    classes: [wentUnder, openWater, person],
    unless: han('手机 钥匙 钱包 东西 眼镜 鞋 球 帽子 玩具 戒指'),
  },
  {
    kind: 'fire',
    source: '119: someone trapped by fire or smoke',
    classes: [trapped, fireOrSmoke, person],
    unless: notFire,
  },
  {
    kind: 'medical',
    source: '120: a hand or a limb caught in a machine',
    classes: [caught, machine],
  },
  {
    kind: 'violence',
    source: '110: a household fight turned hard (not a hard game of cards)',
    classes: [foughtHard, household],
    unless: notBlows,
  },
  {
    kind: 'medical',
    source: '120: confusion that came on suddenly (a stroke or an infection), not dementia',
    classes: [confusedNow, suddenly, person],
    unless: slowCourse,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a loan that needs a fee paid first',
    classes: [feeFirst, loanOffer],
    unless: han('想问 请问 正规 银行柜台 合法 利息 多少 开店 想办 怎么办理'),
  },
];
