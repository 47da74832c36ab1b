// A person missing right now, read as word classes combined (the reading dangerCombinations.ts
// explains). The product owner's rule (labelledNeeds.ts): a child not back from school, a
// confused parent gone since morning, a grandmother who wandered off from hospital is danger to
// life, and 110 is the call. The words for it are everyday words ("找不到", "没回来", "lost")
// that also name a lost dog, a wallet or a job, and residents also ask how to prevent it. So
// the finding needs someone the resident is close to (a PERSON, kin or an old person or a
// child, never a bare "人" or "他") and a GONE-NOW word, and is dropped when the thing gone is a
// pet or an object, or when the words ask about prevention or what to do if it ever happens.
// A time so far ("到现在", "天黑了", "since this morning") makes the question "what do I do"
// a real one: only prevention and objects calm it then. Texts arrive folded (Simplified, lower
// case, homophone typos replaced: danger.ts), with the past and "如果/万一" clauses already cut.
import type { CombinedConcept } from './dangerCombinations.js';
import { companyNotFound, habitualLoss } from './dangerMissingHabits.js';
import { han, words } from './termLists.js';

/** Gone, and not back or not found, now. Read first: the rarest class, and homophone-indexed. */
const goneNow = [
  ...han(`走丢 走失 走散 跑丢 丢了 失踪 不见了 不见人影 找不到 找不着 找不见 寻不到 没找到 没找着
    没回来 没回家 没放学回 没有回来 没有回家 还没回 没到家 还不回来 不知去向 不知道去哪了 不知道跑哪
    跑哪去了 迷路了 迷了路 到处找 满世界找 找了一圈 找遍了 未归 没个影 没影了 没了影 不见影
    人影都没 没到学校 没到校 说她没到 说他没到 被人抱走 被抱走 被人带走 被拐 拐走 抢走了
    没见人 没见着人 没见到人 没看见人 没看到人 不见人 一转身~没了 一转眼~没了 一眨眼~没了 一转身~不见
    一转眼~不见 一眨眼~不见`),
  ...words(`is missing, went missing, gone missing, has gone missing, missing since,
    hasnt come back, hasnt come home, has not come back, has not come home, not come home,
    didnt come home, didnt come back, never came home, never came back, hasnt returned,
    has not returned, not back yet, still not back, isnt back, is not back, not home yet,
    still not home, wandered off, wandered away, disappeared, cant find, cannot find,
    can not find, got lost, is lost, lost in the, ran off, ran away, nowhere to be found,
    lost track of, lost sight of`),
];

/** Someone close: kin, an old person, a child. A bare 人/他 is also "找不到人帮忙". */
export const closePerson = [
  ...han(`妈 爸 母亲 父亲 老伴 老头 老太 老爷子 奶奶 爷爷 外婆 外公 姥姥 姥爷 婆婆 公公 岳母 岳父
    丈母娘 老丈人 娘 爹 老公 老婆 丈夫 妻子 爱人 媳妇 孩子 小孩 小朋友 儿童 娃 宝宝 儿子 女儿 闺女
    孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 家人 亲人 老人 大爷 大妈 大娘 老奶奶 阿婆 阿公 阿嬷 病人 患者`),
  ...words(`son, daughter, mum, mom, mother, dad, father, husband, wife, grandma, grandpa, granny,
    grandad, grandmother, grandfather, nan, grandson, granddaughter, child, kid, boy, girl, baby,
    toddler, brother, sister, old man, old lady, old woman, elderly, year old, years old`),
];

/** Out of reach: a missing person only with leaving and a time so far (a phone off is no alarm). */
const unreachable = [
  ...han('联系不上 联系不到 失联 打不通 找不到人 没了音讯'),
  // A phone off or unanswered counts only with leaving and hours gone (probes, 24th round).
  ...han('关机 电话没人接 手机没人接 不接电话'),
  ...words('cant reach, cannot reach, not answering her phone, not answering his phone'),
];
const leftHome = [
  ...han('出门 出去 出了门 走了 离开 离家'),
  ...words('went out, left, left the house, left home'),
];
const sinceLeaving = [
  ...han(`到现在 从早上 从昨天 一早上 一上午 一下午 一整天 一晚上 天黑 半天 几个小时 好几个小时
    个小时 个钟头 钟头`),
  ...words('since this morning, since yesterday, all day, all night, for hours, hours'),
];
const phoneTrouble = [...han('欠费 停机 没电 坏了 信号'), ...words('battery, signal')];

/** How long they have been gone: the search is under way, not imagined. */
const timeSoFar = [
  ...han(`到现在 到这会 到这个点 至今 一直 天黑 天都黑 一整天 一天了 一上午 一下午 一晚上 一夜 一宿
    半天 几个小时 两个小时 三个小时 好几个小时 钟头 这么晚 都几点`),
  ...words(`since this morning, since yesterday, since lunch, since noon, all day, all night,
    for hours, hours, overnight, by now, still`),
];

/**
 * Asking how to prevent it, or what to do if it ever happens, or that it is over; or someone away
 * on purpose ("在外地工作，过年没回来", "出差了").
 */
const prevention = [
  ...han(`在外地 出差 过年没回 春节没回 放假 住校 去旅游 在外面上班 防走失 手环 定位器 定位手表
    定位卡 黄手环 预防 防止 将来 到时候 提前 走丢过 走失过 丢过 老走丢 总走丢 爱走丢 常走丢 找到了 找着了 找回来了 已经回来 已经回家 送回来了 平安回`),
  ...words(`wristband, tracker, gps, prevent, in future, found him, found her, found them,
    is back now, safe now`),
];

/** Back home, said in English; not "never came back" (45th batch: walked out and never came back). */
const cameBack: readonly RegExp[] = [
  /(?<!\b(?:never|not|didnt|hasnt|havent|hadnt|still|yet) )\bcame (?:back|home)\b/u,
];

export const hypothetical = [
  ...prevention,
  ...han(`该怎么办 应该怎么办 该怎么做 应该怎么做 怎么预防 怎么防 有什么办法 想了解 了解一下 咨询
    想问问 登记`),
  ...words(`what should i do if, what to do if, how do i, how to, if, advice, register`),
];

const objects =
  '狗|猫|鸟|鹦鹉|兔子|宠物|乌龟|鱼|钱包|钱|手机|钥匙|包裹|快递|身份证|证件|卡|存折|工作|对象|东西|包|自行车|电动车|电瓶车|伞|眼镜|助听器|假牙|文件|户口本|护照|药|作业|衣服|鞋|戒指|项链|首饰|手表|发票|单子|材料|遥控器|拐杖|轮椅|玩具|票|地方|面子';
const englishObjects =
  'dog|cat|puppy|kitten|pet|parrot|bird|wallet|purse|phone|keys?|bag|parcel|package|job|work|card|glasses|passport|bike|ring|watch|money|hearing aid|dentures|anyone|someone|somebody|a carer|a nurse|a doctor|a place';

/** Places one cannot find ("找不到公交车站"): the resident is asking the way. */
const places = '车站|站|公交|地铁|地址|科室|窗口|办公室|电梯|出口|入口|厕所|门牌|楼号';

/** What happens to a lost thing, or to a pet carried off. */
const goneOfObject = '丢|不见|找不|没找|走失|跑了|没了|抱走|带走|拐|抢走';

/**
 * A pet or an object as what is gone (not the dog walked, the bike ridden or the medicine fetched
 * when the person went: "遛狗走丢了"), or a carer not found ("找不到人照顾").
 */
const objectGone: readonly RegExp[] = [
  new RegExp(
    `(?<![遛骑坐开买拿取配送带钓])(?:${objects})[^，。,.!?！？；;]{0,4}(?:${goneOfObject})`,
    'u',
  ),
  new RegExp(
    `(?:找不到|找不着|找不见|没找到|丢了|弄丢)[^，。,.!?！？；;]{0,4}(?:${objects}|${places}|${companyNotFound})`,
    'u',
  ),
  /(?:找不到|找不着|找不见|没找到)(?:个|合适的)?人(?:照顾|帮|陪|看|接|送|带|做|修|管|聊|说|干|护理)/u,
  new RegExp(`\\b(?:lost|find|missing)\\b(?: \\w+){0,3}? (?:${englishObjects})\\b`, 'u'),
  new RegExp(`\\b(?:${englishObjects})\\b(?: \\w+){0,2}? (?:is|has|went|got|ran)\\b`, 'u'),
  /\bmiss(?:es|ing)? (?:her|his|my|their|our|the|school|class|him|them|you)\b/u,
];

/** Worry in the same clause ("怕爷爷走丢"), said ahead of a gone word. */
const worried: readonly RegExp[] = [
  ...objectGone,
  ...cameBack,
  /怕[^，。,.!?！？；;]{0,5}(?:走丢|走失|丢|迷路|找不到|不见)/u,
];

/** A confused elder who went out alone (probes, 24th round: 阿尔茨海默病，从家里跑出去了). */
const wentOutAlone = han('跑出去了 跑出去 溜出去 偷偷出去 自己跑了 一个人跑了 跑丢');
const confused = [
  ...han('痴呆 失智 阿尔茨海默 糊涂 记性不好 不认路 认不得路 记不住路'),
  ...words('dementia, alzheimers, confused'),
];

/** Gone out somewhere, said by where to (49th batch: 我婆婆早上去菜市场). */
const wentSomewhere = [
  ...leftHome,
  ...han('早上去 上午去 下午去 一早去 晚上去 去买 去菜市场 去超市 去公园 去遛弯 遛弯 散步 去医院'),
  ...words('went to, went for a walk, went shopping, walked to'),
];
/** Hours gone by now: not back is implied (到现在五个小时了). */
const hoursGone = [
  ...han('到现在 个小时了 个钟头了 一整天了 天都黑了 天黑了还 一上午了 一下午了 还没回 没回来'),
  ...words('hours ago, since this morning, all day, still not back, not back yet'),
];

export const missingConcepts: readonly CombinedConcept[] = [
  {
    kind: 'missing',
    source: '110: a confused elder gone out somewhere, hours ago by now',
    classes: [confused, wentSomewhere, hoursGone],
    unless: [...hypothetical, ...han('陪着 跟着 一起 回来了 找到了')],
    unlessShapes: worried,
  },
  {
    kind: 'missing',
    source: '110: a confused elder gone out alone',
    classes: [wentOutAlone, confused],
    unless: [...hypothetical, ...han('陪着 跟着 一起 回来了')],
    unlessShapes: worried,
  },
  {
    kind: 'missing',
    source: '110: someone close missing now, not a pet, an object or a question about prevention',
    classes: [goneNow, closePerson],
    unless: hypothetical,
    // Nor a failing memory told as what keeps happening (dangerMissingHabits.ts).
    unlessShapes: [...worried, ...habitualLoss],
  },
  {
    kind: 'missing',
    source: '110: someone close gone for hours; asking what to do is then no hypothetical',
    classes: [goneNow, closePerson, timeSoFar],
    unless: prevention,
    unlessShapes: worried,
  },
  {
    kind: 'missing',
    source: '110: someone close gone out and out of reach for hours',
    classes: [unreachable, closePerson, leftHome, sinceLeaving],
    unless: [...prevention, ...phoneTrouble],
    unlessShapes: cameBack,
  },
];
