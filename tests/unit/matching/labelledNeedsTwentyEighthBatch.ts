// The twenty-eighth batch: the education-employment and social-cultural journeys (work, training,
// unemployment, start-up advice, homework help, the smartphone class, the elder university, hobby
// groups, activity rooms, the library, the culture centre, volunteering, company, counselling and
// neighbour disputes), and long needs in any journey: a story, a worry and then the ask, several
// needs in one, a need that names a building, a street or a time. Written whole before the
// matcher was run on any of it, and all tuning: this round's held-out part stays untouched.
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  companion,
  d,
  emergencyTeam,
  games,
  gas,
  meals,
  nothing,
  police,
  repair,
} from './labelledNeedsKit.js';

const jobs: readonly string[] = ['employment-station'];
const unemployment: readonly string[] = ['employment-station', 'service-hall'];
const skills: readonly string[] = ['skills-school'];
const startup: readonly string[] = ['startup-mentors'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const smartphone: readonly string[] = ['smartphone-class'];
const library: readonly string[] = ['community-library'];
const hall: readonly string[] = ['service-hall'];
const university: readonly string[] = ['elder-university'];
const learning: readonly string[] = ['elder-university', 'interest-groups'];
const groups: readonly string[] = ['interest-groups'];
const culture: readonly string[] = ['culture-centre'];
const dancing: readonly string[] = ['culture-centre', 'fitness-square-yangguang'];
const square: readonly string[] = ['fitness-square-yangguang'];
const volunteering: readonly string[] = ['volunteer-station'];
const counselling: readonly string[] = ['counselling-room'];
const mediation: readonly string[] = ['mediation-room'];
/** Idle days after a loss: any activity, company or volunteering a front desk would offer. */
const idleDaysAnswers: readonly string[] = [
  ...activityRooms,
  'interest-groups',
  'culture-centre',
  'elder-university',
  'companion-volunteers',
  'volunteer-station',
];
const evening: readonly string[] = [...activityRooms, 'culture-centre'];
const gasDanger: readonly string[] = [...gas, ...emergencyTeam];

const work: Unsplit[] = [
  c('E', '我今年五十二，厂子关门了，想再找份活干，看大门扫地都行', jobs),
  c('E', '下岗了在家闲着，有没有招工的信息', jobs),
  c('E', '儿子大学毕业一年了还没工作，天天在家打游戏，社区能帮着推荐推荐吗', jobs),
  c('E', '想找个零活干干，一天干几个钟头那种，时间灵活点', jobs),
  c('E', '不会写找工作用的那个简历，谁能帮我弄一下', jobs),
  c('E', '明天要去面试保安，心里没底，有人能教教怎么说吗', jobs),
  c('E', '我把工作丢了，现在不知道怎么办', jobs),
  c('E', '我老伴腿有残疾，想找个在家就能干的活儿，挣点零花钱', jobs),
  c('E', '四十多岁的妇女，没啥文化，还能找什么工作', jobs),
  c('E', '失业了要去哪儿登记啊，听说登记了有补助', unemployment),
  c('E', '上个月被公司辞退了，失业金怎么领', unemployment),
  c('E', '厂里裁员把我裁了，社保断了自己怎么接着交', hall),
  c('E', 'I lost my job last month, where can I get help to find work', jobs),
  c('E', '想学个手艺，比如做月嫂，哪里有培训', skills),
  c('E', '我想考个电工证，以前在老家干过电工', skills),
  c('E', '下岗了想学学电脑，好找工作', skills),
  c('E', '照顾老人的护工要什么证，哪里能学', skills),
  c('E', '想学育儿嫂，听说挣得多，要学多久', skills),
  c('E', '建设东街那边是不是有个培训学校，学厨师的', skills),
  c('E', '想学做面点，将来自己摆个早点摊', [...skills, ...startup]),
  c('E', '想开个小卖部，营业执照怎么办', startup),
  c('E', '我和老公想盘个小饭馆，不知道从哪下手，有人指点指点吗', startup),
  c('E', '自己做点小买卖，听说有低息的创业贷款', startup),
  c('E', '周四下午有没有人讲怎么开网店', startup),
  c('E', '在工地干了半年，老板拖着工资不给，三个月了', nothing),
  c('E', '想考公务员，哪里有辅导班', nothing),
  c('E', '孙子要考驾照，社区有驾校吗', nothing),
  c('E', '想去日本打工，有没有正规的中介', nothing),
];

const school: Unsplit[] = [
  c('E', '孙子上三年级，作业不会做，我们也教不了', afterSchool),
  c('E', '孩子三点半放学，我们上班要到六点，中间没人管', ['homework-club']),
  c('E', '闺女初二数学跟不上，有没有大学生能给补补', ['tutoring-volunteers']),
  c('E', '周末想给孙女找个辅导英语的', ['tutoring-volunteers']),
  c('E', '我住和平里，孩子下午放学附近有地方写作业吗', ['homework-club']),
  c('E', '孙子放学我去接，接完想找个地方让他写作业，我自己也能看会儿报纸', [
    'homework-club',
    ...library,
  ]),
  c('E', '孩子想转到好一点的小学，找谁', nothing),
  c('E', '手机上的微信不会用，孩子发的视频打不开', smartphone),
  c('E', '想学用手机挂号，每次都要麻烦邻居', smartphone),
  c('E', '老人机换了个智能的，啥也不会按', smartphone),
  c('E', '星期三下午有教老人玩手机的课吗', smartphone),
  c('E', '想学学怎么在手机上交电费', smartphone),
  c('E', '想跟外地的孙子视频，但是不会弄', smartphone),
  c('E', '我想学手机，还想问问有没有适合老年人的零活', [...smartphone, ...jobs]),
  c('E', '图书室几点开门，想借几本养生的书', library),
  c('E', '有没有地方看报纸，家里不订了', library),
  c('E', '开证明去哪里开，单位要一个居住证明', hall),
  c('E', '我是外地来的，孩子上学要办居住证', hall),
  c('E', '退休金到底怎么算的，想问问社保的事', hall),
  c('E', '周六上午服务大厅开门吗，想办医保', hall),
  c('E', '家里困难，想申请低保，要准备什么', hall),
];

const social: Unsplit[] = [
  c('S', '我妻子去年走了，孩子们都在深圳，我天天在家坐着，有没有什么事可以做', idleDaysAnswers),
  c('S', '老伴走了以后一个人在家闷得慌，想找个人说说话', companion),
  c('S', '我爸一个人住，我在外地工作，能不能有人隔三岔五去看看他', companion),
  c('S', '想找人陪我下楼走走，自己走怕摔', companion),
  c('S', '孩子都不在身边，过年过节特别冷清', [...companion, ...counselling]),
  c('S', '想找几个老哥们下下象棋', games),
  c('S', '想找个会下围棋的一起切磋', games),
  c('S', '4号楼那个活动室现在还开着吗，想去打会儿牌', ['activity-room-xfl-north']),
  c('S', '和平里这边有没有老人打麻将的地方', ['activity-room-heping']),
  c('S', '晚上六点以后还有哪儿能去玩玩，白天要带孙子', evening),
  c('S', '想借个地方给老同学聚会，二十来个人', evening),
  c('S', '想参加合唱团，年轻时候在厂里唱过', culture),
  c('S', '跳广场舞的队伍在哪儿集合，想加入', dancing),
  c('S', '重阳节社区有活动吗，想带我妈去看看', culture),
  c('S', '春节联欢会要报节目，我会拉二胡', culture),
  c('S', '文化中心晚上几点关门', culture),
  c('S', '我喜欢织毛衣，有没有一起织的老姐妹', groups),
  c('S', '想学剪纸，给孙女剪个窗花', groups),
  c('S', '阳台上种了好多花，想跟人交流交流怎么养', groups),
  c('S', '爱唱两句京剧，附近有票友聚会吗', groups),
  c('S', '买了个相机不会用，想学拍照', learning),
  c('S', '想组织几个人去公园写生', learning),
  c('S', '周二下午有没有书法课可以旁听', learning),
  c('S', '老年大学还能报名吗，想学国画', university),
  c('S', '退休了想学点东西充实一下，比如书法', learning),
  c('S', '在家一个人闷，又想学点东西，还想认识点人，听说有老年大学，不知道还有没有名额', learning),
  c('S', '打太极拳的一般几点在哪儿', square),
  c('S', '想打乒乓球，找个球友', square),
  c('S', '社区读书会什么时候搞活动', library),
  c('S', '我退休了身体还行，想当个志愿者帮帮别人', volunteering),
  c('S', '学校要求孩子做志愿服务，社区能给盖章证明吗', volunteering),
  c('S', '想做点公益的事，周末有空', volunteering),
  c('S', '最近老是睡不着，心里堵得慌，想找个人聊聊', counselling),
  c('S', '退休以后觉得自己没用了，整天提不起劲', counselling),
  c('S', '儿子离婚了，孙子归了女方，我想不开', counselling),
  c('S', '楼上天天半夜剁馅，吵得睡不着，说了几次不听', mediation),
  c('S', '邻居把鞋柜摆在楼道里，跟他说还骂人', mediation),
  c('S', '对门装修把我家墙弄裂了，他不认账', mediation),
  c('S', '隔壁养的狗整夜叫，敲了好几次门都没用', mediation),
  c('S', '跟兄弟为了老房子闹翻了，想找人给说和说和', mediation),
  c('S', '我妈有点老年痴呆，白天家里没人，能不能送到哪儿照看', ['day-care-centre']),
  c('S', '帮我找个旅行社，想跟老伴去云南玩', nothing),
  c('S', '能不能帮我买两张演唱会的票', nothing),
  c('S', '附近有没有卖鱼竿的店', nothing),
  c('S', '想给孙子报个钢琴班，收费的也行', nothing),
  c('S', '明天天气怎么样，想去爬山', nothing),
];

const stories: Unsplit[] = [
  c('L', '我腿脚不好下不了楼，儿子在国外，做饭也费劲，能不能有人给送饭', meals),
  c('L', '我住幸福里12号楼，厨房水管从昨天晚上开始滴水，早上起来地上一滩水', repair),
  c('L', '家里老人八十多了，我白天上班，想找个阿姨每天下午两点到六点来打扫做饭', [
    'housekeeping-co',
  ]),
  c('L', '退休好几年了，老伴身体不好，想问问养老补贴怎么申请', hall),
  c('L', '想把空着的老房子租出去，找谁', nothing),
  c('H', '我血压高好几年了，每个月都要去医院开药，儿女都上班，没人陪我去，排队太累', [
    'escort-volunteers',
    'family-doctor-team',
  ]),
  c('H', '老伴中风以后躺在床上，背上有点破了，我一个人翻不动他，想请护士上门', ['home-nursing']),
  c('H', '我八十了，一个人住，想签个家庭医生，定期有人来量量血压', ['family-doctor-team']),
  c('X', '我家老头有点糊涂，上次自己出去差点回不来，听说有个黄手环，去哪领', [
    'missing-search-team',
  ]),
  c('X', '晚上十点以后小区里老有陌生人转悠，我们楼几个老太太都不敢出门', [
    'patrol-volunteers',
    ...police,
  ]),
  d('S', '在活动室下棋，对面老张突然说不出话，嘴都歪了', emergencyTeam),
  d('E', '手机课上一个阿姨突然晕过去了，叫不醒', emergencyTeam),
  d('L', '刚才做饭闻到一股煤气味，关了阀门还是有，孩子在里屋睡觉', gasDanger),
  d('S', '楼道里两个邻居吵架，一个拿刀出来了，快来人', police),
  d('E', '有人打电话说我儿子在外面出事了，让我马上转钱，我正要去银行', police),
];

export const twentyEighthBatch = allTuning([...work, ...school, ...social, ...stories]);
