// Danger read as a COMBINATION of word classes, as data. The held-out part showed the phrase
// and hazard lists had learnt their tuning phrasings (danger recall 85 % held out, 99.5 % tuned):
// residents put a person, what happened to them and how it shows in endless words. So each class
// here is a short list of words of one meaning (a person; a collapse; a door and a forcing hand;
// someone claiming an office and money moving), and a danger is every class of a combination met
// in the live text: one new word in a class counts in every combination that uses the class.
// Texts arrive folded (Simplified, lower case, homophone typos replaced: danger.ts). Chinese
// entries match as substrings; "a~b" matches a with b at most four characters after it (拿着菜刀
// is 拿~刀); English entries match as whole words.
import type { DangerKind } from './dangerWords.js';
import { presenceConcepts } from './dangerPresence.js';
import { missingConcepts } from './dangerMissing.js';
import { bodySignConcepts } from './dangerBodySigns.js';
import { person } from './dangerPeople.js';
import { fraudSignConcepts } from './dangerFraudSigns.js';
import { atRiskConcepts } from './dangerAtRisk.js';
import { injuryConcepts } from './dangerInjuries.js';
import { heardConcepts } from './dangerHeard.js';
import { rescueConcepts } from './dangerRescue.js';
import { takenConcepts } from './dangerTaken.js';
import { doorsTriedConcepts } from './dangerDoorsTried.js';
import { unansweredConcepts } from './dangerUnanswered.js';
import { neighbourFireConcepts } from './dangerNeighbourFire.js';
import { moneyMovingConcepts } from './dangerMoneyMoving.js';
import { han, words } from './termLists.js';

export interface CombinedConcept {
  kind: DangerKind;
  /** Source or reason, one line. */
  source: string;
  /**
   * Every class must have a word in the text; a class is a list of words of one meaning. The
   * first class is the one that bears the danger (read first, as it is the rarest, and given to
   * the homophone index); the others say who or what it concerns.
   */
  classes: readonly (readonly string[])[];
  /**
   * Classes read in the whole text, calm clauses included: the story that makes the live words a
   * danger, told in a clause of its own that is calm (a lure told in yesterday's clause, a sales
   * pitch named as a 讲座), while the money moving now is in a live one.
   */
  context?: readonly (readonly string[])[];
  /** A word here in the text says it is mild or lasting, not sudden: no finding. */
  unless?: readonly string[];
  /** The same, by shape: a pet or an object as the thing gone ("狗走丢了"), tested on the text. */
  unlessShapes?: readonly RegExp[];
}

/** A body giving way or not answering: with a person, a collapse. */
const collapse = [
  ...han(`软下去 软倒 瘫地上 瘫在地上 瘫倒 瘫下去 一下子瘫 一下瘫 突然瘫 就瘫 瘫椅子上 瘫沙发上
    瘫到地上 瘫坐在地 出溜到地上 出溜下去 出溜下来 溜到地上 滑到地上 人倒了 倒了不动 倒着不动 倒那不动
    倒在那不动 倒在那了 倒在那儿了 倒那儿了 倒在路边 人晕了 有人晕 突然晕了 一下晕了 一头栽 栽倒 栽地上 栽桌上 栽下去 倒下去 倒地上
    没动静 不吭声 不出声 没声了 没了声 翻白眼 眼一黑 两眼一黑 不省事 人事不知 没知觉 没了知觉
    不动弹 动也不动 没气了 没了气 没有气了 没有气呀 没有气啊 没有气啦 没气呀 没气啊 没气啦 没气喇 躺着不动 叫~不醒 喊~不醒 叫~不应 喊~不应 叫~没反应 喊~没反应
    叫~不理人 喊~不理人 叫~不太理人 喊~不太理人 叫~不答应 喊~不答应 叫~不太答应 喊~不太答应 叫~不太应 叫不太醒 喊不太醒 叫不大醒 昏睡 推~不醒 摇~不醒 拍~不醒 晃~不醒 弄~不醒 突然倒了 一下子倒了 一下倒了 扑通倒 咕咚倒 咕咚一声倒 咋叫都 咋喊都 点叫都 点喊都 点嗌都 没有了知觉 失去知觉 一头扎 扎地上 扎在地上 怎么叫都 怎么喊都 晕~过去 昏~过去 晕~倒 昏~倒 背过气 厥过去 抽过去 背过去 人过去了 就过去了 一口气没上来 人不行了 就不动了 突然~不动了 趴~不动了 趴着不动 趴那不动 就倒了 一歪 歪倒 往后倒 往前倒 眼睛~翻 眼~翻白`),
  ...words(`keeled over, blacked out, passed out, collapsed, went limp, out cold, wont wake,
    not waking, wont wake up, not waking up, unconscious, limp, not answering`),
];

/** A scald or burn that took the skin: with heat named, a burn for 120. */
const burnDamage = [
  ...han('起泡 水泡 起~泡 掉皮 皮都掉 脱皮 一大片 一大块 烫烂 烧烂 发黑 皮肉'),
  ...words('blisters, blistering, skin peeling, skin came off, badly burned, badly burnt'),
];
const heat = [
  ...han('烫 烧伤 开水 热油 油溅 火烧'),
  ...words('burn, burned, burnt, scald, scalded'),
];

/** The chest, heart or breath: with a pain or a struggle, a heart attack or breathing failing. */
const chestOrBreath = [
  ...han('胸口 心口 胸 心脏 心窝 喘 呼吸'),
  ...words('chest, heart, breath, breathing, breathe, air'),
];
const severeSensation = [
  ...han(`针扎 刀割 刀绞 刺痛 绞痛 剧痛 撕裂 压着 揪着 疼得 痛得 疼死 痛死 喘~不上 喘~不过 喘~不动
    憋~慌 憋~不行 透不过 上不来 满头大汗 大汗淋漓 冷汗 急促 喘~厉害 呼吸~急 很急`),
  ...words(`gasping, wheezing, crushing, stabbing, sweating, cant get, struggling, cant catch,
    tight, squeezing, very fast, heavily, badly, heavy, pressing, sitting on, weight on`),
];

/** Words saying a sign is mild or lasting, not sudden. */
const mild = [...han('有点 有些 一点 稍微 一直都 多年'), ...words('a bit, slightly, a little')];

/** The face or speech: with a droop or a slur, a stroke. */
const faceOrSpeech = [
  ...han(
    '嘴 嘴巴 嘴角 脸 半边 一边 一侧 说话 讲话 舌头 口齿 一只手 一条胳膊 一只胳膊 一条腿 一只脚',
  ),
  ...words('face, mouth, speech, speaking, talking, arm, side'),
];
// Cantonese, folded: 讲唔到嘢 (cannot speak) is 讲不到东西, 冇感觉 (numb) 没有感觉 (38th batch).
const strokeSign = [
  ...han(`讲不到 说不到 没感觉 没有感觉 没了感觉 麻木 筷子掉 筷子都掉 拿不住筷子 端不住碗 嘴角流 歪 斜 含糊 不利索 说不出 讲不出 大舌头 发麻 麻了 没知觉 没劲 抬不起 拿不住 使不上劲
    不听使唤 耷拉 突然说不清 口水一直流 口水直流 口水止不住`),
  ...words('drooping, droopy, slurred, slurring, numb, weak, cant lift, cant move'),
];

/** Blue or grey lips and face, in English: with lips or face, no air. */
// Cantonese says 块面 / 个面 for the face and 青晒 / 紫晒 ("all gone blue").
const lipsOrFace = [
  ...han('嘴唇 脸色 脸 嘴 块面 个面 面色 嘴唇'),
  ...words('lips, lip, face, skin'),
];
const noAirColour = [
  ...han('发紫 发青 发乌 紫了 青了 乌了 憋紫 憋青 憋红 煞白 青晒 紫晒 乌晒'),
  ...words('blue, purple, grey, gray'),
];

/** Something stuck in the throat: with a sign of no air, choking. */
const stuck = [
  // 哽 / 鲠 is Cantonese (and written) for choking on food: 食嘢哽亲.
  ...han('卡住 卡在 卡着 噎 呛着 呛住 堵住 吞下去 呛~进 卡~进 吸进 掉进 哽 鲠'),
  ...words('stuck, swallowed, choking, choked'),
];
const noAir = [
  ...han('喉咙 嗓子 气管 憋 喘不 脸 紫 说不出 上不来气 不能呼吸 咳不出 翻白眼'),
  ...words('throat, cant breathe, breathing, blue'),
];

/** Blood, and blood that will not stop. */
const blood = [...han('血'), ...words('blood, bleeding')];
const unstoppable = [
  ...han(`止~不住 止不了 流个不停 流不停 直流 直淌 哗哗 往外喷 往外冒 往外涌 流了一地 一大滩
    一地血 一滩血 满地 一大片 浸透 往下淌 往下流 一直淌 一直流 一直往下 捂~不住 按~不住 压~不住 堵~不住
    湿透`),
  ...words('wont stop, everywhere, pouring, gushing, spurting'),
];

/** An electric shock: a body and current. */
const current = [
  ...han('被电着 被电到 被电了 被电击 被电打 被电伤 电着了 电到了 电击 触电'),
  ...words('electric shock, electrocuted, shocked, got a shock'),
];

/** Poison swallowed. */
const swallowed = [
  ...han('喝了 吃了 吞了 喝下 吃下 误服 误食 喝 吞 咽'),
  ...words('drank, swallowed, ate, drunk'),
];
const poison = [
  ...han(`农药 敌敌畏 百草枯 老鼠药 鼠药 耗子药 杀虫剂 除草剂 消毒液 84 洗洁精 洗衣液 汽油 煤油
    硫酸 消毒水 漂白水 漂白剂 洁厕灵 纽扣电池 电池 磁铁 磁珠 硬币 纽扣 钉子 别针 图钉`),
  // Household things children swallow (38th batch: 孩子吃了洗衣凝珠). This class is given to the
  // homophone index: only words whose sound no everyday word shares (not 酒精, heard in 究竟, nor
  // 水银 in 水印, 胶水 in 浇水).
  ...han('洗衣凝珠 凝珠 洗衣球 干燥剂 樟脑丸 卫生球 蟑螂药'),
  ...words(`poison, pesticide, weedkiller, bleach, rat poison, antifreeze, battery, magnet, coin,
    detergent, laundry pod, laundry pods, washing pod, washing pods, cleaner`),
];

/** Someone getting in: a stranger or "someone", a way in, and a forcing hand. */
const intruder = [
  ...han('有人 陌生人 男的 女的 几个人 不认识的人 什么人 的人 个人'),
  ...words('someone, somebody, stranger, a man, a woman, man, men, two men, people'),
];
const wayIn = [
  ...han('门 锁 锁眼 门锁 锁芯 窗 防盗网 防盗窗 阳台 门把手'),
  ...words('door, lock, window, balcony'),
];
const forcing = [
  ...han(
    '拧锁 扭锁 拧门锁 拽 扯 踹 撞 砸 撬 捅 鼓捣 捣鼓 掰 剪开 割开 弄开 硬开 使劲拉 一直拉 乱按 试密码 翻~窗 翻~阳台',
  ),
  ...words(`force, forcing, forced, kicking, kicked, smashing, smashed, prying, picking, jiggling,
    yanking, rattling, trying to open, trying to get in, trying to get into, getting into,
    trying the`),
];

/** Someone heard inside a home at night or unseen: an intruder, unless it is a noisy household. */
const insideHome = [
  ...han('屋里 家里 房间 客厅 卧室 厨房里 我家阳台 阳台上'),
  ...words('in my flat, in my house, in my home, in the house, in the flat, inside, downstairs'),
];
const someoneThere = [
  ...han('有人 有动静 脚步声 有个人 有响动'),
  ...words('someone, somebody, footsteps, noises, a man, people'),
];
const heardUnseen = [
  ...han('听到 听见 好像 半夜 躲'),
  ...words('hear, heard, can hear, hiding, moving around'),
];
const householdNoise = [
  ...han('吵 闹 唱 装修 说话声 邻居 隔壁 楼上'),
  ...words('party, music, neighbours, neighbors, upstairs, next door, kids, children'),
];

/** Someone claiming an office or a bond, to move money: fraud in progress. */
const falseClaim = [
  ...han(`冒充 自称 假冒 拉进一个群 拉我进群 拉进群 被拉进 说他是 说她是 说自己是 网上认识 网友 网恋 公检法 检察院 警官 说是我孙
    说是我儿 说是我女 说是我外孙 说是我侄 我是你孙 我是你儿子 我是你外孙 猜猜我是谁
    微信被盗 号被盗 被盗号 账号被盗 盗号 拉进~群 人拉进 拉我进~群`),
  ...words(`pretending, claiming, claims, says he is, says she is, pretends, said he was,
    said she was, claimed to be, claiming to be`),
];
/** Who a fraud says it is, or how it reached the resident: with a strong money act only. */
const doubtfulCaller = [
  ...han('客服 公安局 医保局 社保局 税务局 专员 打电话 来电 电话里 短信 陌生电话 法院 对方 快递'),
  ...words('caller, called, phone, text, message, from the police, from the bank'),
];
const strongMoneyAct = [
  ...han(`转~钱 转~账 转~帐 汇~钱 钱~转 钱~汇 钱~打 汇款 打钱 打款 打~万 安全账户 验证码 解冻 保证金 共享屏幕
    屏幕共享 退款 理赔 扫码退`),
  ...words(`transfer, wire, code, password, pin, safe account, gift card, gift cards,
    move my savings, bank details`),
];
const moneyMove = [
  ...strongMoneyAct,
  ...han(`打~块 打~元 交钱 付钱 交~万 付~万 取钱 取~万 存款 积蓄 密码 账户 银行卡 卡号 手续费
    要钱 用钱 借钱 借点钱 投~万 投了 要投`),
  ...words('money, savings, account, bank card, pay, deposit, cash, sent, yuan, rmb, paid'),
];

/** A gas appliance and a hiss or the rotten-egg odorant. */
const gasAppliance = [
  ...han('灶台 灶 阀门 气罐 钢瓶 煤气罐 液化气罐 燃气表 气表 热水器'),
  ...words('stove, cooker, hob, boiler, cylinder, valve'),
];
const gasEscaping = [
  ...han('嘶嘶 呲呲 哧哧 臭鸡蛋 一股味 怪味'),
  ...words('hissing, hiss, rotten egg, rotten eggs'),
];
/** A code or card number handed over: whoever asked, it is how accounts are emptied. */
const secret = [...han('验证码 密码 卡号 银行卡号'), ...words('code, pin, password, card number')];
const handedOver = [
  ...han('告诉 给了 发给 报给 念给 说给 给他 给她 给对方'),
  ...words('told, gave, give, read out, sent'),
];

/** Money gone through a link or out of an account: fraud that is happening, not a question. */
const lure = [
  ...han('链接 二维码 账户 卡里 银行卡 余额'),
  ...words('link, account, qr code, card'),
];
const moneyGone = [
  ...han('被转走 转走了 被盗刷 盗刷 钱没了 被划走 划走了'),
  ...words('took money, money gone, money is gone, emptied, money missing, money was taken'),
];

/** The odorant put in town gas smells of rotten eggs: that smell named is a gas leak. */
const rottenEgg = [...han('臭鸡蛋'), ...words('rotten egg, rotten eggs')];
const smelt = [...han('闻 像 味 一股'), ...words('smell, smells, smelling, like')];

/** Water where a home is: water and it spreading over the floor or pouring in. */
const water = [...han('水'), ...words('water')];
const waterEverywhere = [
  ...han(`全是水 都是水 一地水 满地水 满地的水 一屋子水 积了一地 淹到 没过脚 没过膝
    脚脖子 脚踝 灌进 到处 灌满 满是水 满地都是 一地都是 流了一地 淌了一地 漫了一地`),
  ...words(`everywhere, pouring, gushing, pouring in, coming in, ankle deep, knee deep, all over,
    all over the floor, still coming, full of water, under water, underwater`),
];

/** A gas alarm sounding: evacuate first, whatever else is said (not a low battery). */
const gasNamed = [...han('燃气 煤气 天然气 瓦斯 液化气'), ...words('gas, carbon monoxide, co')];
const alarm = [...han('报警器 警报器 探测器 报警'), ...words('alarm, detector')];
const sounding = [
  ...han('响 叫 鸣 嘀 滴滴 报警了'),
  ...words('beeping, going off, sounding, ringing, went off'),
];
// Or being fitted or tested (39th batch: 燃气报警器装好了，怎么测试它响不响).
const lowBattery = [
  ...han(
    '电池 没电 安装 装个 装一个 装好 装上了 测试 试一下 试试 怎么用 响不响 会不会响 能不能响 检测一下',
  ),
  ...words('battery, install, fit, test, testing'),
];

/** A blade in a threatening hand. */
const blade = [
  ...han('刀 菜刀 刀子 斧头 棍子 棍 棒 擀面杖 锤子 酒瓶 凳子 砖头'),
  ...words('knife, knives, axe, machete, bat, hammer, bottle, stick'),
];
const threatening = [
  ...han('要砍 砍人 捅人 扎人 追砍 要杀 杀人 砍 捅 追 挥 举 威胁 吓唬 乱砸 砸门 砸窗 砸人 砸东西'),
  // A fight beside the blade, Cantonese 打交 included (probes after the 39th batch: 打交，有把刀).
  ...han('打交 打架 打起来 开打 动手'),
  ...words('waving, threatening, chasing, swinging, attacking, fighting'),
];

/**
 * Two FAST signs together, a face drooping and speech slurred, are a stroke even when told as
 * mild (probes after the 38th batch: 视频的时候看到我妈脸有点歪，说话也不清楚).
 */
const slurred =
  han(`说话~不清 讲话~不清 话都说不清 说不清 讲不清 口齿不清 吐字不清 含糊 大舌头 说不利索
  说话不利索 说不出话 讲不出话`);
const drooping = han('脸~歪 嘴~歪 脸~斜 嘴~斜 嘴角~歪 嘴角耷拉 歪嘴 面瘫');
const lastingFace = han('一直都 多年 好几年 后遗症 康复 从小 天生 牙 假牙 面瘫好几');

export const combinedConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120 FAST: a face drooping and speech slurred together, however mildly told',
    classes: [drooping, slurred],
    unless: lastingFace,
  },
  {
    kind: 'medical',
    source: '120: a person whose body gave way or who does not answer',
    classes: [collapse, person],
  },
  {
    kind: 'medical',
    source: '120: chest pain or a struggle for breath, in words no list holds',
    classes: [severeSensation, chestOrBreath],
  },
  {
    kind: 'medical',
    source: '120 FAST stroke signs: a face that droops, speech that slurs, one side gone weak',
    classes: [strokeSign, faceOrSpeech, person],
    unless: mild,
  },
  {
    kind: 'medical',
    source: '120: lips or face blue for want of air',
    classes: [noAirColour, lipsOrFace],
  },
  { kind: 'medical', source: '120: something stuck in the throat', classes: [stuck, noAir] },
  {
    kind: 'medical',
    source: '120: a scald or burn that took the skin',
    classes: [burnDamage, heat],
  },
  { kind: 'medical', source: '120: bleeding that will not stop', classes: [unstoppable, blood] },
  { kind: 'medical', source: '120: an electric shock to a person', classes: [current, person] },
  { kind: 'medical', source: '120 poison control: poison swallowed', classes: [poison, swallowed] },
  {
    kind: 'break-in',
    source: '110: someone forcing a door, a lock or a window',
    classes: [forcing, wayIn, intruder],
    unless: han('翻修 维修 修理 安装 装修 清洗 擦窗'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: someone claiming an office or met online, moving money now',
    classes: [falseClaim, moneyMove],
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a caller or an office asking for a code, a transfer or a safe account',
    classes: [strongMoneyAct, doubtfulCaller],
  },
  {
    kind: 'break-in',
    source: '110: someone heard inside a home who should not be there',
    classes: [heardUnseen, someoneThere, insideHome],
    unless: householdNoise,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a code or a password handed over',
    classes: [secret, handedOver],
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: money taken through a link or out of an account',
    classes: [moneyGone, lure],
  },
  {
    kind: 'gas',
    source: '119: a hissing appliance or the odorant',
    classes: [gasEscaping, gasAppliance],
  },
  { kind: 'gas', source: '119: the rotten-egg odorant smelt', classes: [rottenEgg, smelt] },
  {
    kind: 'gas',
    source: '119 and gas company: a gas alarm sounding',
    classes: [alarm, gasNamed, sounding],
    unless: lowBattery,
  },
  {
    kind: 'flood',
    source: '119: water over the floor or pouring in',
    classes: [waterEverywhere, water],
  },
  {
    kind: 'violence',
    source: '110: a blade or a club held against people',
    classes: [blade, threatening],
    unless: han('打交道'),
  },
  ...presenceConcepts,
  ...missingConcepts,
  ...bodySignConcepts,
  ...fraudSignConcepts,
  ...atRiskConcepts,
  ...injuryConcepts,
  ...heardConcepts,
  ...rescueConcepts,
  ...takenConcepts,
  ...doorsTriedConcepts,
  ...unansweredConcepts,
  ...neighbourFireConcepts,
  ...moneyMovingConcepts,
];
