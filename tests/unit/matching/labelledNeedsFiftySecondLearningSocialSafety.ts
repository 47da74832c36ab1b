// The 52nd batch's cases under the learning, social and safety tiles, written by the helper
// `fresh`, who read only the demo resources' ids, names and categories (never their keyword or
// description lists, the matcher's code or word lists, or any other batch's wording but its own
// 48th). Each case is a need or situation of its own, none repeating the 48th's. Wholly held out:
// nobody tunes on it.
import {
  type Unsplit,
  activityRooms,
  c,
  calm,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  hobby,
  missing,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const er = emergencyTeam;
const jobs = ['employment-station'];
const school = ['skills-school'];
const phone = ['smartphone-class'];
const library = ['community-library'];
const mentors = ['startup-mentors'];
const groups = ['interest-groups'];
const culture = ['culture-centre'];
const volunteer = ['volunteer-station'];
const mediation = ['mediation-room'];
const patrol = ['patrol-volunteers'];

export const learningCases: readonly Unsplit[] = [
  c('E', '想学做面点，以后开个早点铺', [...school, ...mentors]),
  c('E', '考会计证有没有培训班', school),
  c('E', '腿有残疾，能找点啥活儿干', jobs),
  c('E', '我店里想招两个人，在哪儿发招工', jobs),
  c('E', '孩子大学毕业半年了还没工作，社区有招聘会吗', jobs),
  c('E', '手机上的字太小了，怎么调大点', phone),
  c('E', '怎么在手机上交水电费', phone),
  c('E', '想學用手機拍照片', phone),
  c('E', '外孙子英语差，想找个大学生给辅导辅导', ['tutoring-volunteers']),
  c('E', '孩子放暑假没人管，有托管的地方吗', ['homework-club', 'tutoring-volunteers']),
  c('E', '开网店要不要办营业执照', mentors),
  c('E', '想报个技能陪训，学点手艺', school),
  c('E', 'Can I borrow English books here?', library),
  c('E', '想考公务员，哪儿有辅导班', nothing),
  c('E', '想去夜大读个本科文凭', nothing),
  d('E', '在电脑班上课，楼里有股烧焦的味儿，烟越来越大', fire),
];

export const socialCases: readonly Unsplit[] = [
  c('S', '想学跳交谊舞，最好能找个舞伴', [...groups, ...culture]),
  c('S', '葫芦丝有人教吗', hobby),
  c('S', '想参加社区的老年模特队', [...groups, ...culture]),
  c('S', '重阳节想给老人们演个节目，找谁报名', culture),
  c('S', '和平里活动站有没有电视能看戏', ['activity-room-heping']),
  c('S', '北区活动室能打台球吗', ['activity-room-xfl-north']),
  c('S', '阳光花园健身广场晚上几点关灯', ['fitness-square-yangguang']),
  c('S', '我会修自行车，想免费给邻居们修修', volunteer),
  c('S', '老伴住院了，家里就剩我一个，能有人每天来瞅瞅我吗', companion),
  c('S', '志愿服务的时长在哪儿查', volunteer),
  c('S', '过年想学剪个窗花贴贴', hobby),
  c('S', '社区夏天还放露天电影吗', culture),
  c('S', '想借几本大字版的小说', library),
  c('S', '阿拉想学唱沪剧', [...groups, 'elder-university', ...culture]),
  c('S', '整天在家猫着，想出去找点乐子', [...culture, ...groups, ...activityRooms]),
  c('S', '想報名學拉二胡', hobby),
  c('S', "I'd like to volunteer teaching English to kids", [...volunteer, 'tutoring-volunteers']),
  c('S', '想买张回老家的火车票', nothing),
  c('S', '想买两只鹦鹉养着解闷', nothing),
  d('S', '广场上跳舞的大姐中暑晕倒了', er),
];

export const safetyCases: readonly Unsplit[] = [
  d('X', '楼道里有个人躺地上一动不动', er),
  d('X', '厨房着火了，我灭不了', fire),
  d('X', '老伴半夜出门遛弯到现在没回来，手机也没带', missing),
  d('X', '邻居家小孩爬到窗台外面去了，吓死人了', [...er, ...fire]),
  d('X', '有个男的一直跟着我，从菜市场跟到了楼下', police),
  d('X', '老房子墙上裂了大口子，屋顶直往下掉渣', [...er, ...property]),
  d('X', '电梯卡在半截，里头关着个老太太', [...er, ...property, ...fire]),
  d('X', '暴雨把楼后的土坡冲塌了，泥往楼里涌', [...flood, ...er]),
  d('X', '儿子喝醉了在家砸东西，说要打死我', police),
  d('X', 'my neighbour is beating his wife, I can hear screaming', police),
  d('X', '隔籬屋好大煙，好似火燭', fire),
  d('X', '煤氣管被人挖斷了，一直往外噴氣', [...gas, ...er, ...fire]),
  calm('X', '想给家里配个灭火毯', fire),
  calm('X', '最近老有陌生电话打来问我家住哪儿', police),
  calm('X', '防诈骗的讲座什么时候办', police),
  calm('X', '发了暴雨预警，住一楼要不要提前准备点啥', flood),
  c('X', '停车位老被人占，吵了好几回了', mediation),
  c('X', '邻居在楼道里养狗，狗屎也不收拾', [...mediation, ...property]),
  c('X', '租客欠了房租赖着不走，想找社区调解', mediation),
  c('X', '晚上小区门口总有一帮小年轻飙摩托', [...police, ...patrol]),
  c('X', '想请人查查家里电线有没有火灾隐患', [...fire, ...repair]),
  c('X', '黄手环坏了，能换个新的吗', ['missing-search-team']),
  c('X', '楼里住了好多群租的，进进出出都不认识', [...police, ...property]),
  c('X', '家里的应急灯坏了，社区发不发', ['disaster-supplies']),
  c('X', '想报名参加社区应急救援队', er),
  c('X', '想找调节室的人评评理', mediation),
  c('X', '想买份老年人意外险', nothing),
  c('X', '家里的老物件想找人鉴定值不值钱', nothing),
  c('X', '驾照扣分了怎么消', nothing),
];
