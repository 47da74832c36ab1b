// The 56th batch: about 100 needs written by the helper `fragments` as residents really type on a
// touchscreen or speak into it: keyword-only fragments of two to eight characters (修水管, 老人饭,
// 陪聊, 找活干, 门锁坏), voice input with no punctuation and filler words (那个就是我想问一下…),
// characters repeated or slipped by a fat finger (暖气不热热, 水笼头), English words mixed in
// (wifi, app, WeChat, taxi), days and times (周三下午, 明早8点) and half-sentences. Written from
// the demo resources' ids, names and keywords only (demo/community/), never from another batch.
// About one case in eight is nothing-fits (a taxi, a phone bill, a haircut, a car: things no
// community resource does), one in twelve a calm near miss, one in twenty danger now, some of it
// as short as 着火了. Labels are what a front-desk worker would accept first. Rule: allTuning, a
// batch written to tune the word data on; its figures before tuning are in its commit message.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  games,
  hobby,
  meals,
  missing,
  nothing,
  police,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const handyman = ['handyman-volunteers'];
const fixAtHome = ['handyman-volunteers', 'repair-team'];
const housekeeping = ['housekeeping-co'];
const nursing = ['home-nursing'];
const escort = ['escort-volunteers'];
const pharmacy = ['pharmacy'];
const counselling = ['counselling-room'];
const dayCare = ['day-care-centre'];
const familyDoctor = ['family-doctor-team'];
const jobs = ['employment-station'];
const skills = ['skills-school'];
const smartphone = ['smartphone-class'];
const homework = ['homework-club', 'tutoring-volunteers'];
const tutoring = ['tutoring-volunteers'];
const startup = ['startup-mentors'];
const serviceHall = ['service-hall'];
const library = ['community-library'];
const volunteering = ['volunteer-station'];
const culture = ['culture-centre'];
const fitness = ['fitness-square-yangguang'];
const elderUniversity = ['elder-university'];
const mediation = ['mediation-room'];
const patrol = ['patrol-volunteers', 'police-room'];

const living: Unsplit[] = [
  c('L', '修水管', repair),
  c('L', '水管漏', repair),
  c('L', '下水堵了', repair),
  c('L', '那个就是我想问一下那个我家那个厕所的水龙头它一直滴', repair),
  c('L', '水笼头滴滴滴', repair),
  c('L', '嗯那个我家那个灯啊它就是不亮了', repair),
  c('L', '又跳闸', repair),
  c('L', '插座没电了咋回事', repair),
  c('L', '门锁坏', handyman),
  c('L', '暖气不热', gas),
  c('L', '暖气不热热热', gas),
  c('L', '暖器冰凉', gas),
  c('L', '就是那个暖气片啊摸着一点都不热呢', gas),
  c('L', '燃气灶打不着', gas),
  c('L', '老人饭', meals),
  c('L', '送饭上门', meals),
  c('L', '中午饭哪吃', meals),
  c('L', '明天中午订个饭', meals),
  c('L', '食堂几点开饭啊', meals),
  c('L', '扔旧沙发', rubbish),
  c('L', '大件垃圾咋扔', rubbish),
  c('L', '垃圾没人收', rubbish),
  c('L', '电梯坏', property),
  c('L', '电梯又停了那个电梯', property),
  c('L', '楼道灯', property),
  c('L', '门禁卡刷不开', property),
  c('L', '打扫卫生', housekeeping),
  c('L', '周六擦玻璃', housekeeping),
  c('L', '找钟点工', housekeeping),
  c('L', '洗衣机不转', handyman),
  c('L', '电视没信号那个电视', handyman),
  c('L', '换个灯泡够不着', fixAtHome),
  c('L', 'wifi没网', nothing),
  c('L', '交电话费', nothing),
  c('L', '修电动车', nothing),
  calm('L', '煤气费哪交呀', gas),
];

const health: Unsplit[] = [
  c('H', '打针', nursing),
  c('H', '上门打针', nursing),
  c('H', '换药换药', nursing),
  c('H', '量量血压', clinic),
  c('H', '血压高', clinic),
  c('H', '测个血糖周五', clinic),
  c('H', '周三下午体检', clinic),
  c('H', '明早8点抽血', clinic),
  c('H', '买药', pharmacy),
  c('H', '送药上门吗', pharmacy),
  c('H', '陪我去医院', escort),
  c('H', '陪诊', escort),
  c('H', '老睡不着', counselling),
  c('H', '心里烦得很', counselling),
  c('H', '家庭医生', familyDoctor),
  c('H', '老伴糊涂了白天没人看', dayCare),
  c('H', '嗯那个我就是最近老是睡不着觉想找个人说说', [...counselling, ...companion]),
  c('H', '腿摔过想做康复', nursing),
  c('H', '配眼镜', nothing),
  c('H', '镶牙', nothing),
  calm('H', '救命药吃完了', pharmacy),
  calm('H', '晕车药', pharmacy),
  calm('H', '昨天晕了一下今天好了想查查', clinic),
];

const learning: Unsplit[] = [
  c('E', '找活干', jobs),
  c('E', '找份工', jobs),
  c('E', '写简历', jobs),
  c('E', '失业了', jobs),
  c('E', '学电工', skills),
  c('E', '考个证', skills),
  c('E', '微信不会用', smartphone),
  c('E', 'WeChat视频', smartphone),
  c('E', '手机扫码付钱', smartphone),
  c('E', '学用app', smartphone),
  c('E', '孙子写作业', homework),
  c('E', '补课', tutoring),
  c('E', '开店', startup),
  c('E', '营业执照', startup),
  c('E', '社保卡丢了', serviceHall),
  c('E', '办低保', serviceHall),
  c('E', '医保报销', serviceHall),
  c('E', '开证明', serviceHall),
  c('E', '叫taxi', nothing),
  c('E', '买火车票', nothing),
];

const social: Unsplit[] = [
  c('S', '陪聊天', companion),
  c('S', '没人说话', companion),
  c('S', '下象棋', games),
  c('S', '打麻将三缺一', games),
  c('S', '棋牌室', activityRooms),
  c('S', '广场舞', [...culture, ...fitness]),
  c('S', '太极拳', fitness),
  c('S', '学书法', hobby),
  c('S', '老年大学报名', elderUniversity),
  c('S', '借书', library),
  c('S', '看报纸', library),
  c('S', '当志愿者', volunteering),
  c('S', '合唱团', culture),
  c('S', '理个发', nothing),
  c('S', '遛狗', nothing),
  c('S', '彩票', nothing),
];

const safety: Unsplit[] = [
  c('X', '邻居吵', mediation),
  c('X', '楼上太吵了晚上', mediation),
  c('X', '楼道堆东西', fire),
  c('X', '巡逻', patrol),
  c('X', '沙袋', flood),
  c('X', '被骗钱了', police),
  calm('X', '灭火器过期', fire),
  calm('X', '消防演习啥时候', fire),
  calm('X', '去年我妈走丢过买个黄手环', missing),
  d('X', '着火了', fire),
  d('X', '有人晕倒', emergencyTeam),
  d('X', '煤气味好重', gas),
  d('X', '老头摔了起不来', emergencyTeam),
  d('X', '救命有人撬门', police),
  c('X', '天气预报', nothing),
];

export const fiftySixthBatch: LabelledNeed[] = allTuning([
  ...living,
  ...health,
  ...learning,
  ...social,
  ...safety,
]);
