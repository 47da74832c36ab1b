// Hazards read by concept (dangerConcepts.ts explains the reading): each a thing that can hurt
// and the signs that it is hurting now. Kept apart from the acute states and calm markers so
// each list stays short enough to read; texts arrive folded (Simplified, lower case, homophone
// typos replaced). Chinese entries match as substrings, English ones as whole words.
import type { DangerKind } from './dangerWords.js';
import { han, words } from './termLists.js';

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
  /** Words that say the thing is something else here ("hit her head" in a fall is no blow). */
  unless?: readonly string[];
}

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
      ...han(`过去 倒 不醒 厉害 要炸 欲裂 要裂 裂开 受不了 吐了 呕吐 发白 发紫 发青 抽 突然 越来越 止不住 救命
        冒汗 冷汗 煞白 惨白 喘不 困难 费劲`),
      ...words(
        'vomiting, vomited, thrown up, threw up, throwing up, severe, worst, blue, suddenly, sweating, trouble',
      ),
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
      // Cantonese and southern names (24th batch: 屋企好大陣石油氣味): LPG, piped gas, a cylinder.
      ...han('石油气 管道气 煤气瓶 气瓶'),
      ...words('gas'),
    ],
    signs: [
      ...han(
        '味 漏 泄 臭 嘶 呛 闻到 闻着 闻见 闻起来 一股 中毒 报警器响 关不上 关不住 关不了 拧不紧 裂 断了 脱了',
      ),
      // Gas escaping from a hose come off (probes, 24th round: 燃气灶的管子掉了，气在往外冒).
      ...han('往外冒 冒气 跑气 管子掉 管子脱 软管掉 软管脱 胶管掉 胶管脱'),
      // 露气 for 漏气: the look-alike character residents type (probes, 24th round).
      ...han('露气 泄露'),
      ...words('smell, smells, smelling, leak, leaks, leaking, hiss, hissing, alarm'),
    ],
    generalSigns: false,
  },
  {
    kind: 'fire',
    source: '119: fire, smoke or a burning smell indoors, getting worse or spreading',
    things: [
      ...han('火 烟 焦 油锅 锅 窗帘 被子 烧塑料 烧胶 塑料味 胶皮味 橡胶味 电线味'),
      ...words('fire, smoke, smoking, flames, burning'),
    ],
    signs: [
      ...han('着了 着起来 烧 冒 起火 着火 浓 呛 窜 蔓延 焦味 糊味 黑烟 火苗'),
      // Smoke that stings the eyes or hides the room (probes, 24th round: 眼睛都睁不开).
      ...han('睁不开 看不清 熏得 辣眼 熏眼'),
      ...words('smell, coming, caught, spreading, flames, burning'),
    ],
    generalSigns: true,
    // Steam from a pot is no smoke (probes, 24th round: 电饭锅冒气正常吗); 冒烟 is read alone.
    unless: han('冒气 冒热气 冒蒸汽 冒白气 蒸汽 热气 冒泡'),
  },
  {
    kind: 'fire',
    source:
      'wiring or a charging e-bike burning; sparks or a power cut alone are a repair (tuning)',
    things: [
      ...han('电线 插座 电箱 电闸 电表 电动车 电瓶 充电器 电器'),
      // Boards, plugs and chargers (39th batch: 插线板 着了; 充电头那里冒火花了，还有糊味).
      ...han('插线板 插排 排插 接线板 拖线板 插头 充电头 充电线 充电宝 适配器 平板'),
      ...words('wire, wiring, socket, plug, charger'),
    ],
    signs: [
      ...han('烧 冒烟 着火 起火 焦 糊 火苗 黑烟 冒火 爆炸 着了'),
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
        灌了 往家里流 往屋里流 到小腿 到膝盖 到腰 没过腰 到大腿 越涨越高 漫到 屋里全是水 家里全是水 屋里都是水
        一屋子水 满屋子水 地都泡 都泡了 泡上了 泡了一地`),
      // Water spread over the floor or pouring down, not a spray alone: a burst pipe spraying is
      // the plumbers' (tuning: 暖气管子爆了，热水哗哗往外喷), one that covered the floor a flood
      // (24th batch: 热水喷了一地).
      ...han(`喷了一地 喷得满地 喷一地 流了一地 淌了一地 漫了一地 一地的水 满地是水 满地都是水
        跟下雨似 像下雨一样 跟下雨一样 像下雨似`),
      ...words('flooding, flooded, coming in, pouring in, pouring into, rushing in, coming into'),
    ],
    generalSigns: false,
    // Deep water that only makes going out awkward is the depot's, not 119's (probes, 24th
    // round: 小区里积水很深，出门不方便); water coming in, or someone caught in it, still is.
    unless: han('出门不方便 不方便出门 不好走 难走 绕路 绕着走 下不去脚 出行不便'),
  },
  {
    kind: 'flood',
    source:
      '119 and the electrician: water coming through a light or a socket is live (24th batch)',
    things: [
      ...han(
        '灯里 灯罩 吊灯 电灯 灯座 灯管 插座 电灯开关 电闸 电箱 电表箱 配电箱 顶灯 吸顶灯 浴霸',
      ),
      ...words('light fitting, ceiling light, socket, switch, fuse box'),
      // Said plainly (45th batch: water is coming through the ceiling onto the light and the wires).
      ...words('light, lights, lamp, wires, wiring, electrics'),
    ],
    signs: [
      ...han(
        '滴水 进水 流水 冒水 淌水 渗水 往下流水 往下滴 往灯里流 往里流 流进灯 水顺着 全是水 都是水',
      ),
      ...han('往下流 往下淌 往下漏 流下来 淌下来 漏下来 滴下来 顺着电线'),
      ...words('water, dripping, leaking'),
    ],
    generalSigns: false,
  },
  {
    kind: 'break-in',
    source: '110: someone getting in, or in, who should not be',
    things: [
      ...han(
        '小偷 贼 陌生人 陌生男人 陌生女人 有人 门锁 锁芯 锁眼 门 窗户 窗 有个男的 有个女的 那个男的 那个人',
      ),
      ...words('burglar, thief, stranger, someone, somebody, door, window'),
    ],
    signs: [
      ...han(
        '撬 砸 踹 闯 翻进 翻窗 爬进 溜进 跟踪 尾随 蹲守 破门 被打开 被弄坏 拧门 扭门 门把手 撬锁 捅锁 跟着我 一直跟着',
      ),
      // A lock tampered with, or a door kicked (49th batch: 锁芯好像被人动过; 我不開他就踢門).
      ...han('被人动过 被动过 有划痕 踢门 踢我家门 踢家门 踢我家的门'),
      ...words(
        'break, broke, breaking, forced, smashed, following, inside, got in, get in, getting in, climbing in, climbed in, trying to open',
      ),
      // Learners drop the "to" and the "-ing" (38th batch: somebody try open my door with tool).
      ...words(`try open, try to open, trying open, tried open, try break, try to break, try get in,
        try to get in, try enter, try to enter, with tool, with a tool, with tools`),
    ],
    generalSigns: false,
    // Following someone to learn from them is no stalking (45th round: 有个男的跟着我学太极).
    unless: han('跟着我学 跟着我练 跟着我干 跟着她学 跟着他学 跟着我们学 跟着我们练'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: money asked for now, by someone claiming an office, a prize or a debt',
    things: [
      ...han(
        '转账 转帐 汇款 汇钱 打钱 转钱 打款 验证码 安全账户 保证金 解冻费 刷单 中奖 公检法 洗钱 密码',
      ),
      ...words('transfer, wire, code, password, prize, pin, bank card, card number, send money'),
      // A fine or a fee paid in gift cards is always a scam (49th batch).
      ...words('gift card, gift cards, itunes card, itunes cards, google play card, vouchers'),
    ],
    signs: [
      ...han(`让我 叫我 要我 让他 叫他 要他 让她 叫她 要她 让老人 让我妈 让我爸 马上 立刻 赶紧
        自称 冒充 说是 说我 涉嫌 冻结 已经转 转了 汇了 刚转 不转就 骗子 正在 要给`),
      ...words(
        'asked, asks, asking, told, wants, pretending, claiming, scammer, scamming, scam, about to',
      ),
      ...words('needs him to, needs her to, wants him to, wants her to, a fine, owes, to pay them'),
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
        '起不来 动不了 不能动 疼 痛 流血 出血 肿 地上 厉害 很重 磕 骨头 爬不起 扶不起 断 骨折 变形 走不了 站不住',
      ),
      ...words('hurt, hurts, bleeding, floor, ground, cant move, cannot move, hip'),
    ],
    generalSigns: true,
    // Things thrown down are no fall (摔东西 is read as blows heard: dangerHeard.ts); a person
    // who fell is still 摔倒 in the phrase list.
    unless: han('摔东西 摔碗 摔盘子 摔杯子 摔手机 摔椅子'),
  },
  {
    kind: 'medical',
    source: '120: poison or a sleeping drug taken in a dose no one takes by mistake',
    things: [
      ...han('安眠药 安定片 农药 老鼠药 敌敌畏 百草枯 药片 药丸'),
      // The everyday pills of the old, swallowed by the bottle (24th batch probes).
      ...han('降压药 降糖药 止痛药 止疼药 安神药 心脏药 感冒药 头痛药'),
      ...words('pills, tablets, sleeping pills, poison, bleach'),
    ],
    signs: [
      ...han(`一大把 吃了一把 吞了一把 抓了一把 整瓶 吃了一瓶 吞了一瓶 喝了一瓶 吃了半瓶 一瓶~都吃
        一瓶~全吃 好几片 好多片 十几片 几十片 过量 全吃了 都吃了 吞了 喝了`),
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
      ...han(
        '进水 倒灌 漫到 漫上 涨到 齐腰 齐膝 到膝盖 进家 往里灌 往~灌 冲进 灌了 到小腿 淹到 到腰 没过腰 到大腿',
      ),
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
      ...han('家里 屋里 房间 抽屉 柜子 保险柜 门开着 门被打开 门没锁 门是开的 门开了 门大开'),
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
    kind: 'fraud',
    source: '110 anti-fraud: a caller who wants money paid now (a relative in hospital, a fine)',
    things: [
      ...han('来电 打电话 电话里'),
      ...words('caller, called, phone call, on the phone, rang'),
    ],
    signs: [
      ...han('马上交钱 马上付 立刻付 现在就付 交罚款'),
      ...words('pay now, must pay, send money, bank details, gift cards, wire money'),
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
        'me, her, him, kill, threatening, again, wife, husband, child, kids, mother, father, neighbour, neighbor, old man, old woman, old lady, mum, mom, dad, son, daughter, grandma, grandpa',
      ),
    ],
    generalSigns: false,
    // Hitting one's own head in a fall is an injury, not a blow (language helper: "my mom slipped
    // in the bathroom and hit her head" raised violence beside the fall).
    unless: words(
      'hit her head, hit his head, hit my head, hit their head, hit the floor, hit the ground, hit her face, hit his face',
    ),
  },
];
