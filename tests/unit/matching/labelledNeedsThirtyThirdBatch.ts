// The thirty-third batch: needs typed under the wrong tile, and mixed needs. Elderly residents
// often tap a tile that does not fit what they then type (a meal under social activities, a
// leaking pipe under health, a job under safety): three cases for every pairing of journeys,
// each labelled with what the words need, not with the tile. Then needs with two or three asks
// in one (the first-named or the most urgent is accepted first), needs that tell where the
// resident is now rather than what they need, and needs that name a time or a place. Written
// whole before the matcher was run on any of it, and all tuning: the held-out part stays
// untouched.
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
  flood,
  games,
  gas,
  meals,
  missing,
  police,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const pharmacy: readonly string[] = ['pharmacy'];
const nursing: readonly string[] = ['home-nursing'];
const familyDoctor: readonly string[] = ['family-doctor-team'];
const counselling: readonly string[] = ['counselling-room'];
const escort: readonly string[] = ['escort-volunteers'];
const dayCare: readonly string[] = ['day-care-centre'];
const medicine: readonly string[] = [...clinic, 'pharmacy'];
const jobs: readonly string[] = ['employment-station'];
const unemployment: readonly string[] = ['employment-station', 'service-hall'];
const skills: readonly string[] = ['skills-school'];
const smartphone: readonly string[] = ['smartphone-class'];
const startup: readonly string[] = ['startup-mentors'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const tutoring: readonly string[] = ['tutoring-volunteers', 'homework-club'];
const library: readonly string[] = ['community-library'];
const university: readonly string[] = ['elder-university', 'interest-groups'];
const groups: readonly string[] = ['interest-groups'];
const culture: readonly string[] = ['culture-centre'];
const singing: readonly string[] = ['culture-centre', 'interest-groups'];
const dancing: readonly string[] = ['culture-centre', 'fitness-square-yangguang'];
const square: readonly string[] = ['fitness-square-yangguang'];
const volunteering: readonly string[] = ['volunteer-station'];
const mediation: readonly string[] = ['mediation-room'];
const noiseAtNight: readonly string[] = ['mediation-room', 'police-room'];
const stranger: readonly string[] = ['police-room', 'patrol-volunteers'];
const handyman: readonly string[] = ['handyman-volunteers'];
const housekeeping: readonly string[] = ['housekeeping-co'];
const lonely: readonly string[] = [...companion, 'counselling-room'];
const gasDanger: readonly string[] = [...gas, ...emergencyTeam];

/** The tile is one journey, the words another: labelled by the words. */
const wrongTile: Unsplit[] = [
  // basic living tile
  c('L', '我爸血压这几天老是高，想找个医生给量量', clinic),
  c('L', '降压药快吃完了，腿脚不好出不了门，谁能帮我送点药来', pharmacy),
  c('L', '老伴儿卧床好几年了，想请护士上门给换换药', nursing),
  c('L', '闺女大学毕业半年了还没找着工作，社区有招聘的消息吗', jobs),
  c('L', '想考个养老护理员的证，哪儿有培训班', skills),
  c('L', '孙子放了学没人管，作业也没人看着写', afterSchool),
  c('L', '想学学打太极拳，早上有没有一块儿练的', square),
  c('L', '退休在家闲得发慌，想找个地方跟老伙计们打打麻将', games),
  c('L', '一个人住，儿女一年回来一趟，想有人常来陪我说说话', companion),
  d('L', '楼道里一股焦糊味，好像谁家着火了', fire),
  c('L', '楼道里堆满了纸箱子和旧自行车，消防通道都堵了', fire),
  c('L', '对门天天半夜剁肉放音乐，说了好几回也不听', mediation),
  // health tile
  c('H', '厨房水管接头一直滴水，地上都湿了', repair),
  c('H', '一个人做饭费劲，想在社区食堂订午饭，能送到家最好', meals),
  c('H', '暖气片摸着冰凉，屋里才十几度', gas),
  c('H', '下岗好几个月了，想问问失业金怎么领', unemployment),
  c('H', '老年人学用微信视频，有没有教的课', smartphone),
  c('H', '想开个小早餐铺，不知道营业执照怎么办', startup),
  c('H', '我想报个老年大学的书法班', university),
  c('H', '想当志愿者，帮社区做点事', volunteering),
  c('H', '社区图书室周末开门吗，想借几本书看', library),
  d('H', '家里门锁被人撬了，屋里翻得乱七八糟', police),
  d('H', '刚接到电话说我孙子出事了，让我赶紧打钱过去，我这就去转', police),
  d('H', '下大暴雨，一楼屋里进水了，水都没过脚脖子', flood),
  // education and employment tile
  c('E', '楼道灯坏了好几天，晚上上楼黑咕隆咚的', property),
  c('E', '家里有个旧沙发想扔，太大了搬不动', rubbish),
  c('E', '想找个钟点工每周来打扫两回卫生', housekeeping),
  c('E', '最近老睡不着觉，心里发慌，想找人聊聊', counselling),
  c('E', '下礼拜去医院复查，孩子上班陪不了，谁能陪我去', escort),
  c('E', '想签个家庭医生，有个头疼脑热的能上门看看', familyDoctor),
  c('E', '重阳节社区有没有文艺演出，想去看看', culture),
  c('E', '想参加个剪纸小组，自己在家剪着玩没意思', groups),
  c('E', '老伴走了以后一个人在家，一天到晚没人说话', lonely),
  d('E', '我妈有点老年痴呆，早上出去到现在还没回来', missing),
  c('E', '这两天小区里总有个陌生人挨家挨户敲门', stranger),
  d('E', '我在厨房闻到一股煤气味，头有点晕', gasDanger),
  // social and cultural tile
  c('S', '下水道堵了，马桶冲不下去', repair),
  c('S', '老两口做不动饭了，想在食堂搭个伙', meals),
  c('S', '电梯又坏了，我住九楼上不去', property),
  c('S', '最近血糖有点高，想去测一测', clinic),
  c('S', '刚做完手术出院，伤口需要人来换药', nursing),
  c('S', '老爷子有点糊涂了，白天家里没人照看，能不能送到哪儿托管一下', dayCare),
  c('S', '五十多岁了想学门手艺，学个厨师什么的', skills),
  c('S', '我儿子失业了，想找份保安的活儿', jobs),
  c('S', '孙女数学跟不上，想找个大学生给补补课', tutoring),
  d('S', '活动室里有个老太太下棋的时候突然倒地上了，叫不醒', emergencyTeam),
  c('S', '跟楼上邻居为了漏水的事吵起来了，想找人评评理', mediation),
  c('S', '邻居把电动车推进楼道里充电，一晚上不拔，太吓人了', fire),
  // safety and emergency tile
  c('X', '水龙头关不严，一直滴答滴答的', repair),
  c('X', '想订个老年餐，中午送到家', meals),
  c('X', '家里电视机坏了，没图像只有声音', handyman),
  c('X', '高血压的药吃完了，想开点药', medicine),
  c('X', '老伴中风后在家躺着，想找人上门做康复', nursing),
  c('X', '心里憋屈得很，想找个心理医生说说', counselling),
  c('X', '不会用手机挂号，每次都得让孩子弄', smartphone),
  c('X', '想开个小卖部，想听听有经验的人怎么说', startup),
  c('X', '孩子放学早，我们下班晚，有没有托管的地方', afterSchool),
  c('X', '想找地方跳广场舞，晚上人多热闹的', dancing),
  c('X', '想报名当义工，周末有空', volunteering),
  c('X', '闷得慌，想找几个老伙计下下棋', games),
];

/** Two or three asks in one: the first-named, or the most urgent, is accepted first. */
const severalAsks: Unsplit[] = [
  c('L', '水管漏水了，顺便问问垃圾什么时候来收', repair),
  c('H', '想量个血压，再问问有没有送餐的', clinic),
  c('S', '想报个合唱团，另外我老伴也想找人陪着说说话', singing),
  c('E', '想找个工作，另外孩子作业也没人辅导', jobs),
  c('L', '家里暖气不热，厨房灯也不亮了，还有个旧柜子要扔', gas),
  d('L', '厨房有煤气味，还有下水道也堵了', gasDanger),
  d('S', '想问问活动室几点开，哎呀我老伴刚摔了一跤起不来了', emergencyTeam),
  c('H', '帮我叫个护士上门打针，再帮我订个午饭', nursing),
  c('X', '楼下两家天天吵架，另外楼道里也挺乱的', mediation),
  c('E', '想学智能手机，还想学学书法', smartphone),
  c('S', '想借几本书，再问问读书会什么时候有', library),
  c('L', '马桶堵了，还有电视也坏了', repair),
  c('H', '失眠好久了心里烦，还想找个人陪我去医院看看', [...counselling, ...escort]),
  c('X', '门口有可疑的人转悠，顺便问问巡逻队晚上巡不巡', stranger),
  c('E', '我想开网店，要办营业执照，还想学学怎么拍照', startup),
];

/** Where the resident is now is the story; the need is elsewhere in the words. */
const whereNow: Unsplit[] = [
  c('S', '正在活动室打牌呢，家里的降压药吃完了，谁能给送点', pharmacy),
  c('L', '在闺女家住着呢，邻居打电话说我家水管漏到楼下了', repair),
  c('H', '我在医院排队呢，想问下家庭医生能不能上门随访', familyDoctor),
  c('E', '我在公园遛弯呢，碰见老同事说社区有教微信的课，在哪报名', smartphone),
  c('S', '正在广场上跳舞呢，看见垃圾桶满了好几天没人收', rubbish),
  d('X', '我在楼下晒太阳，看见三楼窗户往外冒黑烟', fire),
  c('H', '在家歇着呢，腿疼走不了远路，想让家庭医生上门看看', familyDoctor),
  c('L', '在食堂吃饭呢，听人说老年大学招生了，怎么报名', university),
  c('E', '我在儿子家带孙子呢，想问问家里的暖气费在哪儿交', gas),
  c('S', '在棋牌室坐着呢，手机微信老是登不上，谁能教教我', smartphone),
  c('H', '早上在公园打太极的时候想起来，家里灯泡坏了换不了', handyman),
];

/** A time or a place named in the need. */
const timeOrPlace: Unsplit[] = [
  c('L', '明天上午十点以后家里有人，能来修修漏水的水管吗', repair),
  c('H', '周六上午想去量个血压，那时候卫生站开门吗', clinic),
  c('S', '星期天下午想找地方打麻将', games),
  c('L', '幸福里南区9号楼的电梯坏了', ['property-xfl-south']),
  c('L', '我住阳光花园，中午想在食堂吃饭', ['meals-yangguang']),
  c('S', '和平里这边有老年活动站吗，想去下棋', ['activity-room-heping']),
  c('E', '晚上七点以后还能去图书室看书吗', library),
  c('X', '夜里十二点了楼上还在蹦跶，吵得睡不着', noiseAtNight),
  c('L', '周末能不能来个人帮我擦擦玻璃', housekeeping),
  c('H', '下周三去医院复查，想找个志愿者陪着', escort),
  c('S', '幸福里北区的活动室几点关门', ['activity-room-xfl-north']),
  c('E', '锦绣家园的，楼道灯不亮了', ['property-jinxiu']),
  c('L', '孩子都在外地，逢年过节家里冷冷清清的', lonely),
  c('S', '晚饭后想找个地方跟人聊聊天', [...activityRooms, ...companion]),
];

export const thirtyThirdBatch = allTuning([
  ...wrongTile,
  ...severalAsks,
  ...whereNow,
  ...timeOrPlace,
]);
