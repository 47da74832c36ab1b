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
import { han, words } from './termLists.js';

export { type HazardConcept, hazardConcepts } from './dangerHazards.js';

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
        没法呼吸 无法呼吸 不能呼吸 呼吸不了 没法喘气 不能喘气 喘不了 没了呼吸 没有了呼吸 没了心跳 没心跳 没有心跳
        手抬不起来 胳膊抬不起来 一边手 一边脸 被电打 电打了 被电击 心脏病发作 心脏病发 心脏病又犯
        血一直流 血直流 血哗哗 血流个不停 血往外冒 血往外涌 一直在流血 流血流得
        叫不答应 喊不答应 叫也不应 喊也不应 叫也不醒 喊也不醒 叫他不应 叫她不应 不会动了
        噎着 憋紫 浑身抽 全身抽 抽起来了 割腕 自杀 寻短见 跳楼 上吊 服毒`),
      // Sudden confusion (someone down in a stairwell: dangerBodySigns.ts).
      // Labour, heat stroke, drowning.
      ...han(`羊水破 破水了 要生了 快生了 宫缩 中暑了 热晕 晒晕 热射病 溺水 掉水里 掉进水里 掉河里
        掉进河里 掉湖里 掉进湖里 落水`),
      ...words(`waters broke, waters have broken, in labour, in labor, heatstroke, heat stroke,
        drowning, drowned, fell into the river, fell into the water, fell in the river,
        whole packet of, whole box of`),
      // Cantonese, folded: 冇 is 没有, 唔 is 不; 唞唔到气 (cannot breathe) arrives as 抖唔到气.
      ...han('冇反应 冇呼吸 冇气 叫唔醒 唔醒 唔识郁 抖唔到气 抖唔过气 抖唔切 透唔到气'),
      ...han('满地打滚 疼得在地上滚 痛得打滚'),
      // A snakebite (probes, 24th round, eighth pass).
      ...han('被蛇咬 蛇咬了 毒蛇咬'),
      // A fit said by what is seen (24th batch): foam at the mouth, the whole body jerking.
      ...han('白沫 嘴里冒泡 嘴里吐泡 嘴角冒泡 嘴角吐泡 口冒泡 浑身~抽 全身~抽 身子~抽 手脚~抽'),
      ...han('骨头~露 露出骨头 见骨头 手指断了 切断了'),
      // Blood brought up or passed in quantity (probes, 24th round: 吐了好多血).
      ...han(`吐~血 咳~血 便了很多血 便了好多血 拉了很多血 拉了好多血 尿了好多血 一大滩血`),
      // A turned ankle or a wrenched back that leaves one unable to move (probes, 24th round).
      ...han('崴~动不了 崴~起不来 崴~走不了 扭伤~动不了 扭了腰~动不了'),
      ...han('吃了好几片 吃了一把药 吃了一整瓶 吃了半瓶 吃了一瓶药 误吃 偷吃了药 把药当糖'),
      // A bottle swallowed, the pills named between (24th batch probe: 把一瓶降压药都吃了).
      ...han('一瓶~都吃了 一瓶~全吃了 一整瓶~吃了 半瓶~吃了 一瓶~吞了'),
      ...han('突然说胡话 开始说胡话 认不出人 不认人了 神志不清 意识模糊 过敏性休克'),
      // Pills taken twice or by the handful, told by who saw it (29th batch: 吃了降压药又吃了一把).
      ...han(`药~又吃了 又吃了一把 吃了一大把 重复吃了药 药吃了两遍
        不知道吃了多少片 吃了多少片都`),
      // Raving with a fever, said as lasting all day (29th batch: 今天一直说胡话，浑身滚烫).
      ...han('一直说胡话 直说胡话 满嘴胡话 烧糊涂了 烧迷糊了 烧得迷糊 烧得糊涂'),
      // Self-harm talk: a crisis line is 120's to take, said in the words people use for it.
      ...han('不想活 活不下去 轻生 寻死 想自杀 要自杀 从楼上跳 往下跳 跳下去'),
      // Into the water or under a train (probes, 24th round: 有人站在河边要跳河).
      ...han('要跳河 想跳河 跳河了 跳进河 要跳江 跳江 投河 投江 跳湖 卧轨'),
      ...words(`end her life, end his life, end my life, kill myself, kill herself, kill himself,
        want to die, wants to die, suicidal, take her own life, take his own life,
        take my own life`),
      ...words(`faint, fainted, fainting, passed out, collapsed, unconscious, unresponsive,
        not breathing, cant breathe, cannot breathe, short of breath,
        chest pain, chest hurts, heart attack, stroke, seizure, bleeding, choking,
        electric shock, overdose, wont wake up, not waking up, slurred, drooping, cant speak,
        cannot speak, turned blue, blue lips, hit his head, hit her head, not moving,
        lying on the ground, lying on the floor, not responding, no response, wont respond,
        trouble breathing, difficulty breathing, struggling to breathe, hard to breathe,
        cant catch her breath, cant catch his breath, too many pills, whole bottle of pills,
        convulsing, bleeding heavily, wont stop bleeding, clutching his chest,
        clutching her chest, electrocuted, turning blue, going blue, having a fit, suicide,
        anaphylactic, anaphylaxis, not making sense, not making any sense, stopped breathing,
        stops breathing, cut her wrist, cut his wrist, cut my wrist, cut her wrists, lying in the hallway,
        lying in his hallway, lying in her hallway, lying in the stairwell, lying in the street,
        lying in the road, lying on the pavement, unconcious, unconsious, overdosed, overdosing, coughing up blood, vomiting blood,
        throwing up blood, wrong medicine, wrong pills, wrong medication, wrong tablets, ate poison, drank poison,
        drink poison, eat poison`),
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
        从床上翻下 从床上滚下 床上掉下 踩空 浴室~摔了 卫生间~摔了 厕所~摔了 洗手间~摔了 楼梯~摔了 浴室里摔 卫生间里摔
        厕所里摔 洗澡~摔了 后脑勺着地 后脑着地 头着地 脑袋着地 脸着地 楼梯上滚下 从楼梯滚 滚下楼 摔下楼梯`),
      ...words(`had a fall, cant get up, cannot get up,
        broke her hip, broke his hip, broken hip, broken leg, took a tumble,
        fell off a ladder, fell off the ladder, fell off a chair, fell off the bed, fell over,
        fell down the stairs, slipped and fell`),
    ],
  },
  {
    kind: 'fire',
    source: '119: a fire named as burning now needs no other sign',
    states: [
      ...han(
        '着火 失火 起火 火灾 烧着 着起来 烧起来 冒烟 起烟 浓烟 冒黑烟 火苗 著火 火烧 火光 冒火 火势',
      ),
      // Something set alight (a cigarette and a sofa): 点着 alone is also lighting the stove.
      ...han('沙发~点着 窗帘~点着 被子~点着 衣服~点着 纸箱~点着 床~点着 引燃 引着了'),
      // Cantonese: 燶 (folded to 㶶) is burnt, V紧 the progressive (有嘢烧紧); 火烛 is in dangerTypos.ts.
      ...han('㶶味 㶶咗 㶶晒 东西烧紧 嘢烧紧 着紧火'),
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
      // 抢了 only with who lost it: 抢了个红包 is a WeChat red envelope (probes, 24th round).
      ...han(`被抢了 抢了我 抢了她 抢了他 人抢了 给抢了 让人抢 抢包 抢钱 抢东西 抢手机 抢项链 抢金链
        飞车抢 被人爆了 陌生人在我家阳台 陌生人在我家里 陌生人在我屋里 陌生人在家里 陌生人在屋里
        陌生人进了我家 陌生人进了屋 陌生人跑进 围着要钱 围着我要钱 堵着要钱 拦着要钱 逼我给钱
        逼我交钱 勒索 翻墙进了 翻墙进来 翻墙进我家 被人跟踪 被跟踪 被人尾随 被尾随 有人跟踪`),
      ...han(`撬 抢劫 冲进屋 闯进 闯入 入室 遭贼 遭了贼 进贼 进了贼 遭小偷 遭了小偷 家里进人
        屋里进人 家里进了人 屋里进了人 窗户进来 窗户爬进 窗户钻进 从窗户进`),
      // A window taken out or a grille cut to get in (29th batch: 阳台窗户被人卸了).
      ...han(`窗户被人卸 窗户被卸 窗被卸 被人卸了 防盗网~剪 防盗窗~剪 纱窗被划
        纱窗被割 纱窗~划开 纱窗~割开 锁被破坏 门锁被破坏 锁芯被`),
      ...words(`robbed, robbery, break in, broke in, intruder, burglars, burgled,
        trying to get into my house, trying to get into my flat, trying to get into my home,
        stranger in my house, stranger in my flat, stranger in my home`),
    ],
  },
  {
    kind: 'violence',
    source: '110: a weapon in a threatening hand',
    states: [
      ...han('拿着刀 拿刀 持刀 挥刀 动刀 绑架 被绑了 被绑走 赎金'),
      // The knife brought out, in the 把 order residents tell it in (29th batch: 还把刀拿出来了).
      ...han(
        '把刀拿 刀拿出来 拿出刀 掏出刀 掏刀 亮刀 抄起刀 抄起菜刀 举着刀 拎着刀 提着刀 把菜刀拿',
      ),
      ...words(`with a knife, has a knife, will kill, going to kill, gonna kill, threatening to kill,
        wants to kill, kill me, kill you, kill us, hitting a woman, hitting a man, hitting a child,
        beating a woman, beating up, punching her, punching him`),
    ],
  },
];

/** Words that hold a hazard's character but name something harmless (火车, 抽烟, 焦虑). */
export const harmlessCompounds: readonly string[] = han(`上火 发火 火车 火锅 火腿 火气 火葬 火化
  火柴 火候 火爆 火龙果 恼火 火热 火箭 灭火器 打火机 火力 香烟 烟酒 戒烟 烟花 油烟机 抽油烟 烟囱
  烟瘾 二手烟 烟草 焦虑 焦急 心焦 焦点 水费 水表 水果 水平 水电费 泪水 口水 汗水 门诊 部门
  窗口 晕车 晕船 晕机 头晕眼花 血压计 量血压 降压 摔坏 摔碎 摔门 打扫 打听 打车 打针 打电话 打印 打工 打麻将 打牌 打扰 打折 打疫苗 推拿 推荐 推销 刀片 股票跌 跌价 下跌 涨跌 烧烤 烧饭 烧菜 烧水 发烧 油烟 有人陪 有人帮 有人照顾 有人说 有人问
  呼吸顺畅 呼吸通畅 烧火做饭 烧火煮饭 生火做饭`);

/** General signs that something is changing for the worse now; they count with a hazard. */
export const acuteSigns: readonly string[] = [
  ...han(`突然 一直 止不住 停不下 关不住 控制不住 越来越 好大 很大 很浓 很重 到处 满屋 满地 全是
    整个 赶紧 快来 救命 马上 现在 正在`),
  ...words(`suddenly, right now, everywhere, help, urgent, quickly, keeps, wont stop`),
];

/**
 * A clause holding one of these is not a danger now: the past, a wish to learn, a bill, a worry
 * about what might happen, a chronic complaint. Source: the near misses of dangerPhrases.ts and
 * the tuning part's false alarms ("楼道里停满了电动车，怕着火").
 */
export const calmMarkers: readonly string[] = [
  ...han(`上次 去年 前年 那年 小时候 想学 学学 学习 课程 讲座 知识 宣传 演练
    报名 报个 预防 防范 隐患 怎么交 缴费 交费 燃气费 煤气费 水费 电费 充值 账单 开户 过户
    抄表 怕着火 怕起火 怕失火 怕漏 怕摔 怕踩空 怕滑 怕跌 怕溺水 防溺水 怕中暑 怕被骗 怕上当 担心会 万一 以防 经常 老是 总是 有时候
    偶尔 平时 容易 前天 康复 复查 后遗症 偏瘫 瘫痪 卧床 怕老人 怕孩子 怕家里 怕他 怕她 怕我 防止 避免 以免 免得
    追回 要回来 被骗过 感觉是骗 可能是骗 怀疑是骗 发传单 传单 关火了 已经关火 火灭了 已经灭了 扑灭了 是在炒菜 是炒菜 是在做饭 是做饭 是在烧菜 是烧菜 是油烟 只是油烟
    怕是骗 是不是骗 会不会是骗 是骗子吗 别是骗 是不是真的 是真的吗
    诈骗太多 骗子太多 诈骗真多 骗子真多 骗子多 诈骗多 太多骗子 骗局太多 怎么识别 识别诈骗 识别骗子`),
  ...words(`last year, last time, years ago, used to, learn, course, class, workshop, lecture,
    bill, prevent, prevention, awareness, worried, in case, sometimes, often`),
];
