// The forty-third batch: a smaller fresh batch in the forty-second's area (the lobby's everyday
// needs across all five journeys: meals, repairs in the home, the health station and family
// doctor, pensions and papers, company, pastimes, jobs and the skills school), written after the
// forty-second's round of words and before the matcher was run on any of it, to show whether that
// round generalised: told as a circumstance, in a word or two, in dialect, with homophone typos,
// in English and Traditional characters, a few with an estate named or a dream or drama told as
// the story. All tuning (issue 15, everyday words), so the held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  c,
  clinic,
  companion,
  games,
  hobby,
  meals,
  property,
  repair,
} from './labelledNeedsKit.js';

const handyman: readonly string[] = ['handyman-volunteers'];
const fixIt: readonly string[] = ['handyman-volunteers', 'repair-team'];
const pharmacy: readonly string[] = ['pharmacy', 'health-station'];
const doctorHome: readonly string[] = ['family-doctor-team', 'health-station'];
const checkUp: readonly string[] = ['health-station', 'family-doctor-team'];
const nursing: readonly string[] = ['home-nursing'];
const escort: readonly string[] = ['escort-volunteers'];
const hall: readonly string[] = ['service-hall'];
const jobs: readonly string[] = ['employment-station'];
const learnToEarn: readonly string[] = ['skills-school', 'employment-station'];
const phone: readonly string[] = ['smartphone-class'];
const groups: readonly string[] = ['interest-groups', 'elder-university'];
const culture: readonly string[] = ['culture-centre'];
const mediation: readonly string[] = ['mediation-room'];
/** Boredom: any pastime the centre runs will do. */
const pastime: readonly string[] = [...hobby, 'culture-centre', ...games];

const cases: readonly Unsplit[] = [
  // Meals.
  c('L', '闺女出差半个月，家里就我一个老头子，饭不会弄', meals),
  c('L', '刚摔了腰躺着，一日三餐成问题', meals),
  c('L', '牙口不好，想吃点软和的饭菜，有人送吗', meals),
  c('L', '午饭能送上楼吗，我住六楼没电梯', meals),
  c('L', '食堂', meals),
  c('L', '饭能送不', meals),
  c('L', '冇气力煮饭', meals),
  c('L', 'can someone bring food to my dad', meals),
  c('L', '阳光花园有没有老人吃饭的地方', meals, { gridId: 'yangguang' }),
  c('L', '想要送餐服務', meals),
  // Repairs in the home.
  c('L', '卫生间地上老有一摊水，不知道哪儿漏的', repair),
  c('L', '一用电水壶就全屋断电', repair),
  c('L', '下水道返臭味，还咕噜咕噜响', repair),
  c('L', '门把手拧半天才开', fixIt),
  c('L', '钥匙插不进锁眼了', fixIt),
  c('L', '空调不出冷风', handyman),
  c('L', '电饭锅不跳了，饭老是糊', handyman),
  c('L', '马桶漏', repair),
  c('L', '跳闸', repair),
  c('L', '灯不亮咧', repair),
  c('L', '水管子冻裂了，滋滋往外冒水', repair),
  c('L', '屋里嘅插蘇冇电', repair),
  c('L', 'the kitchen tap leaks', repair),
  c('L', '門鎖壞了，鑰匙轉不動', fixIt),
  c('L', '幸福里3号楼楼道灯不亮', property, { gridId: 'xfl-north' }),
  // Health.
  c('H', '这两天血压忽高忽低的，心里没底', checkUp),
  c('H', '老伴中风以后走不了路，想让医生上家来', doctorHome),
  c('H', '糖尿病的药还剩两天的了', pharmacy),
  c('H', '想做个全面检查，好几年没查了', checkUp),
  c('H', '插着尿管，想有人上门换', nursing),
  c('H', '去医院做B超，想找个人扶着我', escort),
  c('H', '做梦梦到自己病了，想去量量血压踏实一下', checkUp),
  c('H', '量血圧', checkUp),
  c('H', '睇睇血压', checkUp),
  c('H', '开点安眠药', pharmacy),
  c('H', 'my mum needs a doctor to visit her at home', doctorHome),
  c('H', '頭暈想看醫生', clinic),
  // Pensions, subsidies and papers.
  c('E', '退休金卡被吞了，想问怎么补', hall),
  c('E', '想给我妈申请个护理补贴', hall),
  c('E', '开个居住证明', hall),
  c('E', '低保', hall),
  c('E', '养老金认证不会弄', hall),
  c('E', '申请残疾补贴', hall),
  // Jobs and the skills school.
  c('E', '厂子关门了，四十五岁上哪儿找活', jobs),
  c('E', '想学个修空调的手艺以后靠这个吃饭', learnToEarn),
  c('E', '想考育婴师证出去干', learnToEarn),
  c('E', '有冇工开', jobs),
  c('E', 'i need a job near home', jobs),
  c('E', '智能手机上怎么打视频', phone),
  // Company.
  c('S', '孩子们一年回来一次，平时家里冷冷清清的', companion),
  c('S', '想有个人每周来坐坐', companion),
  c('S', '無人陪我講話', companion),
  // Pastimes and groups.
  c('S', '想找几个老姐妹一块儿织毛衣', groups),
  c('S', '有没有下象棋的地儿', games),
  c('S', '想跟人学着拉拉二胡', groups),
  c('S', '社区过节有节目吗，想报名唱歌', culture),
  c('S', '退休了天天在家看电视，太无聊', pastime),
  // Safety told calmly.
  c('X', '隔壁装修天天电钻响，老人受不了', mediation),
];

export const fortyThirdBatch = allTuning(cases);
