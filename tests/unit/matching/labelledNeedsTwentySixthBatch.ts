// The twenty-sixth batch: everyday needs of the basic-living and health-medical journeys in
// colloquial Mandarin and northern dialect (咋整、贼、埋汰、拾掇、归置、瞅、俺), told obliquely: a
// complaint or a circumstance instead of the service's name ("the stairwell light has been out
// for a week", "my legs are bad and I can't carry rice upstairs", "the pills are running out and
// my son is away"). Every resource of the directory that such a need can reach, the less-used
// ones too (handyman volunteers, housekeeping, day care, the service hall, mediation over noise),
// a few dangers with their calm near misses (打不着火, 老伴儿走了 for a death, a fall last week), and
// needs that fit nothing (glasses, dentures, a pet, the phone bill). Written whole before the
// matcher was run on any of it; all tuning, so the held-out part stays untouched this round.
import {
  type Unsplit,
  allTuning,
  c,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  gas,
  meals,
  nothing,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const handyman: readonly string[] = ['handyman-volunteers'];
const fixer: readonly string[] = [...repair, ...handyman];
const housekeeping: readonly string[] = ['housekeeping-co'];
const pharmacy: readonly string[] = ['pharmacy'];
const medicineRunningOut: readonly string[] = ['pharmacy', 'health-station'];
const familyDoctor: readonly string[] = ['family-doctor-team'];
const healthStation: readonly string[] = ['health-station'];
const nursing: readonly string[] = ['home-nursing'];
const escort: readonly string[] = ['escort-volunteers'];
const dayCare: readonly string[] = ['day-care-centre'];
const counselling: readonly string[] = ['counselling-room'];
const mediation: readonly string[] = ['mediation-room'];
const serviceHall: readonly string[] = ['service-hall'];

/** The building's common parts: lifts, stairwell lights, doors, paths, greenery. */
const building: Unsplit[] = [
  c('L', '楼道里的灯黑了一个礼拜了，晚上下楼只能摸着墙走', property),
  c('L', '电梯又趴窝了，俺家住十二楼，这腿爬不上去', property),
  c('L', '单元门那个刷卡的玩意儿坏了，门关不上，谁都能进来', property),
  c('L', '楼下那片草长得老高了，蚊子贼多，也没人来剪剪', property),
  c('L', '住顶层，一下雨屋顶就往下渗水，墙皮都泡掉了', property),
  c('L', '小区里好几根路灯不亮，晚上黑咕隆咚的，出门心里发毛', property),
  c('L', '楼梯扶手晃晃悠悠的，老人扶着心里没底', property),
  c('L', '电梯里老有一股尿骚味儿，埋汰得很', property),
  c('L', '楼门口那个大铁门吱扭吱扭的，咋推都关不严', property),
  c('L', '电梯按了半天不来，来了还老在半道儿停一下，吓人', property),
  c('L', '雨一下楼门口就一大片积水，得蹚着走', [...property, 'disaster-supplies']),
  c('L', '楼道里不知谁家堆了一堆破烂儿，堵着道也没人管', [...property, ...rubbish]),
  c('L', '楼上往下渗水，俺家天花板上洇了一大片黄印子', [...repair, ...property]),
];

/** Water, power and the small fixes inside the flat. */
const flat: Unsplit[] = [
  c('L', '厨房水龙头一直滴答滴答的，拧多紧都关不住', repair),
  c('L', '卫生间那下水道返味儿，还咕嘟咕嘟往上冒水', repair),
  c('L', '马桶冲不下去了，一冲水就往上涨', repair),
  c('L', '一开微波炉屋里就啪一下全黑了', repair),
  c('L', '墙上那个开关按下去没反应，灯也不亮', fixer),
  c('L', '屋里灯泡闪了两下就不亮了，我够不着，站凳子上又怕摔', handyman),
  c('L', '家里那台老洗衣机光响不转，衣服泡在里头', handyman),
  c('L', '冰箱不凉了，搁里头的菜都放坏了', handyman),
  c('L', '抽油烟机嗡嗡响，就是吸不动油烟', handyman),
  c('L', '窗户合页掉了一个，一刮风就咣当咣当的', handyman),
  c('L', '洗菜池子底下那根管子老往外渗水，柜子都泡烂了', repair),
  c('L', '俺家那灯一开就滋啦滋啦地闪', fixer),
  c('L', '电饭锅不热了，饭煮了俩钟头还是生的', handyman),
  c('L', '卫生间地漏一洗澡水就漫出来，满地都是', repair),
  c('L', '老房子电线老化了，开俩电器就没电', repair),
  c('L', '自来水一打开出来黄汤子，一股铁锈味儿', [...repair, ...property]),
];

/** Heating and gas, with a stove that will not light (no fire in it). */
const warmth: Unsplit[] = [
  c('L', '暖气片摸着冰凉，屋里跟冰窖似的', gas),
  calm('L', '灶眼打不着火了，咔咔响就是不着', gas),
  c('L', '燃气卡插上去充不进钱了，眼瞅着要没气', gas),
  c('L', '一入冬屋里冻得伸不出手，老胳膊老腿受不了', gas),
  c('L', '热水器打不着了，洗不上热水澡', [...gas, ...handyman]),
  c('L', '暖气片底下那个阀门老滴水，地板都泡鼓了', [...gas, ...repair]),
];

/** Rubbish, large and small. */
const waste: Unsplit[] = [
  c('L', '家里有个旧沙发想扔，俺一个人搬不下去', rubbish),
  c('L', '垃圾桶满得都冒尖了，好几天没人来拉', rubbish),
  c('L', '屋里拾掇完剩了一堆砖头水泥渣子，不知道往哪儿倒', rubbish),
  c('L', '小区门口那个垃圾站臭得不行，苍蝇嗡嗡的', rubbish),
  c('L', '这个外卖盒子到底算哪类的，扔错了还挨说', rubbish),
  c('L', '早上不到五点垃圾车就咣咣地倒桶，吵得睡不着', rubbish),
];

/** Meals: cooking is the trouble, not the food's name. */
const eating: Unsplit[] = [
  calm('L', '老伴儿走了以后一个人懒得开火，天天啃干馒头', meals),
  c('L', '腿脚不行了，下不了楼买菜，饭都做不上', meals),
  c('L', '中午能不能有人给送口热乎饭', meals),
  c('L', '牙口不好了，想吃点软和的饭菜，咱这儿有吗', meals),
  c('L', '老伴儿做完手术在家躺着，我光顾着伺候他，顾不上做饭', meals),
  c('L', '我是糖尿病，外头的饭太咸太油，有没有清淡点的老人饭', meals),
  c('H', '身子骨弱，灶台前站不住，一天三顿都成问题', meals),
];

/** Housekeeping and the chores a body can no longer do. */
const chores: Unsplit[] = [
  c('L', '家里乱得下不去脚，我这腰弯不下去收拾', housekeeping),
  c('L', '想找个人每礼拜来一趟，帮着擦擦地洗洗涮涮', housekeeping),
  c('L', '窗户一年没擦了，玻璃埋汰得看不清外头', housekeeping),
  c('L', '油烟机上那层油垢厚得能刮下来，想找人来弄干净', housekeeping),
  c('L', '老人住的那屋有股味儿，被褥好久没拆洗了', housekeeping),
  c('L', '腿脚不好，扛不动米面上楼，也没个人帮一把', [...housekeeping, 'volunteer-station']),
];

/** Medicine: running out, too far to fetch, too confusing to take. */
const medicine: Unsplit[] = [
  c('H', '降压药就剩两片了，儿子出差还得半个月才回来', medicineRunningOut),
  c('H', '这药吃好几年了，每回都得排老半天队去开', [...clinic, ...pharmacy]),
  c('H', '处方上那个药附近药店都说没有', pharmacy),
  c('H', '大夫开的药太多了，我分不清哪个早上吃哪个晚上吃', [...clinic, ...pharmacy]),
  c('H', '胰岛素快打完了，俺下不了楼去拿', medicineRunningOut),
  c('H', '高血压的药每个月都得开，能不能有人给我送过来', [...pharmacy, ...clinic]),
  c('H', '得去医院拿药，可我这腿走不了那么远', [...escort, ...pharmacy]),
  c('S', '在活动室下棋呢，突然想起来家里的药吃没了，能给送吗', pharmacy),
];

/** Nursing at home: wounds, injections, bedridden, rehabilitation. */
const nursingAtHome: Unsplit[] = [
  c('H', '老头子瘫在床上好几年了，身上起了褥疮', nursing),
  c('H', '我妈刚做完手术出院，伤口得隔一天换一回纱布', nursing),
  c('H', '每天得打吊瓶，来回跑医院太折腾了', nursing),
  calm('H', '去年中风以后半边身子不利索，想有人教着练练走道', nursing),
  c('H', '老伴儿插着尿管，得定期换，我自己不敢弄', nursing),
  c('H', '腿上那块伤口老不好，还流黄水', [...nursing, ...clinic]),
  c('H', '每天要打胰岛素，手抖得扎不准', nursing),
  c('H', '有没有能上门抽血的，我下楼太费劲', [...nursing, ...familyDoctor]),
  c('H', '我妈拄着拐，上厕所都得人扶，我一个人弄不过来', [...nursing, ...dayCare]),
];

/** The family doctor, check-ups, chronic illness followed up. */
const doctor: Unsplit[] = [
  c('H', '血压忽高忽低的，想找个地儿常量量', healthStation),
  c('H', '手指头扎一下测个糖，咱这附近哪儿能测', healthStation),
  c('H', '单位不组织体检了，自个儿想查查身子', healthStation),
  c('H', '年纪大了，想让大夫隔段时间来家里瞅瞅', familyDoctor),
  c('H', '听说能签一个固定的大夫，有事打个电话就行', familyDoctor),
  c('H', '糖尿病好些年了，也没人管我吃得对不对', clinic),
  c('H', '想打个流感的疫苗，去哪儿打', clinic),
  calm('H', '上礼拜在家摔了一跤，现在腰还疼，想让大夫上门看看', [
    ...familyDoctor,
    'health-station',
    ...nursing,
  ]),
  c('H', '体检报告出来一堆箭头，我看不懂', clinic),
  c('H', '心脏支架放了半年了，该复查了，找谁', [...clinic, ...escort]),
  calm('H', '吃了降压药头还是晕乎乎的，是不是药不对', clinic),
  c('H', '我妈尿糖高，大夫说得有人定期打电话问问情况', familyDoctor),
  c('H', '咱这儿能拿医保卡开药吗，不想老往大医院跑', healthStation),
  calm('H', '有老慢支，一到冬天就喘得厉害，想让大夫常来看看', clinic),
];

/** Going to hospital with someone, and care by day. */
const hospitalAndDayCare: Unsplit[] = [
  c('H', '明天得去医院复查，孩子都在外地，我眼神不好看不清那些牌子', escort),
  c('H', '大医院挂号都得在手机上弄，我不会，病都看不上', escort),
  c('H', '老伴儿一礼拜得去透析三回，我一个人弄不动他', escort),
  c('H', '医院那么大，我进去就转向，找不着科室', escort),
  c('H', '老头子坐轮椅，上医院得有人帮着推', escort),
  c('H', '我爸有点糊涂了，白天家里没人看着', dayCare),
  c('H', '白天上班，老妈一个人搁家我不放心，想找个地方白天待着', dayCare),
  c('H', '伺候我婆婆好几年了，想喘口气歇两天', dayCare),
  c('H', '老爷子总忘事儿，刚吃完饭又问吃了没有', [...dayCare, 'health-station']),
  c('S', '孩子们都上班，把我一个人搁家里，中午饭都没人管', [...dayCare, ...meals]),
];

/** The mind, company, the office's paperwork and the neighbours' noise, told as a complaint. */
const aroundTheHome: Unsplit[] = [
  c('H', '晚上老睡不着，翻来覆去到天亮', [...counselling, 'health-station']),
  c('H', '自打退休心里空落落的，干啥都提不起劲', [...counselling, ...companion]),
  c('H', '心里老憋屈，跟儿媳妇处不来', [...counselling, ...mediation]),
  calm('H', '老伴儿走了以后我老是忍不住哭', counselling),
  c('S', '一个人在家闷得慌，连个说话的人都没有', companion),
  c('S', '老伴儿住院了，想有人隔三差五来家看看我', companion),
  c('L', '想申请那个高龄的补贴，上哪儿办', serviceHall),
  c('L', '楼上天天半夜咚咚咚的，搅得睡不着觉', mediation),
  c('L', '楼上装修电钻一响一上午，我这心脏受不了', mediation),
];

/** Danger told as what is seen or smelt, in these journeys. */
const dangers: Unsplit[] = [
  d('L', '厨房里一股臭鸡蛋味儿，阀门关了还有', [...gas, ...emergencyTeam]),
  d('H', '我老伴儿坐那儿说着话突然说不清了，嘴也歪了', emergencyTeam),
  d('L', '插座冒火星子，还有股焦糊味儿', [...fire, ...repair, ...emergencyTeam]),
  d('H', '我爸在卫生间滑倒了，自己起不来', emergencyTeam),
];

/** Needs no service of the community answers. */
const elsewhere: Unsplit[] = [
  c('L', '老花镜腿儿折了，哪儿能给焊上', nothing),
  c('H', '假牙老往下掉，吃饭硌得牙床疼', nothing),
  c('L', '手机欠费停机了，咋交钱', nothing),
  c('L', '家里网老断，看个视频卡得要命', nothing),
  c('H', '我家猫好几天不吃东西了，蔫了吧唧的', nothing),
  c('L', '要搬家了，想找个能搬钢琴的', nothing),
  c('L', '家里大门钥匙想多配两把', nothing),
  c('H', '想买个血压计，哪个牌子的准', nothing),
  c('L', '想给老伴儿订个生日蛋糕', nothing),
  c('H', '给狗打狂犬疫苗上哪儿打', nothing),
];

export const twentySixthBatch = allTuning([
  ...building,
  ...flat,
  ...warmth,
  ...waste,
  ...eating,
  ...chores,
  ...medicine,
  ...nursingAtHome,
  ...doctor,
  ...hospitalAndDayCare,
  ...aroundTheHome,
  ...dangers,
  ...elsewhere,
]);
