// The twenty-fifth batch: where "nothing fits" is decided. Needs outside every community service
// that share words with community needs (a bank card, a far hospital and the bus to it, a phone
// bill, a lost cat, the weather, a grandchild's university, a visa, a tax, a shop's refund, a
// pension owed by a former employer, a lawsuit, buying a flat, greetings and gibberish), and
// in-scope needs told in words that look out of scope or vague (a pet's noise, the weather
// before a storm, a train ticket bought on the phone, a social-security card lost), in all five
// journeys, as elderly residents type them. Written whole before the matcher was run on any of
// it; all tuning (allTuning), so this round's held-out part stays untouched.
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  calm,
  clinic,
  companion,
  fire,
  flood,
  games,
  gas,
  hobby,
  meals,
  nothing,
  police,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const serviceHall: readonly string[] = ['service-hall'];
const mediation: readonly string[] = ['mediation-room'];
const handyman: readonly string[] = ['handyman-volunteers'];
const housekeeping: readonly string[] = ['housekeeping-co'];
const homeDoctor: readonly string[] = ['family-doctor-team', 'home-nursing'];
const escort: readonly string[] = ['escort-volunteers'];
const onlineBooking: readonly string[] = ['smartphone-class', 'escort-volunteers'];
const counselling: readonly string[] = ['counselling-room', 'companion-volunteers'];
const medicine: readonly string[] = ['pharmacy', 'family-doctor-team'];
const nursing: readonly string[] = ['home-nursing'];
const dayCare: readonly string[] = ['day-care-centre'];
const afterSchool: readonly string[] = ['homework-club'];
const tutoring: readonly string[] = ['tutoring-volunteers'];
const smartphone: readonly string[] = ['smartphone-class'];
const jobs: readonly string[] = ['employment-station'];
const startup: readonly string[] = ['startup-mentors'];
const skills: readonly string[] = ['skills-school'];
const unemployment: readonly string[] = ['service-hall', 'employment-station'];
const library: readonly string[] = ['community-library'];
const gardening: readonly string[] = ['interest-groups'];
const chatting: readonly string[] = [...companion, ...activityRooms];
const singing: readonly string[] = ['culture-centre', 'elder-university'];
const volunteering: readonly string[] = ['volunteer-station'];
const taiChi: readonly string[] = ['fitness-square-yangguang'];
const festival: readonly string[] = ['culture-centre'];
const strangers: readonly string[] = [...police, 'patrol-volunteers'];
const wristband: readonly string[] = ['missing-search-team'];

const livingNothing: readonly Unsplit[] = [
  c('L', '银行卡密码输错三次被锁了，咋整', nothing),
  c('L', '这个月手机话费扣了两百多，我都没打几个电话', nothing),
  c('L', '网上买的棉鞋不合脚，商家不给退', nothing),
  c('L', '想给儿子在城里买套房，首付得多少钱', nothing),
  c('L', '家里的宽带老掉线，打客服也没人管', nothing),
  c('L', '小区外面那条马路挖了半年还没修好', nothing),
  c('L', '热水器不好使了，想换个新的，什么牌子好', nothing),
  c('L', '超市买的牛奶过期了，找谁说理去', nothing),
  c('L', '快递驿站找不到我的包裹了', nothing),
  c('L', '自家的旧车想处理掉，二手车怎么卖', nothing),
  c('L', '明天降温不，要不要穿棉袄', nothing),
];

const healthNothing: readonly Unsplit[] = [
  c('H', '去天坛医院坐几路车', nothing),
  c('H', '上海哪个医院看肿瘤最好', nothing),
  c('H', '住院押金交多了，出院的时候怎么退', nothing),
  c('H', '孙子要出国读书，出国体检去哪做', nothing),
  c('H', '老花镜腿断了，哪里配眼镜便宜', nothing),
  c('H', '助听器哪个牌子好用', nothing),
  c('H', '家里狗狗拉肚子，附近有没有宠物医院', nothing),
  c('H', '想买份重疾险，哪家保险公司靠谱', nothing),
  c('H', '医院的停车费也太贵了', nothing),
  c('H', '想在网上给我妈买个轮椅', nothing),
  c('H', '协和医院周六上不上班', nothing),
];

const educationNothing: readonly Unsplit[] = [
  c('E', '孙子高考考了580分，能上哪个大学', nothing),
  c('E', '外孙女想考研，哪个学校好考', nothing),
  c('E', '儿子要去日本出差，签证怎么弄', nothing),
  c('E', '个人所得税怎么算的，我的工资扣了好多', nothing),
  c('E', '老单位欠我两年的退休金不给，想告他们', nothing),
  c('E', '驾照快到期了，去哪换', nothing),
  c('E', '孙子想考公务员，去哪报名', nothing),
  c('E', '英语四级考试什么时候报名', nothing),
  c('E', '大学学费太贵了，助学贷款怎么贷', nothing),
  c('E', '女儿在国外留学，怎么给她寄吃的', nothing),
  c('E', '孩子学校的校服去哪买', nothing),
];

const socialNothing: readonly Unsplit[] = [
  c('S', '你好啊，小屏幕', nothing),
  c('S', '在吗在吗，有人没', nothing),
  c('S', '今天天气真好啊', nothing),
  c('S', '周末想带孙子去动物园，门票多少钱', nothing),
  c('S', '广场舞用的音箱哪里买', nothing),
  c('S', '想报个旅行团去海南过冬', nothing),
  c('S', '春节联欢晚会几点开始', nothing),
  c('S', '女儿结婚想订个酒店办酒席', nothing),
  c('S', '哈哈哈哈哈', nothing),
  c('S', '想找找几十年没联系的老同学', nothing),
  c('S', '谢谢你啊', nothing),
];

const safetyNothing: readonly Unsplit[] = [
  c('X', '我家小黄猫跑丢好几天了', nothing),
  c('X', '电动车停路边被贴了罚单', nothing),
  c('X', '儿子离婚要打官司，请律师得多少钱', nothing),
  c('X', '小区门口的红绿灯坏了', nothing),
  c('X', '这两天会不会刮大风', nothing),
  c('X', '高铁上落了个包，失物招领电话多少', nothing),
  c('X', 'sdfghjkl', nothing),
  c('X', '想买个保险柜放家里，哪里有卖', nothing),
  c('X', '邻居家的鹦鹉飞到我家阳台上了', nothing),
  c('X', '小区里有只流浪狗，挺可怜的', nothing),
  c('X', '银行的理财产品亏了，能找银行赔吗', nothing),
];

// In scope, told in words that look like the needs above, or vague.
const livingInScope: readonly Unsplit[] = [
  calm('L', '外卖小哥把电动车推进楼道充电，怕着火', fire),
  c('L', '楼上养的狗半夜老叫，吵得睡不着', mediation),
  c('L', '社保卡丢了，里面还有钱，要补办', serviceHall),
  c('L', '家里电视没信号了，孩子不在家，不会弄', handyman),
  c('L', '暖气片冰凉的，这天太冷了', gas),
  c('L', '物业费又涨了，想问问怎么回事', property),
  c('L', '想找个阿姨白天来做做饭打扫打扫', housekeeping),
  c('L', '搬家剩下一堆旧柜子不知道扔哪', rubbish),
  c('L', '水表那块一直在滴水', repair),
  c('L', '老两口做饭费劲，想有个地方吃口热乎的', meals),
];

const healthInScope: readonly Unsplit[] = [
  c('H', '医院太远了，坐车要倒两趟，腿脚不方便，能不能让医生到家里来', homeDoctor),
  c('H', '去大医院复查没人陪，孩子都在外地', escort),
  c('H', '不会用手机在网上挂号', onlineBooking),
  c('H', '异地医保怎么报销，我户口在老家', serviceHall),
  c('H', '老伴走了以后晚上老睡不着，心里堵得慌', counselling),
  c('H', '血压计不准了，想找地方量量血压', clinic),
  c('H', '降压药快吃完了，天冷不想出门', medicine),
  c('H', '我妈卧床好几年了，身上长了褥疮', nursing),
  c('H', '医生让我每天打胰岛素，自己不会打', nursing),
  c('H', '老爷子记性越来越差，白天家里没人看着', dayCare),
];

const educationInScope: readonly Unsplit[] = [
  c('E', '孙子放学早，我们都上班，没人接', afterSchool),
  c('E', '孙女英语考试老不及格', tutoring),
  c('E', '想学用手机跟在国外的孙子视频', smartphone),
  c('E', '想在手机上看天气预报，不会弄', smartphone),
  c('E', '教我用手机买火车票', smartphone),
  c('E', '五十多了，厂子倒闭了，还能找到活干吗', jobs),
  c('E', '想开个早点铺，营业执照怎么办', startup),
  c('E', '想考个养老护理的证', skills),
  c('E', '失业了每个月能领点钱吗', unemployment),
  c('E', '退休金以外还有没有高龄补贴', serviceHall),
  c('E', '想借本书看看，有没有讲养花的', library),
];

const socialInScope: readonly Unsplit[] = [
  c('S', '出去旅游想拍得好看点，有没有教摄影的', hobby),
  c('S', '阳台上的花老是养不活', gardening),
  c('S', '一个人在家闷得慌，想找人唠唠嗑', chatting),
  c('S', '想学几首老歌，跟大家一起唱', singing),
  c('S', '退休了闲不住，想做点公益', volunteering),
  c('S', '想找几个老伙计打打麻将', games),
  c('S', '每天早上想找个地方打打太极', taiChi),
  c('S', '重阳节社区有啥活动', festival),
];

const safetyInScope: readonly Unsplit[] = [
  calm('X', '天气预报说这两天有大暴雨，想领点沙袋', flood),
  calm('X', '接到电话说我银行卡被冻结了，让我转钱，我没转，是不是骗子', police),
  c('X', '有个陌生人老在楼下转悠，看着不像好人', strangers),
  calm('X', '楼道里堆满了纸箱子，怕着火', fire),
  c('X', '隔壁装修天天砸墙，吵死了', mediation),
  c('X', '老头有点糊涂，怕他出门找不回来，听说有个手环', wristband),
  c('X', '家里的灭火器过期了', fire),
  c('X', '地震了该往哪跑，想学学', flood),
];

export const twentyFifthBatch = allTuning([
  ...livingNothing,
  ...healthNothing,
  ...educationNothing,
  ...socialNothing,
  ...safetyNothing,
  ...livingInScope,
  ...healthInScope,
  ...educationInScope,
  ...socialInScope,
  ...safetyInScope,
]);
