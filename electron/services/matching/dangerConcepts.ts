// Danger read by concept, not by listed phrase, as data. Every fresh batch of labelled needs
// missed 20–60 % of its dangers against the phrase list (dangerWords.ts): residents name the same
// few hazards, signs and people in endless word orders. So a danger is read here as a CONCEPT
// met in one clause: an acute medical state alone ("胸口闷得慌"), or a hazard together with a sign
// that it is happening now ("煤气" + "味", "水管" + "爆", "让我" + "转账"). Texts arrive folded
// (Simplified, lower case, homophone typos replaced by the word they sound like: danger.ts).
// A clause with a calm marker ("上次…过", "想学", "燃气费", "怕着火") is not read at all: a
// kiosk that offers 120 for a gas bill is wrong too. Chinese entries match as substrings,
// English ones as whole words. Each class says where it comes from.
import type { DangerKind } from './dangerWords.js';

const han = (text: string) => text.split(/\s+/).filter(Boolean);
const words = (text: string) =>
  text
    .split(',')
    .map((term) => term.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

export interface HazardConcept {
  kind: DangerKind;
  /** Source or reason, one line. */
  source: string;
  /** The hazard named: the thing that can hurt. */
  things: readonly string[];
  /** Signs it is happening now, specific to this hazard. */
  signs: readonly string[];
  /** Whether a general sign of acute change (acuteSigns) also counts for this hazard. */
  generalSigns: boolean;
}

export interface AcuteConcept {
  kind: DangerKind;
  source: string;
  /** A state that is itself an emergency, whoever and wherever. */
  states: readonly string[];
}

export const acuteConcepts: readonly AcuteConcept[] = [
  {
    kind: 'medical',
    source:
      '120 dispatch criteria: loss of consciousness, chest pain, breathing, stroke, fits, bleeding',
    states: [
      ...han(`晕倒 昏倒 晕过去 昏过去 昏迷 不省人事 叫不醒 喊不醒 没意识 没了意识
        没有意识 失去意识 没呼吸 没有呼吸 不喘气 胸口疼 胸口痛 胸口闷 胸口压 胸口憋
        胸口绞 心口疼 心口痛 心口闷 胸闷得 胸痛 心绞痛 心梗 心脏病犯 心脏骤停 喘不上气 喘不过气
        上不来气 透不过气 憋得喘 呼吸困难 喘不上来 中风 嘴歪 口眼歪斜 半边身子 半身不遂了
        说话不清 口齿不清 舌头发硬 抽搐 抽风 口吐白沫 血止不住 血流不止 流血不止 一直流血
        流了好多血 流了很多血 大出血 吐血 咳血 便血 脸色发紫 嘴唇发紫 嘴唇发青 触电 电到了
        噎住 卡住喉咙 喝了农药 吃错药 吃多了药 药吃多了 烫伤 烧伤 休克 晕厥 昏厥 瘫倒 倒地`),
      ...words(`faint, fainted, fainting, passed out, collapsed, unconscious, unresponsive,
        not breathing, cant breathe, cannot breathe, short of breath,
        chest pain, chest hurts, heart attack, stroke, seizure, bleeding, choking,
        electric shock, overdose, wont wake up`),
    ],
  },
  {
    kind: 'fall',
    source:
      'falls are the first cause of injury death over 65; a fall with no getting up is a call',
    states: [
      ...han(`起不来 站不起来 爬不起来 起不了身 动不了了 扶不起来 摔断 摔骨折 骨折 摔破 摔伤
        摔得很重 摔得厉害 摔在地上 倒在地上 躺在地上 跌在地上 从楼梯上摔 从床上摔 从床上掉
        摔了一跤 跌了一跤 摔倒 跌倒 滑倒 绊倒`),
      ...words(`fell, fallen, had a fall, fell down, cant get up, cannot get up,
        on the floor, broke her hip, broke his hip, broken hip, broken leg`),
    ],
  },
];

/** Words that hold a hazard's character but name something harmless (火车, 抽烟, 焦虑). */
export const harmlessCompounds: readonly string[] = han(`上火 发火 火车 火锅 火腿 火气 火葬 火化
  火柴 火候 火爆 火龙果 恼火 火热 火箭 灭火器 打火机 火力 香烟 烟酒 戒烟 烟花 油烟机 抽油烟 烟囱
  烟瘾 二手烟 烟草 焦虑 焦急 心焦 焦点 水费 水表 水果 水平 水电费 泪水 口水 汗水 门诊 门口 部门
  窗口 烧烤 烧饭 烧菜 烧水 发烧 油烟 有人陪 有人帮 有人照顾 有人说 有人问`);

/** General signs that something is changing for the worse now; they count with a hazard. */
export const acuteSigns: readonly string[] = [
  ...han(`突然 一直 止不住 停不下 关不住 控制不住 越来越 好大 很大 很浓 很重 到处 满屋 满地 全是
    整个 赶紧 快来 救命 马上 现在 正在`),
  ...words(`suddenly, right now, everywhere, help, urgent, quickly, keeps, wont stop`),
];

export const hazardConcepts: readonly HazardConcept[] = [
  {
    kind: 'gas',
    source: '119 and gas company: a gas smell or hiss is evacuated at once, whatever the words',
    things: [
      ...han('煤气 燃气 天然气 瓦斯 液化气 煤气罐 燃气管 煤气管 燃气灶 煤气灶'),
      ...words('gas'),
    ],
    signs: [
      ...han('味 漏 泄 臭 嘶 呛 闻到 一股 中毒 报警器响'),
      ...words('smell, smells, smelling, leak, leaks, leaking, hiss, hissing, alarm'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fire',
    source: '119: fire, smoke or a burning smell indoors; sparks alone are a repair (tuning case)',
    things: [
      ...han('火 烟 焦 电线 插座 电箱 电闸 电动车 充电器'),
      ...words('fire, smoke, smoking, flames, burning'),
    ],
    signs: [
      ...han('着了 着起来 烧 冒 起火 着火 浓 呛 窜 蔓延 焦味 糊味 黑烟 火苗'),
      ...words('smell, coming, caught, spreading, flames, burning'),
    ],
    generalSigns: true,
  },
  {
    kind: 'flood',
    source:
      '119: water coming into a home; a burst or leaking pipe alone is a repair (tuning cases)',
    things: [...han('水 水管 管子 下水道 暖气片 水龙头 积水 雨水'), ...words('water, pipe, pipes')],
    signs: [...han('淹 漫进 灌进 进屋 涌进 没过 往屋里'), ...words('flooding, flooded, coming in')],
    generalSigns: false,
  },
  {
    kind: 'break-in',
    source: '110: someone getting in, or in, who should not be',
    things: [
      ...han('小偷 贼 陌生人 陌生男人 陌生女人 有人 门锁 门 窗户 窗'),
      ...words('burglar, thief, stranger, someone, somebody, door, window'),
    ],
    signs: [
      ...han('撬 砸 踹 闯 翻进 翻窗 爬进 溜进 跟踪 尾随 蹲守 破门 被打开 被弄坏'),
      ...words('break, broke, breaking, forced, smashed, following, inside, got in'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: money asked for now, by someone claiming an office, a prize or a debt',
    things: [
      ...han('转账 汇款 汇钱 打钱 转钱 打款 验证码 安全账户 保证金 解冻费 刷单 中奖 公检法 洗钱'),
      ...words('transfer, wire, code, password, prize'),
    ],
    signs: [
      ...han(`让我 叫我 要我 让他 叫他 要他 让她 叫她 要她 让老人 让我妈 让我爸 马上 立刻 赶紧
        自称 冒充 说是 说我 涉嫌 冻结 已经转 转了 汇了 刚转 不转就`),
      ...words('asked, asks, asking, told, wants, pretending, claiming'),
    ],
    generalSigns: false,
  },
];

/**
 * A clause holding one of these is not a danger now: the past, a wish to learn, a bill, a worry
 * about what might happen, a chronic complaint. Source: the near misses of dangerPhrases.ts and
 * the tuning part's false alarms ("楼道里停满了电动车，怕着火").
 */
export const calmMarkers: readonly string[] = [
  ...han(`上次 去年 前年 那年 小时候 想学 学学 学习 课程 讲座 培训 知识 宣传 演练
    报名 报个 预防 防范 隐患 怎么交 缴费 交费 燃气费 煤气费 水费 电费 充值 账单 开户 过户
    抄表 怕着火 怕起火 怕失火 怕漏 怕摔 怕被骗 怕上当 担心会 万一 以防 经常 老是 总是 有时候
    偶尔 平时 康复 复查 后遗症 偏瘫 瘫痪 卧床`),
  ...words(`last year, last time, years ago, used to, learn, course, class, workshop, lecture,
    bill, prevent, prevention, awareness, worried, in case, sometimes, often`),
];
