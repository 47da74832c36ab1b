// An eighth batch, all of it TUNING: the tuning part of the first seven batches was answered
// almost perfectly (99 %) while the held-out part was not (82 %), so it no longer showed what to
// change. These needs were written fresh, as residents say them, before the matcher saw them:
// every danger kind of issue 15 (fainting, falls, gas, fire, smoke, chest pain, break-in, fraud
// in progress, flooding, violence) in Simplified and Traditional Chinese and English, with pinyin
// typos; needs no community service does; and everyday needs in words the lists may lack. None
// was copied from, or written after reading, the held-out part. No case moves between parts: the
// held-out part is unchanged and every case here is tuning. Six first drafts that an earlier
// batch already held word for word were taken out unread, so no held-out case is repeated here.
// Later, its dangers that dangerPhrases.ts also lists (so a miss still fails a test) were taken
// out to make room for the tenth batch while the held-out part stays above a third of all cases.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  activityRooms,
  allTuning,
  c,
  danger,
  emergencyTeam,
  fire,
  flood,
  gas,
  meals,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const worry = ['counselling-room', 'companion-volunteers'];

export const eighthBatch: readonly LabelledNeed[] = allTuning([
  // Someone collapsed, or in medical danger now
  c('S', '我妈在菜市场突然晕了，叫她没反应', emergencyTeam, danger),
  c('H', '我爸突然眼前一黑就倒下了', emergencyTeam, danger),
  c('L', '奶奶昏倒在厕所里', emergencyTeam, danger),
  c('E', '我老公昏谜了叫不起来', emergencyTeam, danger),
  c('L', '老人被鱼刺卡住了，喘不过来', emergencyTeam, danger),
  c('E', '我老婆心脏病发作了', emergencyTeam, danger),
  c('S', '我爸爸突然昏倒，沒有意識', emergencyTeam, danger),
  c('L', '手被割了个大口子，血哗哗地流', emergencyTeam, danger),
  // A fall
  c('S', '我妈从椅子上掉下来了，腿动不了', emergencyTeam, danger),
  c('H', '爷爷在小区里跌了一跤，头磕破了', emergencyTeam, danger),
  c('L', '老人摔地上了，爬不起來', emergencyTeam, danger),
  c('S', '阿嬤在浴室跌倒，起不來', emergencyTeam, danger),
  c('L', '老人摔跤了，腰疼得起不来', emergencyTeam, danger),
  c('H', 'my mother slipped in the bathroom and can not get up', emergencyTeam, danger),
  // Gas, and coal-stove fumes
  c('L', '厨房里煤气味儿好冲', gas, danger),
  c('S', '一进门就闻到燃气的臭味', gas, danger),
  c('E', '楼道里有股天然气味道', gas, danger),
  c('L', '家裡瓦斯味很重', gas, danger),
  c('H', '廚房瓦斯外洩了', gas, danger),
  c('S', 'gas is leaking from the stove', gas, danger),
  c('E', 'there is a strong smell of gas in the stairwell', gas, danger),
  c('H', '用炭火取暖，一家人晕乎乎的想吐', [...emergencyTeam, ...gas], danger),
  // Fire and smoke
  c('S', '楼上着火了，火很大', fire, danger),
  c('X', '垃圾桶烧起来了', fire, danger),
  c('L', '插座冒火花还有焦味', fire, danger),
  c('S', '樓下起火了', fire, danger),
  c('S', 'the flat upstairs is on fire', fire, danger),
  c('L', 'my kitchen caught fire', fire, danger),
  // A break-in
  c('S', '家裡遭小偷了', police, danger),
  c('L', 'my front door has been forced open', police, danger),
  // Fraud in progress
  c('L', '有人打电话说我孙子出车祸了，让我赶紧打钱', police, danger),
  c('H', 'someone is scamming my dad right now, he is about to send money', police, danger),
  // Flooding
  c('H', '院子里的水漫到门口要进屋了', flood, danger),
  c('L', '家裡進水了，水越來越高', flood, danger),
  c('S', 'the basement is flooding after the storm', flood, danger),
  // Violence
  c('S', '我老公喝醉了在家打我', police, danger),
  // Nothing in the community fits: staff route these
  c('S', '想问一下明天会不会下雨', nothing),
  c('L', '哪里能买到便宜的鸡蛋', nothing),
  c('L', '我想给孙子买个生日蛋糕', nothing),
  c('H', '我家猫三天没吃东西了', nothing),
  c('E', '高铁票怎么退', nothing),
  c('E', '想办个护照去看女儿', nothing),
  c('S', '我想换个发型', nothing),
  c('L', 'what time does the supermarket close', nothing),
  c('X', 'my cat is missing', nothing),
  c('X', '狗丢了好几天了', nothing),
  c('S', '想找个地方钓鱼', nothing),
  c('L', '附近有没有好吃的饭馆', nothing),
  c('S', '想订一个酒店', nothing),
  c('S', '啊啊啊啊啊', nothing),
  c('E', 'qwerty asdf', nothing),
  c('S', '我想养只鹦鹉', nothing),
  c('E', '怎么买彩票', nothing),
  c('L', '快递一直没到', nothing),
  c('E', '机票改签怎么弄', nothing),
  c('S', 'i want to book a holiday to thailand', nothing),
  c('E', '我想買火車票', nothing),
  c('X', '我家的狗狗走丟了', nothing),
  c('E', '哪里可以换外币', nothing),
  // Everyday needs, in words residents use
  c('L', '暖气片冰凉冰凉的', gas),
  c('L', '屋里暖气一点都不热乎', gas),
  c('L', '厨房水龙头关不紧，一直滴答', repair),
  c('L', '马桶堵死了冲不下去', repair),
  c('L', '家里突然没电了，别家都有电', repair),
  c('L', '楼道的灯坏了好几天', property),
  c('L', '电梯又停了，老人下不了楼', property),
  c('L', '旧沙发想扔掉，太大了搬不动', ['rubbish-team']),
  c('L', '想请个阿姨每周来打扫一次', ['housekeeping-co']),
  c('L', '我一个人住，做饭不方便，想订午饭', meals),
  c('H', '老伴走了以后，心里空落落的', worry),
  c('H', '晚上老是睡不着觉', ['counselling-room']),
  c('H', '想签个家庭医生，方便上门', ['family-doctor-team']),
  c('H', '腿脚不好，去医院挂号没人陪', ['escort-volunteers']),
  c('H', '血糖高，想定期测一测', ['health-station', 'family-doctor-team']),
  c('H', '行动不便，药吃完了能不能送过来', ['pharmacy']),
  c('H', '卧床的老人伤口要换药', ['home-nursing']),
  c('H', '白天家里没人，想把老妈送去托老', ['day-care-centre']),
  c('E', '想找份保安的活儿', ['employment-station']),
  c('E', '下岗了，失业金怎么领', ['service-hall', 'employment-station']),
  c('E', '想学个育婴师证', ['skills-school']),
  c('E', '孩子数学跟不上，想找人补补', ['tutoring-volunteers', 'homework-club']),
  c('E', '放学后孩子没人看', ['homework-club']),
  c('E', '不会用微信发语音', ['smartphone-class']),
  c('E', '想自己开个小饭馆', ['startup-mentors']),
  c('E', '开个低保证明去哪办', ['service-hall']),
  c('S', '想借几本养生的书看', ['community-library']),
  c('S', '想跟大家一起唱歌', ['culture-centre']),
  c('S', '有没有打太极的地方', ['fitness-square-yangguang']),
  c('S', '想找人下象棋', activityRooms),
  c('S', '一个人在家闷，想有人来说说话', ['companion-volunteers']),
  c('S', '退休了想做点公益', ['volunteer-station']),
  c('S', '想报名老年大学的画画班', ['elder-university']),
  c('X', '楼上天天晚上蹦迪似的，吵死了', ['mediation-room']),
  c('X', '邻居把杂物堆在楼道里', fire),
  c('X', '我爸有点糊涂，老怕他出门找不到家', ['missing-search-team']),
  c('X', '家里想备点应急的东西，手电筒什么的', flood),
  c('L', 'the heating in my flat is not working', gas),
  c('L', 'my toilet is blocked', repair),
  c('H', 'i need someone to walk with me to the hospital', ['escort-volunteers']),
  c('E', 'looking for a part time job', ['employment-station']),
  c('X', 'the neighbours are very noisy at night', ['mediation-room']),
  c('H', 'can someone deliver my medicine', ['pharmacy']),
  c('H', 'i feel lonely since my wife died', worry),
  c('E', '想學用智慧型手機', ['smartphone-class']),
  c('S', '想找志工的工作', ['volunteer-station']),
  // Calm needs holding a danger word: no emergency offer
  c('H', '我爸去年摔了一跤，现在想做康复', ['home-nursing']),
  c('L', '煤气费在哪交', gas),
  c('L', '燃气灶点不着火', gas),
  c('H', '家里老人有高血压，想定期量量', ['health-station', 'family-doctor-team']),
]);
