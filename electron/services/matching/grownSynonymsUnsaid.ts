// Needs told as a state, not as a service (issue 15, "nothing fits" precision, round of the
// 46th batch): legs that will not carry one down the stairs, a mind that will not stop worrying,
// months without work, a card table to join, a newcomer who knows nobody, a bicycle ridden off.
// Each entry starts from a miss of the 46th batch (all tuning; named in its source) and adds the
// words residents use for the same circumstance, not the one sentence's words. Words of danger
// (a fall, a collapse) stay with the danger lists.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this state (round of batch 46)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const unsaidGrownTerms: readonly GrownTerms[] = [
  {
    category: 'health-medical',
    group: 'nursing',
    // Getting about has become hard, or a body is mending after an operation: home nursing
    // (rehabilitation at home) first.
    chinese:
      '腿脚不利索 腿脚不灵便 腿脚不灵 腿脚不好使 做完手术 手术以后 手术后 术后 恢复锻炼 康复锻炼',
    english: 'after my operation',
    source: tuning('腿脚不利索了，下个楼都费劲; 膝盖做完手术，想找人教我怎么练'),
  },
  {
    category: 'health-medical',
    group: 'mental',
    // A mind that keeps running to the worst: the counselling room.
    chinese:
      '往坏处想 胡思乱想 瞎想 瞎琢磨 想太多 爱多想 老担心 总担心 提心吊胆 放不下心 一点小事就慌',
    english: 'worry all the time, overthinking',
    source: tuning('我这人总往坏处想，一点小事就慌'),
  },
  {
    category: 'education-employment',
    group: 'jobs',
    // Out of work, said as a state or as wanting "活" (work) found for one.
    chinese: '待业 没活干 没活儿干 找点活 找个活 找活干 介绍活 介绍个活 介绍工作 闲在家没收入',
    english: 'out of work, no work',
    source: tuning('待业半年了，有没有地方给介绍活'),
  },
  {
    category: 'social-cultural',
    group: 'games',
    // A hand of cards or mahjong, said the way players say it.
    chinese: '摸两把 摸几把 搓麻 搓麻将 搓两圈 打两圈 凑一桌 凑个桌 凑牌局 牌搭子 牌友',
    english: 'a game of mahjong',
    source: tuning('想找几个老伙计一块儿摸两把'),
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    // A newcomer who knows nobody yet: somewhere to meet people.
    chinese:
      '谁也不认识 一个人也不认识 不认识人 人生地不熟 刚搬来 新搬来 认识几个人 认识些人 交几个朋友 交个朋友 没个朋友',
    english: 'new here, know nobody, make friends',
    source: tuning('刚搬来这边，谁也不认识'),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // A bicycle or scooter taken: ridden or pushed off by someone, or simply gone from where it stood.
    chinese:
      '让人骑走 被人骑走 被骑走 让人推走 被人推走 自行车丢了 电动车丢了 车子丢了 自行车没了 电动车没了',
    english: 'bike stolen, bicycle stolen',
    source: tuning('停在楼下的自行车昨晚让人骑走了'),
  },
];

/**
 * The community's own places called by their short names, as residents ask where or when they
 * are open (round of batch 46): 卫生站 is the health station (卫生 alone reads as cleaning), the
 * centre itself is its one-stop hall's front desk.
 */
export const shortNameGrownTerms: readonly GrownTerms[] = [
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: '卫生站 社区卫生站 卫生服务站 社区门诊 社区诊所',
    english: 'health station, community clinic',
    source: 'resource: health-station (its name, shortened); tuning: 卫生站周末有大夫在吗',
  },
  {
    category: 'education-employment',
    group: 'benefits',
    chinese: '社区服务中心 服务中心 社区中心 你们中心 你们这中心 这个中心',
    english: 'community centre, service centre',
    source: 'resource: service-hall (its address); tuning: 你们这个中心都能办些什么事',
  },
];

/**
 * Meals told as cooking that cannot happen (round of batch 46): the cook is in hospital, the
 * hands shake, the resident never learnt. The canteens' meals answer it, whatever else the
 * story names (a spouse in hospital is why, not what is asked).
 */
export const noCookingGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'meals',
    chinese: '做不来饭 做不了饭 不会做饭 没法做饭 没人做饭 做不动饭',
    english: 'cannot cook, nobody cooks',
    source: `${general}; tuning: 老伴住院了，我一个人做不来饭，天天凑合`,
  },
];

/**
 * Idle, empty days told as a feeling (round of batch 46): company and somewhere to go answer
 * them. The set one sits in front of all day is no set to mend (circumstanceMedia.ts).
 */
export const emptyDaysGrownTerms: readonly GrownTerms[] = [
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese:
      '人都要发霉了 人都快发霉了 闷出病来 憋出病来 闷得发慌 闷死了 闷得难受 一点意思没有 一点意思都没有 没啥意思 挺没意思 没滋味 没滋没味 没人来看我 没人来看看',
    english: 'bored stiff, days are empty, nobody comes round',
    source: `${general}; tuning: 退休后天天对着电视，闷得发慌; 孩子们都忙，周末也没人来，日子过得没滋味`,
  },
];

/**
 * More states told instead of a service, from the 50th batch's tuning misses (written after the
 * 46th batch's round, to see whether it generalised): a home cold as an ice cellar, a parent who
 * calls people by the wrong names, a parent far away someone should knock on, a graduate idle at
 * home, being fit enough to care for others, things left to block the stairs, people climbing
 * the estate's wall, a cook afraid to cook.
 */
export const unsaidSecondGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'heating-gas',
    chinese: '冰窖 跟冰窖似的 像冰窖 屋里冰凉 家里冰凉 冻得睡不着 冻得伸不出手',
    english: 'freezing at home, cold as ice indoors',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 这都入冬了，家里还跟冰窖似的',
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    chinese: '叫错名字 叫成别人 认不出人 认不得人 不认人了 犯糊涂 越来越糊涂 转身就忘',
    english: 'does not know us any more, calls us by the wrong name',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 我妈老把儿子叫成别人的名字，白天家里没人',
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: '敲敲门 常去看看 去看看他 去看看她 一个人在老家 在老家一个人 替我去看看',
    english: 'someone to knock on his door, look in on my dad',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 我爸在老家一个人，我在这边工作，能不能有人常去敲敲门',
  },
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: '毕业了没工作 毕业一年 刚毕业 在家躺着 在家啃老 啃老 工作没着落',
    english: 'graduated and idle, no job after college',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 孩子毕业一年了还在家躺着',
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '还硬朗 身子骨硬朗 照顾别的老人 帮着照顾别人 帮帮别的老人 帮帮别人',
    english: 'fit enough to help other old people',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 我还硬朗，想帮着照顾照顾别的老人',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '挡道 堵道 占道 挡着路 堵着路',
    english: 'blocking the way',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 楼梯口堆着别人家的旧自行车和破家具，挡道',
  },
  {
    category: 'safety-emergency',
    group: 'patrol',
    chinese: '翻墙 翻墙进来 爬墙 爬墙进来 翻栏杆',
    english: 'climbing over the wall',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 小区后门晚上黑灯瞎火，老有人翻墙',
  },
  {
    category: 'basic-living',
    group: 'meals',
    chinese: '不敢做饭 饭都不敢做 饭也不敢做 做不成饭',
    english: 'afraid to cook',
    source:
      'general: what residents say of this state (round of batch 50); tuning: 眼睛看不清了，切菜老切到手，饭都不敢做',
  },
];

/** Every family of this round, in the order written. */
export const unsaidRoundGrownTerms: readonly GrownTerms[] = [
  ...unsaidGrownTerms,
  ...shortNameGrownTerms,
  ...noCookingGrownTerms,
  ...emptyDaysGrownTerms,
  ...unsaidSecondGrownTerms,
];
