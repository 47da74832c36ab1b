// The thirty-second batch: other tongues and spellings, second round, in all five journeys.
// Northern and north-eastern Mandarin (俺、咋整、啥、整、嘎哈、埋汰、贼冷), Sichuan and Chongqing
// (啥子、莫得、耍、巴适、遭了、屋头), Shanghainese-flavoured writing (阿拉、侬、伐), Hokkien and
// Taiwanese-flavoured Mandarin (阮、厝、頭路、揪), Traditional Chinese with Hong Kong and Taiwan
// words (搵、屋企、水喉、輔導), Chinese and English in one sentence, handwriting-input typos (a
// character that looks like the right one: 己/已, 末/未, 拔/拨, 侯/候) and pinyin-keyboard typos of
// speakers who merge l/n, h/f, z/zh and in/ing. The whole batch was written before the matcher
// was run on any of it; all of it is tuning (this round's batches leave the held-out part alone).
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  games,
  gas,
  hobby,
  meals,
  missing,
  nothing,
  police,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
const escort: readonly string[] = ['escort-volunteers'];
const pharmacy: readonly string[] = ['pharmacy', ...clinic];
const counselling: readonly string[] = ['counselling-room'];
const lonely: readonly string[] = [...companion, 'counselling-room'];
const lowMood: readonly string[] = ['counselling-room', ...companion];
const nursing: readonly string[] = ['home-nursing'];
const familyDoctor: readonly string[] = ['family-doctor-team', ...clinic];
const jobs: readonly string[] = ['employment-station'];
const skills: readonly string[] = ['skills-school', 'employment-station'];
const smartphone: readonly string[] = ['smartphone-class'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const tutoring: readonly string[] = ['tutoring-volunteers', 'homework-club'];
const startup: readonly string[] = ['startup-mentors'];
const mediation: readonly string[] = ['mediation-room'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const housekeeping: readonly string[] = ['housekeeping-co'];
const serviceHall: readonly string[] = ['service-hall'];
const singing: readonly string[] = ['culture-centre', 'interest-groups'];
const dancing: readonly string[] = [
  'culture-centre',
  'fitness-square-yangguang',
  'interest-groups',
];
const pastimes: readonly string[] = [...activityRooms, 'culture-centre', 'interest-groups'];
const repairOrProperty: readonly string[] = [...repair, ...property];
const drains: readonly string[] = [...repair, ...property];

const northern: readonly Unsplit[] = [
  c('L', '俺家水龙头坏了，哗哗往外淌水，咋整', repair),
  c('L', '厨房下水道堵了，埋汰死了，找谁给通一下', drains),
  c('L', '俺老伴走不动道了，想找个地儿吃口热乎饭', meals),
  c('L', '楼道里垃圾堆老高了，贼埋汰，也没人收', rubbish),
  c('L', '家里暖气片一点不热，贼冷，这可咋整啊', gas),
  c('L', '想找个人来家拾掇拾掇屋子，俺岁数大了干不动', housekeeping),
  c('L', '俺家电饭锅坏了，不知道上哪儿修', appliances),
  c('L', '俺想问问养老金咋还没到账呢', serviceHall),
  c('H', '俺这腰疼得直不起来，上哪儿瞅瞅去', clinic),
  c('H', '俺想整个家庭医生，这玩意儿咋签啊', familyDoctor),
  c('H', '降压药吃没了，上哪儿整点药去', pharmacy),
  c('H', '老头子瘫炕上了，想找人上门给换药', nursing),
  c('E', '俺儿子下岗了，想找个活儿干', jobs),
  c('E', '俺想学整手机，微信咋发语音整不明白', smartphone),
  c('E', '孩子放学没人管，有啥地方能待着写作业不', afterSchool),
  c('S', '俺一个人在家闷得慌，嘎哈都没劲', lonely),
  c('S', '想找个地儿唠唠嗑下下棋', games),
  c('S', '俺想学扭秧歌，哪旮旯有教的', dancing),
  c('S', '楼上那家天天半夜整得叮咣乱响，跟他唠也不听', mediation),
  d('L', '屋里一股煤气味儿，俺脑袋直发晕', gasDanger),
  d('X', '俺家老头摔地上起不来了，咋整啊', emergencyTeam),
  d('X', '俺家孩子整丢了，找半天没影儿', missing),
  c('L', '俺想整张火车票回老家', nothing),
  c('S', '明儿个天儿咋样啊，下不下雪', nothing),
  c('E', '俺想办个护照出国瞅瞅', nothing),
];

const sichuan: readonly Unsplit[] = [
  d('L', '屋头水管爆了，流得到处都是水，遭了', repair),
  c('L', '屋头莫得人煮饭，老汉儿想吃口热的', meals),
  c('L', '灶上点不燃火了，是啥子问题哦', gas),
  c('L', '垃圾好几天莫得人来收了，臭得很', rubbish),
  c('L', '想请个阿姨来屋头打扫一哈卫生', housekeeping),
  c('H', '我这两天脑壳痛，想去看一哈医生', clinic),
  c('H', '老汉儿要去医院复查，莫得人陪他', escort),
  c('H', '心头不巴适，老是睡不着，想找人摆一哈', lowMood),
  c('E', '我想学个手艺，好找个像样的工作', skills),
  c('E', '娃儿作业不会做，有莫得人辅导一哈', tutoring),
  c('E', '想自己开个小馆子，不晓得咋个弄', startup),
  c('S', '平时莫得啥子耍的，想找个地方耍一哈', pastimes),
  c('S', '想去跳坝坝舞，哪里有嘛', dancing),
  c('S', '想搓麻将，哪里有地方耍', games),
  c('S', '隔壁那家天天吵，烦得很，想找人评下理', mediation),
  d('X', '遭了，屋头冒烟了，好像是电线烧起来了', fire),
  d('H', '老汉儿在厕所头晕倒了，喊都喊不答应', emergencyTeam),
  d('X', '有人打电话说我娃儿出事了喊我转钱，是不是骗子哦', police),
  c('L', '想问下去成都的高铁票好多钱', nothing),
  c('S', '我屋头的猫儿跑了，找不到了', nothing),
];

const shanghai: readonly Unsplit[] = [
  c('L', '阿拉屋里厢水龙头漏水，侬好帮帮忙伐', repair),
  c('L', '阿拉老头子烧饭不方便，有送饭的伐', meals),
  c('H', '侬好，我想配点药，药房在啥地方', pharmacy),
  c('H', '阿拉姆妈腿脚不灵光，有人上门护理伐', nursing),
  c('E', '阿拉孙子放学没人接，有四点半课堂伐', afterSchool),
  c('E', '侬好，我想学用手机付钞票', smartphone),
  c('S', '阿拉想学写毛笔字，有班级伐', hobby),
  d('L', '阿拉屋里煤气漏了，闻到老大一股味道', gasDanger),
  c('S', '侬晓得今朝股票涨了伐', nothing),
];

const minnan: readonly Unsplit[] = [
  c('L', '阮厝的水管破去了，一直漏水', repair),
  c('L', '想叫人來厝裡幫忙打掃一下', housekeeping),
  c('H', '阿嬤最近身體不太好，想找醫生來厝裡看看', familyDoctor),
  c('H', '我這幾天齁，一直咳嗽，要去哪裡看', clinic),
  c('S', '阿公每天都一個人在家，很無聊捏', lonely),
  c('S', '有沒有人在揪團去唱卡拉OK的', pastimes),
  c('E', '我想要找一個頭路', jobs),
  d('X', '阮阿嬤在浴室跌倒了，爬不起來', emergencyTeam),
];

const traditional: readonly Unsplit[] = [
  c('H', '最近心情好差，好鬱悶，想搵人傾下偈', lowMood),
  c('H', '最近壓力好大，想找輔導員聊聊', counselling),
  d('L', '屋企嘅水喉爆咗，成地都係水', repair),
  c('L', '想搵人幫手送飯俾屋企老人', meals),
  c('L', '垃圾車好幾天都沒來收了', rubbish),
  c('L', '想問下長者生活津貼點樣申請', serviceHall),
  c('H', '想搵個姑娘上門幫阿爺洗傷口', nursing),
  c('H', '想打流感疫苗，去邊度打', clinic),
  c('E', '個仔讀書跟唔上，想搵人補習', tutoring),
  c('E', '想找社工輔導一下找工作的事', jobs),
  c('E', '我想報名學電腦打字', ['skills-school', 'elder-university', 'smartphone-class']),
  c('S', '想參加社區嘅合唱團', singing),
  d('X', '廚房著火啦，啲煙好大', fire),
  d('X', '有人撬咗我屋企門鎖，啲嘢唔見晒', police),
  d('S', '我阿媽唔見咗，佢有老人痴呆', missing),
  c('X', '想問下去機場嘅巴士幾點開', nothing),
];

const mixed: readonly Unsplit[] = [
  c('L', '我家的toilet堵了，flush不下去', repair),
  c('L', 'kitchen的gas灶打不着火', gas),
  c('H', '我妈需要一个doctor上门看看', ['family-doctor-team', 'home-nursing']),
  c('H', '最近很depressed，想找人talk一下', lowMood),
  c('E', '我想找个part-time的job', jobs),
  c('E', '孩子的homework没人帮忙看', afterSchool),
  c('S', '周末有什么activity可以参加吗', pastimes),
  d('X', '楼道里有smoke，好像着火了', fire),
  c('E', '我想buy a new phone，哪里便宜', nothing),
  c('H', '牙齿好痛，想找个dentist', nothing),
  c('H', 'I need to see a dentist, my teeth hurt', nothing),
  c('L', 'where can I buy a new phone', nothing),
];

const handwriting: readonly Unsplit[] = [
  c('L', '水管坏了己经两天了，没人来修', repair),
  c('L', '电视机坏了，己经看不了了', appliances),
  c('H', '病还末好，想让医生再看看', clinic),
  c('H', '看病要排队等侯半天，想找人陪着去', escort),
  c('S', '想拔个电话给志愿者，让他们来陪陪我', companion),
  c('E', '我儿子还末找到工作，想来问问', jobs),
  d('X', '老人晕倒了，己经叫不醒了', emergencyTeam),
  c('L', '想点个外麦，附近有啥好吃的', nothing),
  c('L', '外麦怎么还没送到', nothing),
];

const keyboard: readonly Unsplit[] = [
  c('L', '楼道的怒灯坏了，晚上黑乎乎的', repairOrProperty),
  c('H', '我老伴化烧三天了，一直不退', clinic),
  c('L', '想早个地方吃饭，自己做不动了', meals),
  c('S', '最近心琴不好，想找人聊聊', lowMood),
  c('S', '想报名脑年大学学画画', ['elder-university', 'interest-groups']),
  c('E', '想早份工作，有啥推荐的', jobs),
  c('H', '想找人陪我去医院看宾', escort),
  d('X', '脑人摔倒了，起不来', emergencyTeam),
  d('X', '铃居家里冒烟了，好像着火了', fire),
];

export const thirtySecondBatch = allTuning([
  ...northern,
  ...sichuan,
  ...shanghai,
  ...minnan,
  ...traditional,
  ...mixed,
  ...handwriting,
  ...keyboard,
]);
