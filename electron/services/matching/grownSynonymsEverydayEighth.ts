// An eighth pass of everyday words (issue 15, the round of the 47th batch: needs told in the
// words elderly residents really use). Every entry starts from a tuning miss of the 47th batch
// (named in its source) and adds the family of words residents use for that thing, not the one
// sentence's words: the old names of household appliances (半导体 and 戏匣子 for a radio, 电褥子
// for an electric blanket), an illness checked on a schedule, the regional operas, cardboard piled in a stairwell, the shared places of a building, a bulb out of reach, medicine named for what it treats, selling to old people by deceit, the old names of electrical fittings, the long aches of bones and joints. Words a danger reads stay with the danger lists.
import type { GrownTerms } from './grownSynonyms.js';

/** Every "what for" joined to every "medicine": the phrase family a resident may type. */
const joined = (fors: string, whats: string): string =>
  fors
    .split(' ')
    .flatMap((what) => whats.split(' ').map((medicine) => `${what}${medicine}`))
    .join(' ');

const general = 'general: what elderly residents call this, eighth pass (round of batch 47)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const everydayGrownTermsEighth: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'appliance',
    // The small appliances of an old household, by the names their owners grew up with: a radio
    // is 半导体 or 戏匣子 in the north, an electric blanket 电褥子, a heater 电炉子; and what they
    // stop doing (不发热 is a blanket gone cold, not a fever; 不响了, 没声了).
    chinese:
      '收音机 半导体 半导体收音机 戏匣子 话匣子 录音机 收录机 电唱机 随身听 电褥子 电褂子 电热毯 电热宝 暖手宝 电熨斗 熨斗 电吹风 吹风机 电炉子 电炉 小太阳 缝纫机 电视机 黑白电视 老式电视 彩电 不发热 不发热了 不热乎 不响了 没声了 没声音了 不出声 不出风',
    english:
      'radio, transistor radio, electric blanket, iron, hair dryer, hairdryer, sewing machine',
    source: tuning(
      '收音机坏了，听不了戏了; 半导体不响了，想找人修修; 戏匣子没动静了，换了电池也不行; 电褥子不热了，晚上冻脚; 冬天用的电褂子不发热了',
    ),
  },
  {
    category: 'basic-living',
    group: 'electrical',
    // The electrical fittings of an old flat by the names their owners still use: 电门 (a
    // switch), 灯绳 and 拉线开关 (a pull-cord switch), 电插销 (a plug or socket), 保险盒 and 闸盒
    // (the fuse box). A door's 插销 is a bolt, the handyman's (门插销, below).
    chinese:
      '电门 电门坏了 电门不灵 灯绳 灯绳断了 灯绳拉断了 拉线开关 拉线 拉绳开关 电插销 插销板 插销松了 保险盒 保险匣 闸盒 电闸盒 电表箱',
    english: 'pull cord, pull-cord switch, light switch, fuse box',
    source: general,
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    chinese: '门插销 窗插销 插销坏了 门栓 门闩',
    english: 'door bolt, bolt on the door',
    source: general,
  },
  {
    category: 'basic-living',
    group: 'property',
    // The building's shared places by their other names (楼梯间 in Taiwan and the south, 过道
    // and 走道 in the north, 门厅 and 大堂 downstairs), and their lights: the property office's.
    chinese:
      '楼梯间 楼梯间的灯 过道 过道灯 过道的灯 走道 走道灯 走道的灯 门厅 门厅的灯 大堂 大堂的灯 电梯间 电梯厅 电梯口 公共走廊',
    english: 'landing, hallway, corridor, lobby, entrance hall',
    source: tuning('樓梯間的燈壞了好幾天'),
  },
  {
    category: 'health-medical',
    group: 'chronic',
    // The long aches of the bones and joints by the names old people give them (老寒腿 in the
    // north, 骨刺 and 骨质增生 for spurs, 老胃病): illnesses the doctors follow.
    chinese:
      '老寒腿 寒腿 风湿 风湿病 类风湿 风湿痛 骨质增生 骨刺 长骨刺 腰椎间盘 腰间盘 腰椎病 颈椎病 老胃病 胃病 老风湿',
    english: 'arthritis, rheumatism, rheumatoid, slipped disc, bad back',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'chronic',
    // A long illness looked after on a schedule: the regular check is the doctor's follow-up (a
    // hospital escort only when someone to go with is asked for, 陪我去复查).
    chinese: '定期复查 定期检查 定期查 按时复查 每月复查 每个月复查 定期随访 定期去查 定期去医院查',
    english: 'regular check-up, regular check-ups, regular checkups, diabetic',
    source: tuning('我老公有diabetes，要定期复查'),
  },
  {
    category: 'social-cultural',
    group: 'hobbies',
    // The regional operas and sung story-telling residents grew up with, each its own hobby
    // group's (戏曲), not a stage show: 粤曲 in the south, 沪剧 and 越剧 in Shanghai, 评剧 and
    // 二人转 in the north, 川剧 in Sichuan, 黄梅戏 and 豫剧 inland.
    chinese:
      '粤曲 唱粤曲 粤剧 沪剧 唱沪剧 越剧 唱越剧 黄梅戏 评剧 豫剧 川剧 秦腔 昆曲 评弹 苏州评弹 二人转 梆子 河北梆子 地方戏 唱曲 曲艺 戏曲队 戏曲班 戏班',
    english: 'cantonese opera, chinese opera, opera singing',
    source: tuning('想学唱粤曲; 有没有唱沪剧越剧的队'),
  },
  {
    category: 'basic-living',
    group: 'appliance',
    // A bulb gone (闷了 and 憋了 in the north) that an old person cannot climb up to change: the
    // handyman volunteers' odd job, not the electricians'. Climbing alone (爬不上去) is left out:
    // 爬不上去楼梯 is the stairs, not a bulb. Food going off is a fridge's, not the lights'.
    chinese: '灯泡闷了 灯泡憋了 爬不上去换 上不去换 爬上去换 踩凳子换 站凳子换',
    english:
      'cannot reach the bulb, cannot reach the light, change a bulb, change the bulb, food is going off, food going off',
    source: tuning('厨房灯泡闷了，我爬不上去换; Fridge stopped working and my food is going off'),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // Medicine named for what it treats (治咳嗽的药, 感冒药水, 退烧药) is medicine to buy or bring,
    // the pharmacy's, not an illness to see a doctor about (咳嗽 alone still is).
    chinese: joined(
      '咳嗽 止咳 治咳嗽 感冒 治感冒 发烧 退烧 治发烧 拉肚子 止泻 治拉肚子 头疼 头痛 胃疼 嗓子疼 喉咙痛 消炎',
      '的药 药 药水 药片 糖浆',
    ),
    english: 'cough medicine, cough syrup, cold medicine, painkillers',
    source: tuning('51st batch: 想买点治咳嗽的药送上门'),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // Selling to old people by deceit (a free talk, free eggs, a cure, fake medicine): the
    // police room's to hear of, not the pharmacy's nor a check-up (免费体检 alone is a real one,
    // so it is left out, as are 保健品 and 推销 alone: buying a tonic is nobody's here; the
    // danger lists keep a payment being made now).
    chinese:
      '骗老人 骗老年人 骗老头 骗老太 骗老头老太 骗老人家 忽悠老人 忽悠老年人 忽悠老头 骗人买 骗我买 卖假药 假药 推销保健品 保健品讲座 免费讲座 领鸡蛋 免费领鸡蛋 会销 上门推销',
    english: 'selling fake medicine, fake medicine, scamming old people, door-to-door sellers',
    source: tuning('51st batch: 有人在小区里发传单骗老人买药'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    // What piles up in a shared stairwell or corridor, by the names residents give it: cardboard
    // (纸皮 in Cantonese, 纸壳子 in the north), the fire wardens' hazard. Junk (破烂) stays the
    // rubbish crew's: 门口一堆破烂没人收 is a collection.
    chinese: '纸箱 纸箱子 纸壳 纸壳子 纸板 纸皮 旧纸箱 堆满 堆满了 堆了好多 堆了一堆 堆得满满',
    english: 'cardboard, boxes piled, piled up',
    source: tuning('楼道里堆满了纸皮'),
  },
];
