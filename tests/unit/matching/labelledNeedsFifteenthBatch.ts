// A fifteenth batch, written after tuning on the fourteenth's tuning half and before any change
// made with it in view, so that its figures before tuning on it are the honest estimate of how the
// matcher does on needs it has never seen (issue 15). Everyday needs in fresh words, typos,
// Traditional, English, a few dangers and needs no community service answers. Split by the same
// fixed rule (splitByAlternation: in the order written, odd places tuning, even places held-out).
// Cases are never moved or reordered; new ones go in a new batch. None was copied from the
// held-out part.
import type { LabelledNeed } from './labelledNeeds.js';
import { c, danger, nothing, splitByAlternation } from './labelledNeedsKit.js';

const repair = ['repair-team'];
const gas = ['gas-heating-station'];
const meals = ['meals-xfl-south', 'meals-yangguang'];
const property = [
  'property-xfl-north',
  'property-xfl-south',
  'property-yangguang',
  'property-jinxiu',
];
const clinic = ['health-station', 'family-doctor-team'];
const hobby = ['interest-groups', 'elder-university'];
const games = ['activity-room-xfl-north', 'activity-room-heping'];
const fire = ['fire-station', 'heping-fire-wardens'];

const written: Omit<LabelledNeed, 'part'>[] = [
  c('L', '卫生间顶上往下渗黄水', repair),
  c('L', '马桶冲完水一直流个不停', repair),
  c('L', '插座松了，插头老掉', repair),
  c('L', '家里那台老冰箱不制冷了', ['handyman-volunteers']),
  c('L', '楼门口的声控灯坏了，晚上黑咕隆咚的', property),
  c('L', '我腿脚不利索，每天买菜做饭太费劲了', meals),
  c('L', '想订个每天中午送到家的饭', meals),
  c('L', '楼道里堆的旧家具能不能帮忙拉走', ['rubbish-team', 'fire-station']),
  c('L', '家里好久没彻底打扫了，想找个钟点阿姨', ['housekeeping-co']),
  c('L', '今年的暖气一直不太热', gas),
  c('H', '我妈血糖老是偏高，想让医生定期来看看', clinic),
  c('H', '这两天嗓子疼还咳嗽', ['health-station']),
  c('H', '老头子中风后在家躺着，需要人来打针换药', ['home-nursing']),
  c('H', '孩子在外地，我一个人去医院挂号都挂不明白', ['escort-volunteers']),
  c('H', '家里的胰岛素快用完了，能不能给送一支', ['pharmacy']),
  c('H', '自从退了休就整天心烦意乱的', ['counselling-room']),
  c('H', '我老伴有点老糊涂了，白天家里没人看着', ['day-care-centre']),
  c('H', 'my mum needs someone to check her blood sugar regularly', clinic),
  c('E', '我退休金这个月少发了二百', ['service-hall']),
  c('E', '想问问新农合转成城里的医保怎么弄', ['service-hall']),
  c('E', '家里困难，想问问能不能吃低保', ['service-hall']),
  c('E', '租房住的，孩子上学要居住证', ['service-hall']),
  c('E', '五十岁了，想找个看大门的活儿', ['employment-station']),
  c('E', '想学个电焊手艺', ['skills-school']),
  c('E', '孙子放了学没地方去，能不能在这写完作业再回家', ['homework-club', 'tutoring-volunteers']),
  c('E', '闺女英语跟不上，想找个大学生给补补', ['tutoring-volunteers', 'homework-club']),
  c('E', '不会用手机挂号，每次都得求人', ['smartphone-class']),
  c('E', '想在小区门口支个摊卖煎饼', ['startup-mentors']),
  c('S', '想找几个老伙计一块下下棋', games),
  c('S', '年轻时候爱唱歌，现在想找个合唱队', ['culture-centre']),
  c('S', '想学学拉二胡', hobby),
  c('S', '天天在家待着，一整天都没人说句话', ['companion-volunteers', 'counselling-room']),
  c('S', '我退休了身体还行，想去帮帮有需要的人', ['volunteer-station']),
  c('S', '想每天早上跟大伙儿一块打打太极', ['fitness-square-yangguang']),
  c('S', '想学用相机拍花花草草', hobby),
  c('X', '对门天天把垃圾袋放楼道里，臭得很', ['mediation-room', 'rubbish-team']),
  c('X', '楼上的小孩天天跑来跑去，咚咚的', ['mediation-room']),
  c('X', '最近小区里电动车老丢', ['police-room', 'patrol-volunteers']),
  c('X', '我妈有点糊涂，早上出门到现在还没回来', ['missing-search-team', 'police-room'], danger),
  c('X', '楼道里有人私拉电线给电瓶车充电', fire),
  c('L', '下水到堵了，一股臭味', repair),
  c('H', '想找家廷医生', ['family-doctor-team']),
  c('S', '想报名老年大雪', ['elder-university']),
  c('L', '暖氣片不熱，家裡好冷', gas),
  c('H', '我想找人陪我去醫院看病', ['escort-volunteers']),
  c('E', '想找份工作，請問有沒有招聘訊息', ['employment-station']),
  c('L', 'the toilet is blocked again', repair),
  c('S', 'is there a dance group for older people', ['culture-centre', 'fitness-square-yangguang']),
  c('E', 'i need help applying for my pension', ['service-hall']),
  c('H', 'i cannot sleep at night and feel anxious all the time', ['counselling-room']),
  c('L', '楼下菜市场几点开门', nothing),
  c('E', '去机场坐几号线地铁', nothing),
  c('S', '我家的狗狗走丢了，急死了', nothing),
  c('E', '有没有什么好的理财产品推荐', nothing),
  c('S', 'qwerasdf', nothing),
  c('H', '这周末天气怎么样，适合爬山吗', nothing),
  c('L', '想找人帮我抢演唱会的票', nothing),
  c('E', '大盘明天会涨吗', nothing),
  c('S', 'where is the nearest good restaurant', nothing),
  c('X', '想问问彩票怎么兑奖', nothing),
  c('L', '周末想去郊区玩，走哪条线路好', nothing),
  c('L', '家里燃气灶关了还有咝咝声，一股味', gas, danger),
  c('S', '我爸在活动室里突然说不出话，嘴也歪了', ['emergency-team'], danger),
  c('E', '有个自称银行的人让我把钱转到安全账户', ['police-room'], danger),
];

export const fifteenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
