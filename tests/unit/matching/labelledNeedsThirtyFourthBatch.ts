// The thirty-fourth batch: needs of the basic-living and health-medical tiles told vaguely, in a
// word or two, by a symptom or a complaint, in everyday names for household things and body
// complaints, or as what has grown hard to do (issue 15, "nothing fits" precision: an in-scope
// need no list holds goes to staff). Written whole before the matcher was run on any of it; a
// few at the end fit nothing. All tuning (this round's batches are), so the held-out part stays
// untouched.
import {
  type Unsplit,
  allTuning,
  c,
  clinic,
  gas,
  meals,
  nothing,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const handyman: readonly string[] = ['handyman-volunteers'];
const fixIt: readonly string[] = ['handyman-volunteers', 'repair-team'];
const cleaning: readonly string[] = ['housekeeping-co'];
const pharmacy: readonly string[] = ['pharmacy', 'health-station'];
const nursing: readonly string[] = ['home-nursing'];
const counselling: readonly string[] = ['counselling-room'];
const escort: readonly string[] = ['escort-volunteers'];
const dayCare: readonly string[] = ['day-care-centre'];
const doctorHome: readonly string[] = ['family-doctor-team', 'health-station'];

const cases: readonly Unsplit[] = [
  // Household things by their everyday names.
  c('L', '抽油烟机不转了', handyman),
  c('L', '油烟机声音特别大', handyman),
  c('L', '电扇摇头不动了', handyman),
  c('L', '电风扇不转', handyman),
  c('L', '遥控器按了没反应', handyman),
  c('L', '柜门掉下来了', handyman),
  c('L', '抽屉拉不动', handyman),
  c('L', '椅子腿松了', handyman),
  c('L', '门把手掉了', handyman),
  c('L', '锁芯坏了钥匙拧不动', fixIt),
  c('L', '纱窗破了个洞', handyman),
  c('L', '窗户关不严漏风', fixIt),
  c('L', '晾衣架摇不下来', handyman),
  c('L', '水嘴一直滴答', repair),
  c('L', '花洒不出水', repair),
  c('L', '洗手盆下面湿了一片', repair),
  c('L', '蹲坑冲不下去', repair),
  c('L', '家里一半屋子黑着', repair),
  c('L', '插头一插就冒火星', repair),
  c('L', '煤气灶打不着火', gas),
  c('L', '炉子点不着', gas),
  c('L', '屋里冻得伸不出手', gas),
  c('L', '片子冰凉', gas),
  c('L', '楼道黑乎乎的', property),
  c('L', '单元门关不上', property),
  c('L', '楼上天天往下扔东西', property),
  c('L', '家里旧柜子想扔', rubbish),
  c('L', '门口一堆破烂没人收', rubbish),
  c('L', '家里乱得下不去脚', cleaning),
  c('L', '厨房油腻腻的擦不动', cleaning),
  c('L', '窗户脏得看不清外面', cleaning),
  c('L', '一个人开不了火', meals),
  c('L', '拿不动锅铲了', meals),
  c('L', '天天泡面对付', meals),
  // Body complaints and what has grown hard.
  c('H', '嗓子疼', clinic),
  c('H', '拉肚子好几天了', clinic),
  c('H', '老是恶心想吐', clinic),
  c('H', '牙疼得睡不着', clinic),
  c('H', '眼睛看东西模糊', clinic),
  c('H', '耳朵嗡嗡响', clinic),
  c('H', '身上起疹子痒', clinic),
  c('H', '腰疼直不起来', clinic),
  c('H', '膝盖疼上不了楼', clinic),
  c('H', '老起夜', clinic),
  c('H', '腿肿了', clinic),
  c('H', '手抖', clinic),
  c('H', '药吃没了', pharmacy),
  c('H', '创可贴和碘伏', pharmacy),
  c('H', '老伴躺床上翻不了身', nursing),
  c('H', '伤口化脓了要换纱布', nursing),
  c('H', '插着尿管要人换', nursing),
  c('H', '心里憋屈得很', counselling),
  c('H', '整宿整宿睡不着', counselling),
  c('H', '一个人去不了大医院', escort),
  c('H', '老头子白天没人看着', dayCare),
  c('H', '老爷子糊涂了认不得人', dayCare),
  c('H', '走不了路想让医生来家看看', doctorHome),
  // Fits nothing here.
  c('L', '想换个大点的房子', nothing),
  c('L', '电费怎么这么贵', nothing),
  c('H', '想去外地大医院做手术', nothing),
  c('H', '想买个按摩椅', nothing),
  c('L', '快递老送错', nothing),
];

export const thirtyFourthBatch = allTuning(cases);
