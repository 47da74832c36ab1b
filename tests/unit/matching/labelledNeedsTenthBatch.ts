// A tenth batch, all of it TUNING, written before the matcher saw it: everyday needs in words
// none of the lists holds (the held-out part's figures showed such needs sent to staff too
// often), a few calm stories holding a danger word, and needs nothing fits. To keep the held-out
// part above a third of all cases, the eighth batch's dangers that dangerPhrases.ts also lists
// (and so are still tested there) were taken out of the eighth batch to make room. Two drafts an
// earlier batch already held word for word were taken out unread.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  activityRooms,
  allTuning,
  c,
  fire,
  flood,
  gas,
  meals,
  nothing,
  property,
  repair,
} from './labelledNeedsKit.js';

const tutoring = ['tutoring-volunteers', 'homework-club'];
const doctor = ['health-station', 'family-doctor-team'];

export const tenthBatch: readonly LabelledNeed[] = allTuning([
  c('L', '屋顶滴答滴答往下掉水', repair),
  c('L', '卫生间的管子呲水', repair),
  c('L', '厨房的下水反上来了', repair),
  c('L', '家里保险丝烧了', repair),
  c('L', '电闸老往下掉', repair),
  c('L', '门口那个大垃圾桶满了没人收', ['rubbish-team']),
  c('L', '家里的破床垫怎么处理', ['rubbish-team']),
  c('L', '老人牙口不好，想吃口软和的热饭', meals),
  c('L', '中午能给送个盒饭吗', meals),
  c('L', '屋里冷得跟冰窖似的', gas),
  c('L', '家里的窗户玻璃脏得看不清', ['housekeeping-co']),
  c('L', '油烟机油乎乎的想找人清洗', ['housekeeping-co']),
  c('L', '楼下大门的锁坏了关不上', property),
  c('L', '电梯里的灯不亮', property),
  c('H', '这两天血压蹭蹭往上涨', doctor),
  c('H', '想让大夫上家里来瞧瞧', ['family-doctor-team']),
  c('H', '膝盖疼了好多年，想找大夫看看', doctor),
  c('H', '我爸脑子有点不清楚了，总忘事', ['day-care-centre', 'family-doctor-team']),
  c('H', '出院了伤口还得有人弄', ['home-nursing']),
  c('H', '心里堵得慌，老想哭', ['counselling-room']),
  c('H', '整宿整宿睡不踏实', ['counselling-room']),
  c('H', '一个人去医院怕找不着地方', ['escort-volunteers']),
  c('H', '眼药水用完了', ['pharmacy']),
  c('H', '胰岛素快没了', ['pharmacy']),
  c('E', '想找个活干，钟点的也行', ['employment-station']),
  c('E', '厂子倒闭了，没收入了', ['service-hall', 'employment-station']),
  c('E', '想学门手艺', ['skills-school']),
  c('E', '想学按摩推拿挣点钱', ['skills-school']),
  c('E', '孩子功课落下了', tutoring),
  c('E', '放了学孩子没地方去', ['homework-club']),
  c('E', '手机上的健康码弄不出来', ['smartphone-class']),
  c('E', '想学网上买东西', ['smartphone-class']),
  c('E', '想摆个摊卖煎饼', ['startup-mentors']),
  c('E', '残疾补助怎么申请', ['service-hall']),
  c('S', '想找几个老伙计打打扑克', activityRooms),
  c('S', '有没有唱歌的队伍', ['culture-centre']),
  c('S', '平时想出来活动活动筋骨', ['fitness-square-yangguang']),
  c('S', '想找人唠唠嗑', ['companion-volunteers']),
  c('S', '想给社区出点力', ['volunteer-station']),
  c('S', '有没有什么报纸可以看', ['community-library']),
  c('X', '隔壁天天半夜剁肉，咚咚响', ['mediation-room']),
  c('X', '地下车库好多人私拉电线给车充电', fire),
  c('X', '晚上回家那段路太黑，老有人跟着', ['patrol-volunteers', 'police-room']),
  c('X', '我妈老忘事，怕她出门回不来', ['missing-search-team']),
  c('X', '汛期快到了，想要点防汛的东西', flood),
  c('S', '想找个算命的', nothing),
  c('E', '我家电脑中病毒了', nothing),
  c('L', '能帮我把这封信寄出去吗', nothing),
  c('S', '我想学游泳，附近有泳池吗', nothing),
  c('L', '哪里能洗车', nothing),
  c('S', '头发长了想理发', nothing),
]);
