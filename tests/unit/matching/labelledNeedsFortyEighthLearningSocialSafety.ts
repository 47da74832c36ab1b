// The 48th batch's cases under the learning, social and safety tiles, written by the helper
// `fresh`, who read only the demo resources' ids, names and categories (never their keyword or
// description lists, the matcher's code or word lists, or any other batch's wording). Each case
// is a different need or situation, in the writer's own words. Wholly held out: nobody tunes on it.
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
} from './labelledNeedsKit.js';

const er = emergencyTeam;
const jobs = ['employment-station'];
const school = ['skills-school'];
const phone = ['smartphone-class'];
const library = ['community-library'];
const mentors = ['startup-mentors'];
const uni = ['elder-university'];
const groups = ['interest-groups'];
const culture = ['culture-centre'];
const square = ['fitness-square-yangguang'];
const volunteer = ['volunteer-station'];
const mediation = ['mediation-room'];
const patrol = ['patrol-volunteers'];
const watch = [...police, ...patrol];
const supplies = ['disaster-supplies'];

export const learningCases: readonly Unsplit[] = [
  c('E', '五十多了还能找着活儿干吗，看大门也行', jobs),
  c('E', '社区有没有招保洁的活儿', jobs),
  c('E', '刚被厂里辞了，失业金咋领', [...jobs, 'service-hall']),
  c('E', '想考个育婴师证，哪儿有培训', school),
  c('E', '学电工能拿证不', school),
  c('E', '微信视频咋打，孩子教了好几遍还是不会', phone),
  c('E', '手机上怎么挂号，谁能教教我', phone),
  c('E', '想学用手鸡扫码付钱', phone),
  c('E', '孙子放学早，我接回来了没地方写作业', ['homework-club']),
  c('E', '和平里四点半课堂还收孩子吗', ['homework-club']),
  c('E', '孙女数学跟不上，有大学生能给补补吗', ['tutoring-volunteers']),
  c('E', '想开个小卖部，不知道要办啥手续', [...mentors, 'service-hall']),
  c('E', '自己织的毛衣想拿出去卖，有人给出出主意吗', mentors),
  c('E', '社区图书室借书要办证吗', library),
  c('E', '我想學電腦打字', [...phone, ...uni, ...school]),
  c('E', '找工作要交简历，我不会写，谁能帮帮', jobs),
  c('E', '想进老年大学学书法', uni),
  c('E', '有冇招聘保安嘅', jobs),
  c('E', 'I need a job, part time is fine', jobs),
  c('E', '想学英语，好跟外孙聊几句', uni),
  c('E', '想学个理发的手艺', school),
  c('E', '灵活就业的社保在哪儿办', ['service-hall', ...jobs]),
  calm('E', '网上有人让我交培训费，说包分配工作，是骗子吗', [...police, ...jobs]),
  c('E', '想考个驾照', nothing),
  c('E', '孙子高考完了，填志愿找谁问', nothing),
  c('E', '孩子在外地上学想转回来', nothing),
  d('E', '上课的时候旁边大爷突然抽过去了，口吐白沫', er),
];

export const socialCases: readonly Unsplit[] = [
  c('S', '想跳广场舞，哪儿有人领着跳', [...square, ...culture, ...groups]),
  c('S', '打麻将的地方在哪', activityRooms),
  c('S', '和平里那边有下象棋的吗', ['activity-room-heping']),
  c('S', '北区老年活动室周末开门吗', ['activity-room-xfl-north']),
  c('S', '想參加社區合唱團，年輕時候唱過', [...groups, ...culture]),
  c('S', '有没有教写毛笔字的班', [...uni, ...groups]),
  c('S', '早上在哪儿能跟着练太极拳', [...square, ...groups]),
  c('S', '阳光花园广场的健身器材坏了一个', [...square, 'property-yangguang']),
  c('S', '退休了闲得慌，想做点志愿服务', volunteer),
  c('S', '想报名当志愿者，去陪陪孤寡老人', [...volunteer, ...companion]),
  c('S', '一个人在家闷得慌，有人能来陪我唠唠嗑吗', companion),
  c('S', '家里不订报纸了，哪儿能看报', library),
  c('S', '中秋节社区有啥活动', culture),
  c('S', '想学摄影，拍拍花花草草', hobby),
  c('S', '老年大学下学期啥时候报名', uni),
  c('S', '想学唱京剧，有票友一起吗', [...groups, ...uni, ...culture]),
  c('S', '想找几个人一起耍，打打川牌', activityRooms),
  c('S', '有冇人一齊行山', groups),
  c('S', '想保名参加编织小组', groups),
  c('S', 'Is there a chess club for seniors?', [...activityRooms, ...groups]),
  c('S', '哪儿有乒乓球台能打打球', [...culture, ...square, ...activityRooms]),
  c('S', '孙子放暑假，想找个安静地方看书', library),
  c('S', '家里旧书太多了，想捐给社区', library),
  c('S', '想借活动中心的场地办个老同学聚会', culture),
  c('S', '退休了想学画几笔山水画', hobby),
  c('S', '想找个老伴，有没有相亲的活动', nothing),
  c('S', '想报个去海南的旅游团', nothing),
  c('S', '附近有没有教堂', nothing),
  c('S', '帮我在网上抢演唱会的票', nothing),
  d('S', '在活动室打牌的老李一下子趴桌上不动了', er),
];

export const safetyCases: readonly Unsplit[] = [
  d('X', '我家老头在卫生间摔了，起不来了', er),
  d('X', '楼下冒黑烟，好像着火了', fire),
  d('X', '煤气罐阀门关不上，嗤嗤地往外漏气', [...gas, ...fire, ...er]),
  d('X', '我妈早上出去买菜到现在还没回来，她有点糊涂', missing),
  d('X', '孙子放学没回家，电话也打不通', missing),
  d('X', '有人在撬我家门，我躲在屋里不敢出声', police),
  d('X', '地下室进水了，水快没过膝盖了', [...flood, ...er]),
  d('X', '雨下太大了，一楼门口的水往屋里灌', [...flood, ...er]),
  d('X', '电动车在楼道里充电，着起来了', fire),
  d('X', '对门邻居好几天没开门，门口一股怪味', [...er, ...police]),
  d('X', '有人拿着刀在楼下跟人吵，喊着要砍人', police),
  d('X', 'fire in the building next door, lots of smoke', fire),
  d('X', '老伴吃汤圆噎住了，脸都憋紫了', er),
  d('X', '阿爸喺楼梯跌低咗，头流血', er),
  d('X', '樓上有人喊救命', [...police, ...er]),
  d('X', '我闻到然气味，头有点晕', [...gas, ...er]),
  d('X', '小孩在河边玩，掉水里了', er),
  d('X', '电线被风刮断掉在地上，还冒火星子', [...er, 'repair-team']),
  d('X', '老伴说胸口疼，吃了速效救心丸也不管用', er),
  c('X', '楼上装修天天砸墙，说了也不听', mediation),
  c('X', '楼上楼下为漏水的事吵起来了，想找人调解', mediation),
  c('X', '儿女为了老房子闹翻了，想请人给说和说和', mediation),
  c('X', '阿拉隔壁人家夜里厢老吵相骂，吵得我睏勿着', mediation),
  c('X', '邻居的空调外机一直往我家窗台滴水', [...mediation, ...property]),
  c('X', '我家狗咬了人，人家要我赔一大笔钱', mediation),
  c('X', '电动车电瓶昨晚被偷了', police),
  c('X', 'someone stole my wallet at the market', police),
  c('X', '被人忽悠买了两万块钱保健品', police),
  c('X', '身份证丢了，要去哪儿补', [...police, 'service-hall']),
  c('X', '楼道里有个陌生人挨家敲门，看着不像好人', watch),
  c('X', '晚上小区里黑咕隆咚的，想有人巡逻', patrol),
  c('X', '想参加平安志愿巡逻队', patrol),
  c('X', '给我妈办个黄手环，她老记不住路', ['missing-search-team']),
  c('X', '家里灭火器过期了，哪里能换', fire),
  c('X', '汛期快到了，沙袋在哪儿领', supplies),
  c('X', '想领个应急包，有手电筒收音机那种', supplies),
  c('X', '和平里有义务消防队吗，我想参加', ['heping-fire-wardens']),
  c('X', '社区消防演练什么时候搞', fire),
  calm('X', '接到电话说我儿子出车祸了要打钱，是真的吗', police),
  calm('X', '对门把废纸壳子堆满了楼道，我怕哪天着了', [...fire, ...property]),
  calm('X', '想学学心肺复苏，万一老伴犯病能用上', [...er, 'health-station']),
  calm('X', '去年老伴走丢过一回，现在想提前防着点', ['missing-search-team']),
  calm('X', '昨天夜里好像有人在我家门口转悠，现在走了', watch),
  c('X', '狗丢了，一只白色的泰迪', nothing),
  c('X', '想在家门口装个监控', nothing),
  c('X', '交通罚单怎么交', nothing),
  c('X', '房子质量太差，想告开发商', nothing),
  c('X', '要出国看闺女，办签证去哪儿', nothing),
];
