// The thirtieth batch: "nothing fits", second round. In-scope needs told vaguely, in a word or
// two, or in words no list is likely to hold (in every journey, the tile tapped), and
// out-of-scope look-alikes of kinds the first round did not cover: dreams and fortune-telling,
// shopping complaints, a travel agency and tickets, home broadband and the TV signal, the mobile
// operator, private tutoring and gym contracts, insurance, a car, a will and a house handed
// down, divorce, a relative abroad's papers, money matters. Written whole before the matcher was
// run on any of it; all tuning (allTuning), so this round's held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  c,
  clinic,
  companion,
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

const handyman: readonly string[] = ['handyman-volunteers'];
const housekeeping: readonly string[] = ['housekeeping-co'];
const pharmacy: readonly string[] = ['pharmacy', 'health-station'];
const nursing: readonly string[] = ['home-nursing'];
const counselling: readonly string[] = ['counselling-room'];
const escort: readonly string[] = ['escort-volunteers'];
const familyDoctor: readonly string[] = ['family-doctor-team'];
const dayCare: readonly string[] = ['day-care-centre'];
const jobs: readonly string[] = ['employment-station'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const tutors: readonly string[] = ['tutoring-volunteers', 'homework-club'];
const skills: readonly string[] = ['skills-school'];
const smartphone: readonly string[] = ['smartphone-class'];
const startup: readonly string[] = ['startup-mentors'];
const serviceHall: readonly string[] = ['service-hall'];
const library: readonly string[] = ['community-library'];
const dancing: readonly string[] = ['culture-centre', 'fitness-square-yangguang'];
const singing: readonly string[] = ['culture-centre', 'elder-university', 'interest-groups'];
const fitness: readonly string[] = ['fitness-square-yangguang'];
const volunteering: readonly string[] = ['volunteer-station'];
const festivals: readonly string[] = ['culture-centre'];
const mediation: readonly string[] = ['mediation-room'];
const patrol: readonly string[] = ['police-room', 'patrol-volunteers'];
const lonely: readonly string[] = [...companion, 'counselling-room'];
const sleepless: readonly string[] = ['counselling-room', 'health-station'];

/** In scope, told in a word or two or in words off the lists. */
const vague: readonly Unsplit[] = [
  c('L', '水龙头关不紧', repair),
  c('L', '厕所堵了', repair),
  c('L', '屋里灯泡闪两下就灭了，我够不着', handyman),
  c('L', '家里黑了，一点电都没有', repair),
  c('L', '暖气冰凉', gas),
  c('L', '一个人懒得开火做饭', meals),
  c('L', '晌午饭老是凑合', meals),
  c('L', '牙口不好，想吃口软和的热乎饭', meals),
  c('L', '旧沙发要扔，搬不动', rubbish),
  c('L', '楼下那堆垃圾好几天没人收', rubbish),
  c('L', '电梯又趴窝了', property),
  c('L', '想找个阿姨帮忙收拾收拾屋子', housekeeping),
  c('L', '窗户太脏了，我擦不着外面', housekeeping),
  c('L', '洗衣机咣当咣当响，甩不干', handyman),
  c('L', '电视机坏了，有图没声', handyman),
  c('L', '电视没信号了，全是雪花', handyman),
  c('L', '楼道黑乎乎的，那盏灯一直不亮', property),
  c('L', '灶台打不着火', gas),
  c('H', '腰疼', clinic),
  c('H', '血压有点高', clinic),
  c('H', '降压的药吃完了', pharmacy),
  c('H', '老伴瘫在床上，得有人来换药', nursing),
  c('H', '睡不着', sleepless),
  c('H', '心里憋屈，一个人老抹眼泪', counselling),
  c('H', '一个人去医院怕搞不明白', escort),
  c('H', '想有个医生能上门来看看', familyDoctor),
  c('H', '老头子糊涂了，白天没人看着', dayCare),
  c('H', '测个血糖', clinic),
  c('H', '中风以后腿脚不利索，想练练', nursing),
  c('H', '这几天老是头昏昏沉沉的', clinic),
  c('H', '牙疼', clinic),
  c('E', '没活干了', jobs),
  c('E', '想找点事做，挣点零花钱', jobs),
  c('E', '孩子放学没人接', afterSchool),
  c('E', '孙子数学跟不上', tutors),
  c('E', '没学过啥本事，想学个能挣钱的手艺', skills),
  c('E', '想弄个电工的本本', skills),
  c('E', '买菜扫码付钱我老弄不明白', smartphone),
  c('E', '视频怎么打', smartphone),
  c('E', '想开个小店', startup),
  c('E', '退休金的事', serviceHall),
  c('E', '要开个证明', serviceHall),
  c('E', '想借几本书看', library),
  c('E', '低保怎么弄', serviceHall),
  c('S', '一个人在家闷', lonely),
  c('S', '想找人杀两盘', games),
  c('S', '想学着画两笔山水', hobby),
  c('S', '哪里有跳舞的', dancing),
  c('S', '想找个唱歌的队伍', singing),
  c('S', '打太极', fitness),
  c('S', '想做点好事，帮帮别人', volunteering),
  c('S', '孩子们都在外地，没人说话', lonely),
  c('S', '练练毛笔', hobby),
  c('S', '喜欢养花，想找同好', ['interest-groups']),
  c('S', '过节有啥热闹的', festivals),
  c('X', '楼梯口被对门的纸箱子堵得过不去人', fire),
  c('X', '跟邻居闹翻了', mediation),
  c('X', '楼上太吵', mediation),
  c('X', '晚上总有生人在楼下转悠', patrol),
  c('X', '有人把电瓶车推进屋里充电', fire),
  c('X', '家里老人爱乱走，想要个手环', missing),
  c('X', '楼里的灭火器好几年没换过了', fire),
  c('X', '自行车被人偷了', police),
];

/** Out of scope, of kinds that look like community needs. */
const outside: readonly Unsplit[] = [
  c('S', '昨晚梦见掉牙了，是啥预兆', nothing),
  c('S', '梦到过世的老伴了，要不要烧点纸', nothing),
  c('S', '想找个人算算命', nothing),
  c('S', '孙子结婚想挑个黄道吉日', nothing),
  c('L', '今年本命年，要穿红的吗', nothing),
  c('L', '在超市买的面包长毛了', nothing),
  c('L', '网上买的鞋子不合脚，怎么退', nothing),
  c('L', '菜市场那家卖肉的缺斤短两', nothing),
  c('L', '商场买的电饭锅用两天就坏了，店家不给换', nothing),
  c('S', '想报个旅游团去海南', nothing),
  c('S', '有没有便宜的夕阳红旅游线路', nothing),
  c('S', '去北京的机票怎么订', nothing),
  c('L', '宽带老是掉线', nothing),
  c('L', '有线电视费在哪交', nothing),
  c('L', 'wifi密码忘了', nothing),
  c('E', '手机话费怎么扣了这么多', nothing),
  c('E', '想换个流量多点的套餐', nothing),
  c('E', '手机卡丢了要补办', nothing),
  c('E', '少儿编程培训机构哪家靠谱', nothing),
  c('E', '补课机构关门了，交的学费退不回来', nothing),
  c('S', '健身房的卡办了一年，现在倒闭了', nothing),
  c('S', '游泳馆年卡多少钱', nothing),
  c('H', '医保之外想再买份商业保险', nothing),
  c('L', '保险公司不给理赔', nothing),
  c('L', '车险快到期了', nothing),
  c('L', '车子打不着火了', nothing),
  c('X', '驾照要换证了去哪换', nothing),
  c('L', '违章罚款怎么交', nothing),
  c('E', '遗嘱怎么写才算数', nothing),
  c('E', '老房子过户给儿子要啥手续', nothing),
  c('E', '想离婚，去哪办', nothing),
  c('E', '女儿在美国，护照过期了怎么续', nothing),
  c('E', '儿子在国外，想去探亲要办签证', nothing),
  c('L', '想买个二手冰箱', nothing),
  c('S', '楼下新开的饭馆好不好吃', nothing),
  c('L', '快递一直没送到', nothing),
  c('S', '彩票中了怎么兑奖', nothing),
  c('E', '股票跌了好多，咋办', nothing),
  c('L', '银行卡密码忘了', nothing),
  c('S', '想养只狗，哪里能买', nothing),
];

export const thirtiethBatch = allTuning([...vague, ...outside]);
