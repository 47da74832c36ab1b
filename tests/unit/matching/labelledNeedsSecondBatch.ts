// A second batch of needs as residents say them, written in one sitting before the matcher was
// tuned on any of them, so the held-out figures rest on more than 81 cases. Unlike the first
// batch (split by hand, case by case), this batch is split by a fixed rule nobody can steer
// case by case: in the order written, the 1st, 3rd, 5th… case is tuning and the 2nd, 4th, 6th…
// is held-out (`splitByAlternation`). A case is never moved between parts; new cases go at the
// end of a new batch, not in the middle of this one (that would shift every later case's part).
import type { CategoryId } from '../../../contract/community.js';
import type { CasePart, LabelledNeed } from './labelledNeeds.js';

type Short = 'L' | 'H' | 'E' | 'S' | 'X';
const categoryOf: Record<Short, CategoryId> = {
  L: 'basic-living',
  H: 'health-medical',
  E: 'education-employment',
  S: 'social-cultural',
  X: 'safety-emergency',
};

type Unsplit = Omit<LabelledNeed, 'part'>;

function c(
  category: Short,
  description: string,
  accept: readonly string[],
  extra: Partial<Pick<LabelledNeed, 'needId' | 'gridId' | 'danger'>> = {},
): Unsplit {
  return { category: categoryOf[category], description, accept, ...extra };
}
const danger = { danger: true } as const;
const nothing: readonly string[] = [];

const repair = ['repair-team'];
const gas = ['gas-heating-station'];
const meals = ['meals-xfl-south', 'meals-yangguang'];
const rubbish = ['rubbish-team'];
const handyman = ['handyman-volunteers'];
const property = [
  'property-xfl-north',
  'property-xfl-south',
  'property-yangguang',
  'property-jinxiu',
];
const emergencyTeam = ['emergency-team'];
const police = ['police-room'];
const fire = ['fire-station', 'heping-fire-wardens'];
const flood = ['disaster-supplies'];
const companion = ['companion-volunteers'];
const activityRooms = ['activity-room-xfl-north', 'activity-room-heping'];
const calligraphyLike = ['elder-university', 'interest-groups'];
const missing = ['missing-search-team', 'police-room'];

const written: readonly Unsplit[] = [
  // 生活服务 basic living
  c('L', '暖气管子漏水了，地上湿了一片', ['repair-team', 'gas-heating-station']),
  c('L', '家里水压特别小，洗澡水都不够', repair),
  c('L', '厕所下水慢，老是返味', repair),
  c('L', '墙上的开关一按就冒火花', repair),
  c('L', '楼里电梯老是关人，太吓人了', property, { gridId: 'yangguang' }),
  c('L', '小区的路灯坏了好几个', property, { gridId: 'xfl-north' }),
  c('L', '家门口的垃圾桶满了没人倒', rubbish),
  c('L', '想扔个旧衣柜，一个人搬不动', rubbish),
  c('L', '暖气漏风不热，屋里才十几度', gas),
  c('L', '天然气灶点不着', gas),
  c('L', '热水器不出热水了', ['handyman-volunteers', 'gas-heating-station']),
  c('L', '空调坏了，夏天太热受不了', handyman),
  c('L', '电视没信号了，老人不会弄', handyman),
  c('L', '老两口吃饭成问题，能不能天天送个午饭', meals),
  c('L', '社区食堂几点开饭', meals),
  c('L', 'is there a canteen for old people nearby', meals),
  c('L', '想请个保洁阿姨每周来两次', ['housekeeping-co']),
  c('L', '家里太脏了，我自己打扫不动', ['housekeeping-co']),
  c('L', '灯泡坏了我够不着，能来个人换一下吗', ['handyman-volunteers', 'repair-team']),
  c('L', '水龙头拧不紧，哗哗流', repair),
  c('L', '我家停水了，是不是管子坏了', repair),
  c('L', '樓上漏水到我家天花板', repair),
  c('L', 'the lights in my flat keep going off', repair),
  c('L', 'the lift in our building is broken again', property, { gridId: 'jinxiu' }),
  c('L', 'my heating is not working', gas),
  c('L', '马桶漏水，一直哗哗响', repair),
  // 看病护理 health
  c('H', '我妈腿脚不方便，看病想有人陪着去', ['escort-volunteers']),
  c('H', '想给老人约个上门打针的', ['home-nursing']),
  c('H', '老头子刚做完手术，伤口要换药', ['home-nursing']),
  c('H', '最近老是失眠，心里烦', ['counselling-room']),
  c('H', '儿子走了以后我天天哭，走不出来', ['counselling-room', 'companion-volunteers']),
  c('H', '想测一下血糖', ['health-station']),
  c('H', '头疼发烧好几天了，想看看医生', ['health-station', 'family-doctor-team']),
  c('H', '嗓子疼咳嗽，社区能看吗', ['health-station']),
  c('H', '想办个家庭医生签约', ['family-doctor-team']),
  c('H', '降糖药没了，想去配点', ['pharmacy']),
  c('H', '能帮我买点感冒药送过来吗', ['pharmacy']),
  c('H', '我爸有点糊涂了，白天想找地方托管', ['day-care-centre']),
  c('H', '老伴中风后要做康复训练', ['home-nursing']),
  c('H', 'I need someone to take me to the hospital next week', ['escort-volunteers']),
  c('H', 'can I get my prescription delivered', ['pharmacy']),
  c('H', 'I cannot sleep and feel stressed', ['counselling-room']),
  c('H', '想量個血壓', ['health-station']),
  c('H', '糖尿病人想定期有医生来随访', ['family-doctor-team']),
  c('H', '医院的号挂不上，能帮忙吗', ['escort-volunteers']),
  c('H', '老人卧床了，想找个护工', ['home-nursing', 'day-care-centre']),
  // 学习就业 education and employment
  c('E', '我四十五了，还能找到工作吗', ['employment-station']),
  c('E', '厂子倒闭了，现在没活干', ['employment-station']),
  c('E', '想去参加招聘会', ['employment-station']),
  c('E', '面试总是不过，想找人指导', ['employment-station']),
  c('E', '想考个育婴师证', ['skills-school']),
  c('E', '想学做饭当厨师', ['skills-school']),
  c('E', '不会用手机付款，想学', ['smartphone-class']),
  c('E', '想学在手机上跟孙子视频', ['smartphone-class']),
  c('E', '孩子放学早，我们上班接不了', ['homework-club']),
  c('E', '小孩英语太差，能找大学生辅导吗', ['tutoring-volunteers']),
  c('E', '想开个早点铺，不知道怎么办证', ['startup-mentors']),
  c('E', '想申请养老补贴', ['service-hall']),
  c('E', '医保卡怎么办', ['service-hall']),
  c('E', '要开个居住证明', ['service-hall']),
  c('E', '想看看报纸杂志', ['community-library']),
  c('E', 'I need help writing my CV', ['employment-station']),
  c('E', 'how do I apply for unemployment benefit', ['service-hall', 'employment-station']),
  c('E', 'I want to learn a trade', ['skills-school']),
  c('E', '想學用微信', ['smartphone-class']),
  c('E', '退休了，退休工资一直没到账', ['service-hall']),
  // 文体活动 social and cultural
  c('S', '想跟人一起唱唱歌', ['culture-centre']),
  c('S', '小区有没有跳舞的队伍', ['culture-centre', 'fitness-square-yangguang']),
  c('S', '想学画国画', calligraphyLike),
  c('S', '想学拉二胡', calligraphyLike),
  c('S', '想找几个老哥们下下棋', activityRooms),
  c('S', '周末想打打扑克', activityRooms),
  c('S', '早上想去打打太极', ['fitness-square-yangguang']),
  c('S', '想打乒乓球，哪里有球台', ['fitness-square-yangguang']),
  c('S', '我一个人在家，儿女都在外地，没人说话', companion),
  c('S', '我妈独居，想请人定期去看看她', companion),
  c('S', '退休了想发挥余热做点公益', ['volunteer-station']),
  c('S', '想报个老年大学的摄影班', ['elder-university']),
  c('S', '重阳节社区有什么活动', ['culture-centre']),
  c('S', 'I would like to learn calligraphy', calligraphyLike),
  c('S', 'I want to volunteer at the community', ['volunteer-station']),
  c('S', 'is there a place to play chess', activityRooms),
  c('S', '想學跳廣場舞', ['culture-centre', 'fitness-square-yangguang']),
  c('S', '想养养花，有没有园艺小组', ['interest-groups']),
  // 安全应急 safety (not in danger now)
  c('X', '楼上的狗天天叫，吵得没法睡', ['mediation-room']),
  c('X', '邻居把东西堆在我家门口，说了不听', ['mediation-room', ...fire]),
  c('X', '楼道里停满了电动车，怕着火', fire),
  c('X', '想给家里配个灭火器', fire),
  c('X', '小区晚上没人巡逻，不安全', ['patrol-volunteers']),
  c('X', '最近楼里老丢东西', police),
  c('X', '我的自行车被偷了', police),
  c('X', '爷爷出去遛弯一直没回来，手机也打不通', missing),
  c('X', '我爸记性不好，想给他办个防走失手环', ['missing-search-team']),
  c('X', 'my neighbour plays loud music every night', ['mediation-room']),
  c('X', 'there are strangers hanging around the building at night', [
    'patrol-volunteers',
    'police-room',
  ]),
  c('X', '两家人为了漏水的事吵起来了', ['mediation-room']),
  // Danger, typed in any journey
  c('L', '我爸突然昏过去了', emergencyTeam, danger),
  c('H', '老太太在家摔倒了，头上流血', emergencyTeam, danger),
  c('E', '楼道里一股烧焦的味道，还冒黑烟', fire, danger),
  c('S', '厨房锅着火了', fire, danger),
  c('L', '燃气管子嘶嘶响，一股臭味', gas, danger),
  c('H', '家里煤气罐好像漏了', gas, danger),
  c('S', '老人喘不过气来，脸都紫了', emergencyTeam, danger),
  c('E', '我爸心口疼，满头大汗', emergencyTeam, danger),
  c('L', '有人在楼下砸车窗偷东西', police, danger),
  c('S', '有人打电话说我孙子出事了，让我打钱', police, danger),
  c('H', '电话里说我银行卡被冻结，要转到安全账户', police, danger),
  c('L', '暴雨把一楼淹了，水还在往上涨', flood, danger),
  c('E', 'my father collapsed and is not breathing properly', emergencyTeam, danger),
  c('S', 'I can smell gas in the kitchen', gas, danger),
  c('L', 'there is a fire in the building', fire, danger),
  c('H', 'someone is trying to break into my house', police, danger),
  c('S', '奶奶跌倒了，腿动不了', emergencyTeam, danger),
  c('L', '家裡有煤氣味', gas, danger),
  c('E', '阿姨突然晕了过去', emergencyTeam, danger),
  c('S', '老人摔跤了爬不起来', emergencyTeam, danger),
  c('H', '楼上着火了，烟都进我家了', fire, danger),
  c('L', '門被撬開了', police, danger),
  c('X', '接到个陌生电话说我医保卡出问题了，要我提供验证码', police, danger),
  c('X', '下暴雨地下室积水了，水越来越深', flood, danger),
  c('S', '有人晕道了', emergencyTeam, danger),
  c('L', '煤器味很重', gas, danger),
  c('H', '我老伴突然半边身子不能动了', emergencyTeam, danger),
  c('E', '有人拿刀在楼下追人', police, danger),
  // Nothing in the community fits: staff route these
  c('L', '想订个蛋糕', nothing),
  c('L', '手机话费怎么充', nothing),
  c('S', '附近有没有电影院', nothing),
  c('H', '想去整容', nothing),
  c('X', '想问问什么时候放假', nothing),
  c('E', '我想买基金', nothing),
  c('S', '想养只猫', nothing),
  c('H', 'where can I buy a lottery ticket', nothing),
  c('L', 'how much is a taxi to the airport', nothing),
  c('E', 'jjjjjj', nothing),
  c('S', '你好', nothing),
  c('X', '今天几号', nothing),
  c('L', '想卖二手房', nothing),
  c('H', '网购的衣服想退货', nothing),
  c('E', '我想出国留学', nothing),
  c('S', 'recommend a good hotel', nothing),
  c('X', '足球比赛几点开始', nothing),
  c('L', '想换个手机壳', nothing),
  c('H', '想去旅游，哪个旅行社好', nothing),
  c('E', '谢谢', nothing),
  c('S', '1234567', nothing),
  c('L', '想买个新冰箱，哪家便宜', nothing),
  c('X', '想办个护照', nothing),
  // Tapped needs, with and without words
  c('L', '', meals, { needId: 'meal-service' }),
  c('L', '一点都不热', gas, { needId: 'heating-gas' }),
  c('H', '', ['escort-volunteers'], { needId: 'hospital-escort' }),
  c('H', '想找个人聊聊', ['counselling-room'], { needId: 'counselling' }),
  c('E', '', ['smartphone-class'], { needId: 'smartphone-class' }),
  c('E', '想学电工', ['skills-school'], { needId: 'skills-training' }),
  c('S', '', ['volunteer-station'], { needId: 'volunteering' }),
  c('S', '想学书法', calligraphyLike, { needId: 'interest-groups' }),
  c('X', '', ['patrol-volunteers'], { needId: 'patrol' }),
  c('X', '楼道里堆了好多纸箱', fire, { needId: 'fire-hazard' }),
  c('X', '我家老人又走丢了', missing, { needId: 'missing-elder' }),
  c('L', '', property, { needId: 'property-repair', gridId: 'yangguang' }),
  c('X', '', emergencyTeam, { needId: 'someone-fell', ...danger }),
];

/** The 1st, 3rd, 5th… case written is tuning; the 2nd, 4th, 6th… held-out. */
export function splitByAlternation(cases: readonly Unsplit[]): LabelledNeed[] {
  return cases.map((unsplit, order) => {
    const part: CasePart = order % 2 === 0 ? 'tuning' : 'held-out';
    return { part, ...unsplit };
  });
}

export const secondBatch: readonly LabelledNeed[] = splitByAlternation(written);
