// What residents write when life or home is in danger now, as data. Source: the kinds of call
// the emergency numbers take (120 medical, 119 fire/gas/flood, 110 police) in the words a lobby
// hears, gathered from the centre's own emergency needs and resources and widened by hand with
// colloquial, Traditional (瓦斯) and English forms. Homophone typos (煤汽 for 煤气) are not listed:
// homophones.ts finds them by pinyin. Texts are matched after folding to Simplified and lower
// case, so each term is written once, in Simplified Chinese or lower-case English.
//
// A term "a+b" matches when every part occurs ("冒充+转账": someone impersonating, and a
// transfer). `notWhen` phrases are blanked out before matching: they contain a danger word but
// name prevention or a harmless thing ("火灾隐患", "打不着火", "手机进水").

import { type DangerKind, type EmergencyNumber, dangerKinds } from '../../../contract/requests.js';
import { person } from './dangerPeople.js';
import { han, words } from './termLists.js';

/** In order of urgency, as the contract lists them: the most urgent kind's resources first. */
export { dangerKinds };
export type { DangerKind, EmergencyNumber };

export interface DangerWords {
  kind: DangerKind;
  /** Who to call: shown first on the emergency offer. */
  call: EmergencyNumber;
  /** What staff read in the explanation line: "因为：危险（晕倒）→ 急救". */
  label: string;
  terms: readonly string[];
  /**
   * The keywords a resource answering this danger lists (the emergency team's 急救, the plumbers'
   * 爆管 for a flooding home); a resource with one of them is put first.
   */
  resourceKeywords: readonly string[];
  /**
   * Resources listing one of these keywords answer the danger only when the resident said one of
   * `said`: the plumbers answer water over the floor from a burst pipe in the home, not rain or
   * a drain coming up into it (that is the flood depot's).
   */
  answerersWhenSaid?: { resourceKeywords: readonly string[]; said: readonly string[] };
}

export const dangerWords: readonly DangerWords[] = [
  {
    kind: 'medical',
    call: '120',
    label: '急救',
    terms: [
      ...han(`晕倒 昏倒 晕过去 昏过去 昏迷 不省人事 叫不醒 没反应了 没有呼吸 没呼吸 不喘气
        胸口疼 胸口痛 胸痛 心口疼 心口痛 心绞痛 心脏病发作 心梗 喘不上气 喘不过气 上不来气
        呼吸困难 中风 嘴歪 半边身子 抽搐 抽风 血流不止 大出血 流了很多血 倒地不起 突然倒地
        突然倒下 休克 噎住 吃错药 喝农药 晕了过去 昏了过去 中风了`),
      // Blood running a lot, said plainly (language helper: 流好多血 was missed). Blood drawn for a
      // test (抽了好多血) is not listed: only blood that flows or comes out.
      ...han(`流好多血 流了好多血 流很多血 流那么多血 流了那么多血 流了一地血 出好多血 出了好多血
        出很多血 出了很多血`),
      // Someone who has fainted, said with who (他晕了): 头晕了 alone is dizziness, 人都晕了 a figure.
      ...[
        '他',
        '她',
        '有人',
        '老人',
        '老伴',
        '妈',
        '爸',
        '孩子',
        '奶奶',
        '爷爷',
        '姥姥',
        '姥爷',
        '外婆',
        '外公',
        '老公',
        '老婆',
      ].flatMap((who) => [`${who}晕了`, `${who}昏了`, `${who}晕倒`]),
      // A faint said any way: the sign and how it came, wherever they stand in the sentence.
      ...han(`突然+晕 突然+昏 晕+倒 昏+倒 晕+过去 昏+过去 口吐白沫 抽起来 直流血 磕破+血 昏厥 晕厥
        血压高+吐 头疼+吐 头痛+吐 血压高得厉害`),
      ...words(`fainted, faint, passed out, collapsed, unconscious, not breathing, cant breathe,
        cannot breathe, cant breath, cannot breath, can not breath, couldnt breath, hard to breath,
        chest pain, heart attack, stroke, seizure, bleeding badly, bleeding heavily,
        choking, not moving, lying on the ground, lying on the floor, unresponsive, not responding`),
    ],
    resourceKeywords: ['急救', '晕倒', '昏迷', 'first aid', 'unconscious'],
  },
  {
    kind: 'fall',
    call: '120',
    label: '急救',
    terms: [
      ...han(`摔倒 跌倒 摔了一跤 跌了一跤 摔了一下 滑倒 绊倒 摔伤 摔着了 起不来 站不起来 爬不起来
        倒在地上 从床上掉 摔下来 掉下来 摔+断 腿断了 骨折`),
      // "fell" and "slipped" alone are also a handle or a price: the concept reader reads
      // them with a person (dangerConcepts.ts).
      ...words(`has fallen, had a fall, fall down, cannot get up, cant get up`),
      // "on the floor" is a person down only with a person named: water leaking on the floor is
      // the plumbers' (tuning false alarm).
      ...person.filter((who) => !/\p{Script=Han}/u.test(who)).map((who) => `${who}+on the floor`),
    ],
    resourceKeywords: ['摔倒', '跌倒', '起不来', 'fall', 'fell'],
  },
  {
    kind: 'gas',
    call: '119',
    label: '燃气抢修',
    terms: [
      ...han(`煤气味 燃气味 天然气味 瓦斯味 漏气 漏煤气 煤气泄漏 燃气泄漏 天然气泄漏 瓦斯泄漏
        煤气泄露 燃气泄露 天然气泄露 瓦斯外泄 瓦斯漏 煤气中毒 一氧化碳 燃气+臭味 煤气+臭味
        燃气管+嘶嘶 臭鸡蛋味 煤气漏 燃气漏 天然气漏 燃气外泄 煤气外泄 天然气外泄`),
      // The gas named and a sign of it escaping, in any order and wording.
      ...['煤气', '燃气', '天然气', '瓦斯', '液化气'].flatMap((gas) =>
        ['味', '漏', '泄', '破'].map((sign) => `${gas}+${sign}`),
      ),
      ...words(`gas leak, leaking gas, smell gas, smell of gas, gas smell, smells of gas,
        carbon monoxide, gas+leaking, gas+leak, gas+smell, gas+smells, gas alarm`),
    ],
    resourceKeywords: ['燃气泄漏', '漏气', '燃气抢修', '煤气味', 'gas leak'],
  },
  {
    kind: 'fire',
    call: '119',
    label: '消防',
    terms: [
      ...han(`着火 起火 失火 火灾 冒烟 浓烟 烧起来 烧着了 火很大 大火 烟味 烧焦味 火苗 冒黑烟 冒火
        着起来 炸了 爆炸
        烧焦的味道 冒着烟`),
      ...words(`fire, on fire, caught fire, smoke, burning smell, is burning`),
    ],
    resourceKeywords: ['火灾', '着火', '消防', 'fire'],
  },
  {
    kind: 'break-in',
    call: '110',
    label: '报警',
    terms: [
      ...han(`撬门 撬锁 被撬 被人撬 在撬 撬开 进小偷 有小偷 进贼 入室 闯进 闯入 砸门 踹门
        门被人打开 砸车窗 砸窗 在偷东西 撬+门 撬+锁 翻窗 爬窗 翻进 小偷+进 贼+进 冲进+抢 抢劫
        抢了我 家里被偷 家被偷 被偷+门锁 踹开 被踹`),
      ...words(`break in, broke in, breaking in, break into, broken into, burglar, burglary,
        intruder, brake in`),
    ],
    resourceKeywords: ['撬门', '盗窃', '小偷', '报警', 'burglary', 'police'],
  },
  {
    kind: 'fraud',
    call: '110',
    label: '报警（诈骗）',
    terms: [
      ...han(`冒充+转 冒充+汇款 冒充+打钱 让我转账 叫我转账 要我转账 让我转钱 叫我转钱 要我转钱
        先转账 马上转账 马上转钱 中奖+转 让我汇款 被骗 骗了 诈骗 骗子 骗钱 安全账户 提供验证码
        要验证码 冻结+转 冒充 让我投资 叫我投资 投资+转`),
      // Someone asking for money to be sent now, or claiming an office to get it.
      ...['让我', '叫我', '要我'].flatMap((asked) =>
        ['汇', '打钱', '转钱', '转账'].map((send) => `${asked}+${send}`),
      ),
      ...han(`汇钱 自称+转 自称+钱 存款+转 银行卡密码 密码+告诉 共享屏幕 屏幕共享 自称+客服`),
      ...words(`scam, scammed, scammer, fraud, pretending+transfer, pretending+money, send money,
        wire money, send+money+now,
        transfer money, asked me to transfer, wants me to transfer`),
    ],
    resourceKeywords: ['诈骗', '报警', 'scam', 'police'],
  },
  {
    kind: 'violence',
    call: '110',
    label: '报警',
    terms: [
      ...han(
        `打架 打人 拿刀 拿着刀 持刀 动刀 砍人 家暴 被打了 威胁要杀 打我 打了我 动手打 打孩子 打群架 群殴 斗殴 被人打 被人揍 被揍了 被打伤`,
      ),
      ...words(`knife, attacking, attacked, beating me, hitting me, threatening, violence`),
    ],
    resourceKeywords: ['报警', '警察', 'police'],
  },
  {
    kind: 'flood',
    call: '119',
    label: '防汛排涝',
    terms: [
      ...han(`进水了 家里进水 屋里进水 屋里全是水 淹了 被淹 水淹 淹水 水漫进 漫进屋 漫进来
        洪水 水越来越深 水越来越高 淹`),
      ...words(`flood, flooding, flooded, water coming in`),
    ],
    resourceKeywords: ['内涝', '积水', '防汛', 'flood'],
    // The pipes and fittings of a home, and water from the flat above: a plumber's flood. Tuning:
    // 下水道往上冒水，屋里全是水 and 地漏往外反水 put the plumbers first for water coming in.
    answerersWhenSaid: {
      resourceKeywords: ['爆管', 'burst pipe'],
      said: [
        ...han(`水管 管子 管道 爆管 暖气 水龙头 龙头 阀门 马桶 水箱 热水器 洗衣机 净水器 楼上 天花板
          房顶 漏水 渗水 滴水 呲水 喷水 爆了 裂了 破了`),
        ...words(
          'pipe, pipes, tap, toilet, radiator, boiler, ceiling, upstairs, leak, leaking, burst',
        ),
      ],
    },
  },
  {
    // A person missing now (product owner's rule, labelledNeeds.ts). Every word of it also names
    // a lost dog, a wallet or a job, so no term here alarms alone: the combination of someone
    // close and a gone-now word reads it (dangerMissing.ts). The search team and police first.
    kind: 'missing',
    call: '110',
    label: '报警（有人走失）',
    terms: [],
    resourceKeywords: ['走失', '寻人', 'missing'],
  },
];

/**
 * Real words with the sound of a danger word, so never read as its homophone typo: 羊水 (a
 * mother's waters, yang shui) sounds like 淹水 (yan shui, front and back nasals blurred); 大人
 * (an adult: "家里没大人") is 打人, 大伙 (everybody) is 大火 (tuning: both raised false alarms).
 */
export const soundAlikeWords: readonly string[] = han(
  // 找着活 (finding work, zhao zhao huo) holds 着活, which sounds like 着火 (tuning false alarm).
  // 摇不醒 (cannot be shaken awake, yao bu xing) sounds like 要不行 (24th batch probe): a faint.
  // 钱包 (a wallet, qian bao) sounds like 抢包 (a bag snatched, probes: 我的钱包丢了); 冒气
  // (steam, mao qi) like the Cantonese 冇气 (no breath: 电饭锅冒气正常吗).
  // 没气了 (not breathing, mei qi) sounds like 煤气 (29th batch: 阿爷冇氣呀, folded to 没气呀);
  // 没气味 is still heard as the typo of 煤气味 it is.
  // 片子 (pian zi: a radiator in the north, an X-ray film in 拍片子) sounds like 骗子 (34th batch,
  // tuning false alarm: 片子冰凉).
  // 到地上 (onto the floor: 汤洒到地上, 珠子掉到地上) sounds like 倒地, and 上掉了 (come off from on
  // something: 吊灯上掉了一串珠子) like 上吊 (38th batch, tuning false alarms); 人到了 (someone has
  // come) like the collapse 人倒了, and 刀在 (a knife where: 拿着刀在楼下追人) like 倒在.
  '刀在 人到了 人到齐 到地上 到地下 到地板 到地面 到地毯 上掉了 上掉下 上掉到 上掉出 羊水 大人 大伙 找着活 找不着活 找得着活 找着工作 摇不醒 钱包 冒气 没气了 没气呀 没气啊 没气啦 没有气了 片子 拍片',
);

/**
 * Mild signs a gas leak itself explains: a headache and nausea beside a gas smell are the gas's
 * signs (get out, shut the valve: the gas service first), not a second, medical, emergency; a
 * faint or a fit beside it still is one. Source: the gas companies' leak advice (dizziness,
 * headache, nausea); tuning: 廚房有股瓦斯味，我媽說頭痛想吐.
 */
export const signsGasExplains: readonly string[] = han(
  '头痛+吐 头疼+吐 头晕+吐 头晕 头痛 头疼 恶心',
);

/** Phrases that hold a danger word but are not a danger now; blanked out before matching. */
export const notDangerPhrases: readonly string[] = [
  ...han(`火灾隐患 消防隐患 防火 消防安全 消防知识 消防演练 消防通道 燃气安全 防诈骗 防诈 反诈
    防骗 防汛 防走失 防走丢 打不着火 点不着火 打不着 手机进水 电脑进水 耳朵进水 脑子进水 车胎漏气
    轮胎漏气 手机掉进水里 手机掉水里 手机掉进了水里 手机掉到水里 钥匙掉进 抽烟 吸烟 密码忘了 忘了密码 忘记密码 密码忘记 中风后 中风以后 打我电话 打我手机 冒火星 冒火花 气炸 敲门
    腿脚不行 腿脚不好 腿脚不便 丢了魂 丢魂 魂丢了 失魂落魄 倒了霉 倒大霉 倒霉`),
  // The legs of things, not of people: 眼镜腿断了 is an optician's, 椅子腿断了 a handyman's (tuning
  // false alarm: 老花镜腿断了，哪里配眼镜便宜).
  ...han(
    `眼镜腿 镜腿 镜架 桌子腿 桌腿 椅子腿 椅腿 凳子腿 凳腿 床腿 柜子腿 柜腿 沙发腿 裤腿 鸡腿 支架腿`,
  ),
  // A PIN mistyped or a card locked by the bank is the bank's counter, not a fraud (tuning false
  // alarm: 银行卡密码输错三次被锁了，咋整).
  ...han(`密码输错 输错密码 输错了密码 密码输入错误 密码错误 密码错了 密码不对 密码被锁 密码锁了
    改密码 修改密码 重置密码 改个密码 换个密码 设置密码 设密码 密码记不清 记不住密码 密码记不住`),
  // An illness over, named as where the trouble comes from (probes: 老伴脑梗后说话不利索了).
  ...han(`脑梗后 脑梗以后 脑梗之后 脑梗过后 心梗后 心梗以后 心梗之后 脑出血后 脑溢血后 脑血栓后
    中风之后 中风过后 脑梗后遗症 中风后遗症`),
  // A part of a thing come off is a handyman's, not a fall or a break-in (34th batch, tuning false
  // alarms: 柜门掉下来了, 门把手掉了): the part named before 掉.
  ...han(`柜门掉 柜子门掉 橱柜门掉 抽屉掉 把手掉 门把手掉 拉手掉 合页掉 铰链掉 窗帘掉 窗帘杆掉 挂钩掉
    灯罩掉 扣子掉 按钮掉 螺丝掉 瓷砖掉 墙皮掉 漆掉 门把手坏 门把手松 把手坏了 把手松了`),
  ...words(`fire hazard, fire safety, fire drill, fire exit, fire extinguisher, fire alarm, smoke alarm,
    smoke detector, scam awareness, fraud awareness, flood prevention, no smoking`),
];
