// Medical emergencies that show as two or three everyday signs together, as word classes combined
// (the reading dangerCombinations.ts explains), for 120. No sign alone is one: a child with a
// fever, a swollen face or a diabetic who sweats is a clinic visit, but a feverish child having
// a fit (febrile seizure), a swelling throat after a sting or a peanut (anaphylaxis), and a
// diabetic shaking, sweating and confused (low blood sugar) are calls. Written from the 120
// dispatch signs, tried on fresh phrasings written for the danger list. Texts arrive folded.
import type { CombinedConcept } from './dangerCombinations.js';
import { person } from './dangerPeople.js';
import { han, words } from './termLists.js';

/** A fit in the words parents use. */
const fitting = [
  ...han('在抽 抽了 直抽 抽筋 抽起来 一抽一抽 四肢抽 翻白眼 浑身发抖 牙关紧'),
  ...words('fitting, convulsions, shaking all over, eyes rolled'),
];
const fever = [
  ...han('高烧 发烧 烧到 体温 烧得'),
  ...words('fever, high temperature, temperature'),
];

/** A swelling where the airway is, after what sets off an allergy. */
const swelling = [
  ...han('肿 起疙瘩 起疹子 起红疹 风团'),
  ...words('swelling, swollen, swell, hives'),
];
const airwayOrFace = [
  ...han('喉咙 嗓子 舌头 嘴唇 眼皮 脸 全身 浑身'),
  ...words('throat, tongue, lips, lip, face, all over'),
];
const allergen = [
  ...han('过敏 蛰 蜇 马蜂 蜜蜂 海鲜 花生 芒果'),
  ...words('allergic, allergy, stung, bee, wasp, peanut, peanuts, shellfish'),
];

/** A diabetic who sweats and shakes, or whose mind clouds: low blood sugar. */
const lowSugarSign = [
  ...han('浑身出汗 满头大汗 一身汗 冷汗 发抖 哆嗦 迷糊 糊里糊涂 叫不醒 说不清'),
  ...words('sweating, shaking, trembling, confused, drowsy'),
];
const diabetes = [
  ...han('糖尿病 血糖 低血糖 胰岛素 降糖药'),
  ...words('diabetic, diabetes, blood sugar, insulin'),
];

/** Somebody down where nobody lies: a stairwell, the street, a bathroom floor. */
const downSomewhere = [
  ...han(`倒在楼道 倒在路边 倒在门口 倒在厕所 倒在卫生间 倒在浴室 倒在路上 倒在马路
  倒在楼梯 倒在床边 倒在屋里 倒在院子 倒在电梯 躺在楼道 躺在路边 躺在马路 躺在门口
  倒在~门口 躺在~门口`),
  // Written gapped so the homophone index does not learn them: 刀在楼下 (拿着刀在楼下追人) would be
  // heard as 倒在楼下.
  ...han(
    '倒在~楼下 倒在~小区 倒在~花坛 倒在~车库 倒在~广场 倒在~公园 倒在~菜市场 倒在~超市 倒在~过道 倒在~走廊',
  ).concat(han('躺在~楼下 躺在~走廊 躺在~过道')),
];
/** Or something poured there. */
const poured = han('垃圾 倒水 脏水 污水 东西 杂物 剩饭 剩菜 油 把');

/** Nobody answering behind a door, with a sign that someone is inside and in trouble. */
// 敲门 itself is blanked before reading (notDangerPhrases: a knock is no break-in).
// Or no sound at all from behind it (probes after the 39th batch: 卫生间里半天没出来，敲门也没声音).
const noAnswerAtDoor = han(
  '没人应 没人开门 不开门 没人答应 没回应 没动静 也不应 都不应 没声音 没有声音 没回音 没人理 不出声',
);
const troubleInside = han(
  '没出来 没出门 有味 有股味 几天 独居 一个人住 厕所 卫生间 浴室 半天没出 好久没出 一直没出',
);

/** Hit by a car (probes, 24th round: 我爸被车撞了，躺在路上); a fraud's story of one is 110's. */
const hitByCar = [
  ...han('被车撞 被撞倒 被车撞倒 撞倒了 被车碾 被车压 被车刮倒 被电动车撞 被汽车撞'),
  ...words('hit by a car, knocked down by a car, run over, hit by a bike'),
];
const fraudStory = han('打钱 转钱 要钱 汇钱 借钱 医药费 手术费 私了 保证金');

/** Caught in a door, a lift or railings: a child's or an old person's body trapped now. */
const caughtIn = han('卡在 夹在 夹住 被夹 卡住了 卡进 困在');
const trap = han('电梯门 门缝 栏杆 防盗网 护栏 车门 卷帘门 扶梯 自动门 电梯里 电梯中间 两层中间');

/** Not seen for days, with a sign from the door or the flat (probes, 24th round). */
const quietForDays = [
  ...han(`几天没出门 几天没出来 几天没见 几天没露面 几天没动静 几天没开门 几天没下楼 几天没看见
  几天没见着 几天不见 没见人影 没见着人 几天没开过门`),
  // Any count of days, said with or without 都 (probes: 三天都没看见她，敲门也没人应; 好多天没见着他).
  ...['天没', '天都没'].flatMap((days) =>
    han('出门 出来 见 看见 看到 瞧见 露面 动静 开门 下楼 见着 见到 出过门').map((x) => days + x),
  ),
  ...words(`not answered the door, hasnt answered the door, not answering the door, not opening the
    door, no one answers, nobody answers, not been seen, hasnt been seen, havent seen`),
];
const signFromFlat = [
  // Deliveries piling at the door (probes, 29th round: 三四天没见他倒垃圾了，门口放着好几份外卖).
  ...han('外卖 快递堆 门口放着 门口堆着 信箱满'),
  ...han(`臭味 异味 有味 一股味 怪味 电视一直 灯一直 报纸堆 堆着报纸 报纸都没拿 报纸没拿 牛奶没拿 牛奶都没拿 没人应 不应 不开门 没人接 不接
  没回应 没动静`),
  ...words('for days, two days, three days, several days, a week, smell, smells'),
];

/**
 * A phone unanswered for hours by someone who lives alone and always answers: a relative far
 * away asks for the door to be checked (29th batch: 给我爸打了一上午电话都没人接，他一个人住).
 */
const phoneUnanswered = han('没人接 不接电话 电话也不接 都不接 打不通 联系不上 联系不到 没接电话');
const livesAlone = han('一个人住 独居 自己住 一个人在家 单独住 一个人过 孤寡 空巢');
const hoursSoFar =
  han(`一上午 一下午 一整天 一天了 半天 好几个小时 几个小时 到现在 一早上 一晚上 两天
  三天 好几天 好多天 一直`);
const phoneTroubleOrAway = han('欠费 停机 没电 信号 旅游 出差 住院 回老家 出远门 静音');

/** Wild mushrooms or other wild food eaten, then sick and weak: poisoning (probes, 29th round). */
const wildFood = han('蘑菇 菌子 野菌 野菜 野果 河豚 发芽的土豆');
const poisonedSign = han('上吐下泻 吐个不停 虚脱 抽搐 看见小人 出现幻觉 说胡话 站不稳 昏');

/** Someone "gone" in a cry for help: 救命，我爸不行了. */
const goingNow = han('不行了 快不行 要不行 没气了 快没气');
const cryForHelp = [...han('救命 快来人 急救 快救'), ...words('help')];
/** Come now, as typed in a hurry (probes after the 39th batch: wo nai nai bu xing le, kuai lai). */
const comeNow = [
  ...han('快来 快点来 赶紧来 快过来'),
  ...words('kuai lai, kuai dian lai, come quickly, come fast, hurry'),
];
/** Things that "are going" too: a phone, a car, an appliance. */
const devicesGoing = han(
  '手机 电脑 电视 车 网 信号 空调 冰箱 洗衣机 热水器 电梯 电池 系统 打印机 腿脚 身体不行',
);

/** A pregnancy with bleeding, pain or the waters gone. */
const pregnant = [...han('孕妇 怀孕 怀着 孕 大肚子'), ...words('pregnant')];
const pregnancySign = [
  ...han('流血 出血 见红 疼得 腹痛 肚子疼 羊水 破水 要生 抽搐'),
  ...words('bleeding, blood, pain, waters'),
];

/** An ambulance asked for now, not its fees or its number. */
const ambulance = [...han('救护车 叫120 打120 拨120'), ...words('ambulance')];
const callingNow = [...han('叫 打 拨 快 需要'), ...words('call, need, get')];
const aboutAmbulance = [
  ...han('收费 费用 多少钱 报销 号码 电话是多少 血压 分'),
  ...words('cost, fee, fees, number'),
];

/** A body sign beside "going" (人软了，眼看就不行了): no phone or job is 不行了 with a pulse. */
const vitalSign = han(`心跳 心脏 心口 胸口 呼吸 喘 脸色 嘴唇 脉搏 冷汗 人软 瘫 翻白眼 眼睛发直 没劲
  血压`);

/** A heart racing with a body giving way: palpitations with collapse coming (120 criteria). */
const racingHeart = han(`心跳得特别快 心跳特别快 心跳得很快 心跳很快 心跳好快 心跳得好快 心跳得厉害
  心慌得厉害 心跳乱 心跳忽快忽慢 心跳得快 心跳快得 心跳停`);
const givingWay = han(`人软 腿软 站不住 站不稳 冒冷汗 出冷汗 眼前发黑 眼前一黑 快晕 要晕 喘不 胸闷
  脸色发白 脸都白 没力气 浑身没劲`);

/** The room spinning, with vomiting: an inner-ear or a brain's emergency. */
const spinning = han('天旋地转 晕得站不住 站都站不住 晕得厉害');
const vomiting = [...han('吐 呕'), ...words('vomit, vomiting, throwing up')];

/** A question about care: a clinic, not a call. */
const asking = [
  ...han('想问 想了解 怎么控制 控制 饮食 测 量 体检 复查 经常 平时'),
  ...words('how to, control, diet, check'),
];
/** Or said as mild. */
const mildOrAsking = [
  ...asking,
  ...han('有点 有些 一点 稍微'),
  ...words('a bit, slightly, a little'),
];

/** Gone faint, said short: 晕了 and 昏了 (language helper: "他晕了" alone was missed). */
const fainted = han('晕了 昏了 晕过去 昏过去');
/** Dizziness, a figure of speech or travel sickness, not a faint: 头有点晕了, 人都晕了, 晕车. */
const dizzyOnly =
  han(`头 有点晕 有些晕 点晕 晕乎 晕晕 都晕了 晕头 看晕 绕晕 搞晕 听晕 转晕 晕车 晕船
  晕机 晕了车 喝晕 喝多 醉`);

/**
 * Said to be happening now: with low-sugar signs a diabetic's habits (平时都按时打针) do not make
 * it a question about care (38th batch: 今天中午没吃饭就打了针，现在浑身冒冷汗，手抖，话都说不清).
 */
const happeningNow = [
  ...han('现在 突然 刚才 刚刚 这会儿 正在 一下子 今天 越来越'),
  ...words('now, suddenly, right now'),
];
const careQuestion = [
  ...han('想问 想了解 怎么控制 饮食 体检 复查 经常 老是 总是 有时候'),
  ...words('how to, diet, check'),
];

/**
 * Someone close who has stopped moving, said short (39th batch: 奶奶 不动了). Only with kin or
 * an old person: 人 and 车 and 电梯 stop too (电梯不动了).
 */
const kinStill =
  han(`妈 爸 奶奶 爷爷 外婆 外公 姥姥 姥爷 老伴 老人 老头 老太 孩子 宝宝 婆婆 公公 阿婆 阿公 阿伯
  老公 老婆`).flatMap((kin) => [`${kin}~不动了`, `${kin}~不会动了`, `${kin}~一动不动`]);

export const bodySignConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120: someone close who has stopped moving (奶奶 不动了)',
    classes: [kinStill],
    // Nor a habit: 老伴不动了，天天躺着看电视 is a low mood or a frailty, for a visit.
    unless:
      han(`腿 胳膊 手 脚 腰 走不动 拉不动 搬不动 推不动 抱不动 吃不动 咬不动 玩 天天 每天 整天 一天到晚 老是
      总是 不爱 懒得 发呆 看电视 不出门 不想动 不爱动 不肯动 好几年 几个月 下棋 棋 睡着 睡觉 午睡`),
  },
  {
    kind: 'medical',
    source:
      '120: a diabetic sweating, shaking or confused now (low blood sugar), whatever the habits',
    classes: [lowSugarSign, happeningNow],
    // The diabetes is often told in a clause of its own that is calm (糖尿病好多年了).
    context: [diabetes],
    unless: careQuestion,
  },
  {
    kind: 'medical',
    source: '120: somebody named who has gone faint (他晕了, 我妈在厕所晕了)',
    classes: [fainted, person],
    unless: dizzyOnly,
  },
  {
    kind: 'medical',
    source: '120: the room spinning so one cannot stand, and vomiting',
    classes: [spinning, vomiting],
  },
  {
    kind: 'medical',
    source: '120: an ambulance asked for',
    classes: [ambulance, callingNow],
    unless: aboutAmbulance,
  },
  {
    kind: 'medical',
    source: '120 obstetric: a pregnancy with bleeding, pain or the waters broken',
    classes: [pregnancySign, pregnant],
    unless: asking,
  },
  {
    kind: 'medical',
    source: '120: a cry for help that someone is going',
    classes: [goingNow, cryForHelp],
  },
  {
    kind: 'medical',
    source: '120: someone close "going", and a plea to come now (奶奶不行了, kuai lai)',
    classes: [goingNow, comeNow, person],
    unless: devicesGoing,
  },
  {
    kind: 'medical',
    source: '120: someone "going" with a body sign named (24th batch: 心跳得特别快…眼看就不行了)',
    classes: [goingNow, vitalSign],
  },
  {
    kind: 'medical',
    source: '120: a racing heart with the body giving way (faint, sweat, breath)',
    classes: [racingHeart, givingWay],
    unless: asking,
  },
  {
    kind: 'medical',
    source: '120: a person down in a stairwell, the street or a bathroom',
    classes: [downSomewhere, person],
    unless: poured,
  },
  {
    kind: 'medical',
    source: '120 and 110: nobody answers the door of someone alone for days, or in the bathroom',
    classes: [noAnswerAtDoor, troubleInside, person],
  },
  {
    kind: 'medical',
    source: "120: a person hit by a car (not a caller's story to get money)",
    classes: [hitByCar, person],
    unless: fraudStory,
  },
  {
    kind: 'medical',
    source: '120 and 119: a body caught in a lift door, railings or a gate',
    classes: [caughtIn, trap, person],
  },
  {
    kind: 'medical',
    source: '120 and 110: someone not seen for days, a smell or no answer from the flat',
    classes: [quietForDays, signFromFlat, person],
  },
  {
    kind: 'medical',
    source: '120 and 110: someone who lives alone not answering the phone for hours',
    classes: [phoneUnanswered, livesAlone, hoursSoFar],
    unless: phoneTroubleOrAway,
  },
  {
    kind: 'medical',
    source: '120 poison control: wild mushrooms or other wild food eaten, then vomiting and weak',
    classes: [poisonedSign, wildFood],
    unless: han('怎么做 好吃 能吃吗 哪里买 在哪买 菜谱 怕'),
  },
  {
    kind: 'medical',
    source: '120: a child with a fever having a fit (febrile seizure)',
    classes: [fitting, fever],
  },
  {
    kind: 'medical',
    source: '120: the throat, tongue or face swelling after an allergen (anaphylaxis)',
    classes: [swelling, airwayOrFace, allergen],
    unless: mildOrAsking,
  },
  {
    kind: 'medical',
    source: '120: a diabetic sweating, shaking or confused (low blood sugar)',
    classes: [lowSugarSign, diabetes],
    unless: asking,
  },
];
