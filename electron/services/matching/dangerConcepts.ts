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
        流了好多血 流了很多血 大出血 吐血 意识不清 叫不应 喊不应 一动不动 说不出话 不会说话了
        半边麻 半边没知觉 直冒冷汗 浑身冷汗 出了一身冷汗 疼得打滚 疼得直叫 烧得说胡话 咳血 便血 脸色发紫 嘴唇发紫 嘴唇发青 触电 电到了
        噎住 卡住喉咙 喝了农药 吃错药 吃多了药 药吃多了 烫伤 烧伤 休克 晕厥 昏厥 瘫倒 倒地 叫都不醒 喊都不醒 醒不过来 不醒人事
        人事不省 惊厥 没反应 没有反应 叫了没反应 喘不动 喘不过来 喘不上 喘不了气 憋不过气 说不了话 讲不出话
        手抬不起来 胳膊抬不起来 一边手 一边脸 被电打 电打了 被电击 心脏病发作 心脏病发 心脏病又犯
        血一直流 血直流 血哗哗 血流个不停 血往外冒 血往外涌 一直在流血 流血流得
        叫不答应 喊不答应 叫也不应 喊也不应 叫也不醒 喊也不醒 叫他不应 叫她不应 不会动了
        噎着 憋紫 浑身抽 全身抽 抽起来了 割腕 自杀 寻短见 跳楼 上吊 服毒`),
      ...words(`faint, fainted, fainting, passed out, collapsed, unconscious, unresponsive,
        not breathing, cant breathe, cannot breathe, short of breath,
        chest pain, chest hurts, heart attack, stroke, seizure, bleeding, choking,
        electric shock, overdose, wont wake up, not waking up, slurred, drooping, cant speak,
        cannot speak, turned blue, blue lips, hit his head, hit her head, not moving,
        lying on the ground, lying on the floor, not responding, no response, wont respond,
        trouble breathing, difficulty breathing, struggling to breathe, hard to breathe,
        cant catch her breath, cant catch his breath, too many pills, whole bottle of pills,
        convulsing, bleeding heavily, wont stop bleeding, clutching his chest,
        clutching her chest, electrocuted, turning blue, going blue, having a fit, suicide`),
    ],
  },
  {
    kind: 'fall',
    source:
      'falls are the first cause of injury death over 65; a fall with no getting up is a call',
    states: [
      ...han(`起不来 站不起来 爬不起来 起不了身 动不了了 扶不起来 摔断 摔骨折 骨折 摔破 摔伤
        摔得很重 摔得厉害 摔在地上 倒在地上 躺在地上 跌在地上 从楼梯上摔 从床上摔 从床上掉
        摔了一跤 跌了一跤 摔倒 跌倒 滑倒 绊倒 摔下来 跌下来 栽倒 栽了一跤 从椅子上掉
        从床上翻下 从床上滚下 床上掉下 踩空了 一脚踩空`),
      ...words(`had a fall, cant get up, cannot get up,
        on the floor, broke her hip, broke his hip, broken hip, broken leg, took a tumble,
        fell off a ladder, fell off the ladder, fell off a chair, fell off the bed, fell over,
        fell down the stairs, slipped and fell`),
    ],
  },
  {
    kind: 'fire',
    source: '119: a fire named as burning now needs no other sign',
    states: [
      ...han(
        '着火 失火 起火 火灾 烧着 着起来 烧起来 冒烟 浓烟 冒黑烟 火苗 著火 火烧 火光 冒火 火势',
      ),
      ...words('on fire, a fire, caught fire, in flames, burning down, smoke everywhere'),
    ],
  },
  {
    kind: 'flood',
    source: '119 flood control: a home under water',
    states: [...han('淹 水漫进 漫进屋 灌进屋'), ...words('flooded, flooding')],
  },
  {
    kind: 'break-in',
    source: '110: a robbery or forced entry under way',
    states: [
      ...han(`撬 抢劫 抢了 冲进屋 闯进 闯入 入室 遭贼 遭了贼 进贼 进了贼 遭小偷 遭了小偷 家里进人
        屋里进人 家里进了人 屋里进了人`),
      ...words('robbed, robbery, break in, broke in, intruder, burglars, burgled'),
    ],
  },
  {
    kind: 'violence',
    source: '110: a weapon in a threatening hand',
    states: [...han('拿着刀 拿刀 持刀 挥刀 动刀'), ...words('with a knife, has a knife')],
  },
];

/** Words that hold a hazard's character but name something harmless (火车, 抽烟, 焦虑). */
export const harmlessCompounds: readonly string[] = han(`上火 发火 火车 火锅 火腿 火气 火葬 火化
  火柴 火候 火爆 火龙果 恼火 火热 火箭 灭火器 打火机 火力 香烟 烟酒 戒烟 烟花 油烟机 抽油烟 烟囱
  烟瘾 二手烟 烟草 焦虑 焦急 心焦 焦点 水费 水表 水果 水平 水电费 泪水 口水 汗水 门诊 门口 部门
  窗口 晕车 晕船 晕机 头晕眼花 血压计 量血压 降压 摔坏 摔碎 摔门 摔东西 打扫 打听 打车 打针 打电话 打印 打工 打麻将 打牌 打扰 打折 打疫苗 推拿 推荐 推销 刀片 股票跌 跌价 下跌 涨跌 烧烤 烧饭 烧菜 烧水 发烧 油烟 有人陪 有人帮 有人照顾 有人说 有人问`);

/** General signs that something is changing for the worse now; they count with a hazard. */
export const acuteSigns: readonly string[] = [
  ...han(`突然 一直 止不住 停不下 关不住 控制不住 越来越 好大 很大 很浓 很重 到处 满屋 满地 全是
    整个 赶紧 快来 救命 马上 现在 正在`),
  ...words(`suddenly, right now, everywhere, help, urgent, quickly, keeps, wont stop`),
];

export const hazardConcepts: readonly HazardConcept[] = [
  {
    kind: 'medical',
    source:
      '120: a symptom that came suddenly or is severe (a faint, a crushing headache with vomiting)',
    things: [
      ...han('晕 昏 倒下 头疼 头痛 血压 胸口 心口 脸色 嘴唇 喘 呼吸'),
      ...words('dizzy, headache, chest, breathing, breath'),
    ],
    signs: [
      ...han(`过去 倒 不醒 厉害 要炸 受不了 吐了 呕吐 发白 发紫 发青 抽 突然 越来越 止不住 救命
        冒汗 冷汗 煞白 惨白 喘不 困难 费劲`),
      ...words('vomiting, severe, worst, blue, suddenly, sweating, trouble'),
    ],
    generalSigns: false,
  },
  {
    kind: 'medical',
    source: '120: pain or pressure in the chest or heart is a heart attack until shown otherwise',
    things: [...han('胸口 心口 胸 心脏'), ...words('chest, heart')],
    signs: [
      ...han('痛 疼 闷 压着 压了 像压 压得 憋 绞 冒汗 冷汗 石头 喘不'),
      ...words('pain, pains, hurts, hurting, tight, pressure, crushing, clutching, sweating'),
    ],
    generalSigns: false,
  },
  {
    kind: 'gas',
    source: '119 and gas company: a gas smell or hiss is evacuated at once, whatever the words',
    things: [
      ...han('煤气 燃气 天然气 瓦斯 液化气 煤气罐 燃气管 煤气管 燃气灶 煤气灶'),
      ...words('gas'),
    ],
    signs: [
      ...han('味 漏 泄 臭 嘶 呛 闻到 一股 中毒 报警器响 关不上 关不住 关不了 拧不紧'),
      ...words('smell, smells, smelling, leak, leaks, leaking, hiss, hissing, alarm'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fire',
    source: '119: fire, smoke or a burning smell indoors, getting worse or spreading',
    things: [
      ...han('火 烟 焦 油锅 锅 窗帘 被子'),
      ...words('fire, smoke, smoking, flames, burning'),
    ],
    signs: [
      ...han('着了 着起来 烧 冒 起火 着火 浓 呛 窜 蔓延 焦味 糊味 黑烟 火苗'),
      ...words('smell, coming, caught, spreading, flames, burning'),
    ],
    generalSigns: true,
  },
  {
    kind: 'fire',
    source:
      'wiring or a charging e-bike burning; sparks or a power cut alone are a repair (tuning)',
    things: [
      ...han('电线 插座 电箱 电闸 电表 电动车 电瓶 充电器 电器'),
      ...words('wire, wiring, socket, plug, charger'),
    ],
    signs: [
      ...han('烧 冒烟 着火 起火 焦 糊 火苗 黑烟 冒火 爆炸'),
      ...words('smoke, smoking, burning, fire, flames'),
    ],
    generalSigns: false,
  },
  {
    kind: 'flood',
    source:
      '119: water coming into a home; a burst or leaking pipe alone is a repair (tuning cases)',
    things: [...han('水 水管 管子 下水道 暖气片 水龙头 积水 雨水'), ...words('water, pipe, pipes')],
    signs: [
      ...han(`淹 漫进 灌进 进屋 涌进 没过 往屋里 进水 越来越高 越来越深 太深 很深 齐腰 齐膝
        灌了 往家里流 往屋里流 到小腿 到膝盖 越涨越高 漫到 屋里全是水 家里全是水 屋里都是水
        一屋子水 满屋子水`),
      ...words('flooding, flooded, coming in, pouring in, pouring into, rushing in, coming into'),
    ],
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
      ...han(
        '撬 砸 踹 闯 翻进 翻窗 爬进 溜进 跟踪 尾随 蹲守 破门 被打开 被弄坏 拧门 扭门 门把手 撬锁 捅锁 跟着我 一直跟着',
      ),
      ...words(
        'break, broke, breaking, forced, smashed, following, inside, got in, get in, getting in, climbing in, climbed in, trying to open',
      ),
    ],
    generalSigns: false,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: money asked for now, by someone claiming an office, a prize or a debt',
    things: [
      ...han(
        '转账 转帐 汇款 汇钱 打钱 转钱 打款 验证码 安全账户 保证金 解冻费 刷单 中奖 公检法 洗钱 密码',
      ),
      ...words('transfer, wire, code, password, prize, pin, bank card, card number, send money'),
    ],
    signs: [
      ...han(`让我 叫我 要我 让他 叫他 要他 让她 叫她 要她 让老人 让我妈 让我爸 马上 立刻 赶紧
        自称 冒充 说是 说我 涉嫌 冻结 已经转 转了 汇了 刚转 不转就 骗子 正在 要给`),
      ...words(
        'asked, asks, asking, told, wants, pretending, claiming, scammer, scamming, scam, about to',
      ),
    ],
    generalSigns: false,
  },
  {
    kind: 'fall',
    source:
      'a fall named with what it did (the pain, the floor, the bleeding): the phrase list misses word orders',
    things: [
      ...han('摔 跌 滑倒 绊倒 倒在 一跤 滑了 栽'),
      ...words('fell, fall, slipped, tripped, tumble, tumbled'),
    ],
    signs: [
      ...han(
        '起不来 动不了 不能动 疼 痛 流血 出血 肿 地上 厉害 很重 磕 骨头 爬不起 扶不起 断 骨折',
      ),
      ...words('hurt, hurts, bleeding, floor, ground, cant move, cannot move, hip'),
    ],
    generalSigns: true,
  },
  {
    kind: 'medical',
    source: '120: poison or a sleeping drug taken in a dose no one takes by mistake',
    things: [
      ...han('安眠药 安定片 农药 老鼠药 敌敌畏 百草枯 药片 药丸'),
      ...words('pills, tablets, sleeping pills, poison, bleach'),
    ],
    signs: [
      ...han('一大把 整瓶 过量 全吃了 都吃了 吞了 喝了'),
      ...words('too many, whole bottle, swallowed, drank'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fall',
    source:
      'a person who fell; "fell" alone is also a handle or a price (the door handle fell off)',
    things: [...words('fell, fallen, fell down, has fallen, fell over, slipped, tripped')],
    signs: [
      ...words(`i, he, she, mum, mom, dad, father, mother, husband, wife, grandma, grandpa,
        grandad, granny, grandmother, grandfather, neighbour, neighbor, old man, old lady,
        old woman, son, daughter, baby, child, friend, someone, somebody`),
    ],
    generalSigns: false,
  },
  {
    kind: 'gas',
    source:
      '119: coal stoves and water heaters poison quietly; a stove with dizziness or sickness is carbon monoxide',
    things: [
      ...han('煤炉 炉子 蜂窝煤 炭盆 炭火 烧炭 热水器 煤气 燃气'),
      ...words('stove, heater, boiler, charcoal'),
    ],
    signs: [
      ...han('晕 头疼 头痛 恶心 想吐 没力气 迷糊 中毒'),
      ...words('dizzy, headache, sick, vomiting, drowsy'),
    ],
    generalSigns: false,
  },
  {
    kind: 'flood',
    source: '119 flood control: rain or sewage getting into a home',
    things: [...han('雨 暴雨 下水道 污水 河水'), ...words('rain, sewage, river')],
    signs: [
      ...han('进水 倒灌 漫到 漫上 涨到 齐腰 齐膝 到膝盖 进家 往里灌 冲进 灌了 到小腿 淹到'),
      ...words('coming in, pouring in, into the house, knee deep'),
    ],
    generalSigns: false,
  },
  {
    kind: 'break-in',
    source: '110: someone climbing to a balcony or a window is getting in, whoever it is',
    things: [...han('阳台 窗户 窗台 防盗网 防盗窗'), ...words('balcony, window')],
    signs: [...han('爬 攀'), ...words('climbing, climbed, climb')],
    generalSigns: false,
  },
  {
    kind: 'break-in',
    source:
      '110: a thief inside or getting in (not 贼 alone: northern dialect says 贼冷 for very cold)',
    things: [...han('小偷 强盗'), ...words('thief, burglar, robber')],
    signs: [...han('进 在屋 在家 还在 偷 翻'), ...words('inside, in the house, in my home')],
    generalSigns: false,
  },
  {
    kind: 'break-in',
    source: '110: a home found searched or emptied is a burglary scene',
    things: [
      ...han('家里 屋里 房间 抽屉 柜子 保险柜 门开着 门被打开 门没锁'),
      ...words('house, flat, apartment, home'),
    ],
    signs: [
      ...han('被翻 翻得乱 翻乱 被偷 偷走 被盗'),
      ...words('ransacked, burgled, robbed, stolen'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: someone claiming an office or met online, after money or access',
    things: [
      ...han(
        '钱 存款 转账 转钱 转出 转到 转给 汇款 投资 密码 验证码 共享屏幕 屏幕共享 下载 软件 链接 账户 银行卡',
      ),
      ...words('money, transfer, password, code, account, app, download'),
    ],
    signs: [
      ...han('冒充 自称 假冒 陌生人 网上认识 说是公安 说是警察 说是银行 说是法院'),
      ...words('pretending, claiming, police, saying they are, says he is, says she is'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a relative "in trouble" who needs money and secrecy now',
    things: [...han('要钱 借钱 打钱 转钱 汇钱'), ...words('money, cash')],
    signs: [
      ...han('出事 被抓 不要告诉 别告诉 保密 不让告诉 出车祸 撞了人 进了派出所'),
      ...words('arrested, dont tell, jail, prison, police station, in trouble, bail'),
    ],
    generalSigns: false,
  },
  {
    kind: 'violence',
    source: '110: someone hurting or threatening to hurt a person now',
    things: [
      ...han('打 掐 砍 刀 棍子 推 踢 拳头'),
      ...words('hit, hitting, beat, beating, kick, kicking, knife'),
    ],
    signs: [
      ...han(
        '动手 打伤 被打 挨打 要杀 打死 掐脖子 掐住 追着 威胁 又打 打我 打她 打他 流血 吓唬 挥 打起来 打架 拿了 拿起',
      ),
      ...words(
        'me, her, him, kill, threatening, again, wife, husband, child, kids, mother, father',
      ),
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
    偶尔 平时 康复 复查 后遗症 偏瘫 瘫痪 卧床 怕老人 怕孩子 怕家里 怕他 怕她 怕我 防止 避免 以免 免得
    追回 要回来 被骗过`),
  ...words(`last year, last time, years ago, used to, learn, course, class, workshop, lecture,
    bill, prevent, prevention, awareness, worried, in case, sometimes, often`),
];
