// The thirty-first batch: everyday needs, second round. The safety-emergency journey's calm needs
// (a theft some days ago to report, a patrol wanted at night, a stairwell or road light out and
// feeling unsafe, a dog off its lead, fire wardens asked to look a flat over, a neighbour dispute,
// a lost or found key, a gas check) and the health journey's escort, pharmacy, chronic-illness,
// check-up, nursing and day-care needs told as circumstances (a son at work, pills to sort, a
// queue too long, a walker, eyes too weak to read the labels), with calm near misses that carry
// a danger word in the past ("闻到过一点煤气味，后来没了") and needs that fit nothing (a locksmith,
// a camera to buy, a parking ticket, glasses, a hearing aid). Written whole before the matcher
// was run on any of it, and all tuning: this round's held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  c,
  calm,
  clinic,
  fire,
  flood,
  gas,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const patrol: readonly string[] = ['patrol-volunteers'];
const watch: readonly string[] = ['patrol-volunteers', 'police-room'];
const mediation: readonly string[] = ['mediation-room'];
const dogs: readonly string[] = ['mediation-room', 'police-room'];
const lights: readonly string[] = [...property, 'repair-team'];
const escort: readonly string[] = ['escort-volunteers'];
const pharmacy: readonly string[] = ['pharmacy'];
const pills: readonly string[] = ['pharmacy', 'family-doctor-team', 'health-station'];
const medicineRunningOut: readonly string[] = ['pharmacy', 'health-station'];
const familyDoctor: readonly string[] = ['family-doctor-team'];
const healthStation: readonly string[] = ['health-station'];
const nursing: readonly string[] = ['home-nursing'];
const dayCare: readonly string[] = ['day-care-centre'];
const gasCheck: readonly string[] = [...gas, 'heping-fire-wardens'];

const safety: Unsplit[] = [
  // A theft some time ago, to report now.
  c('X', '前天晚上电动车电瓶让人给偷了，现在想去报个案', police),
  c('X', '上礼拜在菜市场钱包被人掏了，当时没顾上，现在还能报吗', police),
  c('X', '放在楼道里的自行车没了，都好几天了', police),
  c('X', '家里上个月丢了个金镯子，怀疑是来干活的小时工拿的', police),
  c('X', '快递放门口老被人顺走，这都第三回了', police),
  c('X', '阳台上晾的衣服让人收走了，想查查监控', [...police, ...property]),
  c('X', '老伴的手机在公交上被偷了，卡已经挂失了，还用不用去警务室说一声', police),
  c('X', '地下室的锁被人撬过，丢了两箱酒，是上个月的事', police),
  // A patrol wanted at night.
  c('X', '我们这片晚上黑灯瞎火的，能不能派人多转转', patrol),
  c('X', '最近老有人半夜拉车门，晚上能不能有人巡一巡', watch),
  c('X', '小区后门晚上没人看着，谁都能进来，心里不踏实', [...watch, ...property]),
  c('X', '退休了闲着也是闲着，想参加晚上的巡逻队', [...patrol, 'volunteer-station']),
  c('X', '听说有人老在楼下车棚那块儿转悠，看着不像本小区的', watch),
  c('X', '快过年了，晚上能不能安排人在小区里走走看看', patrol),
  c('X', '我们楼的老人晚上都不敢下楼遛弯，说是外头不太平', watch),
  // A light out, and feeling unsafe.
  c('X', '楼道里的灯坏了半个月了，晚上上楼摸黑，心里发毛', lights),
  c('X', '单元门口那盏灯不亮了，晚上回来黑咕隆咚的有点怕', lights),
  c('X', '我们楼三层到五层的感应灯都不亮，老人上下楼怕摔着', lights),
  c('X', '地下车库的灯坏了好几个，一个人去取车心里慌', lights),
  c('X', '小区里路灯坏了一排，晚上遛弯都看不清道', lights),
  c('X', '单元门的锁坏了关不上，谁都能进来', [...property, ...patrol]),
  // A dog off its lead.
  c('X', '楼下有人遛狗不拴绳，大狗冲我孙子直叫，孩子吓哭了', dogs),
  c('X', '邻居家的大狗老在院子里乱跑，跟他说了也不听', dogs),
  c('X', '小区里有人遛狗从来不牵绳，狗屎也不捡', [...dogs, ...property]),
  c('X', '楼里有人养了条大狼狗，出门不戴嘴套，见人就扑', dogs),
  c('X', '早上锻炼老碰见一条没拴的狗追着人跑，主人还在后头笑', dogs),
  // Fire wardens to look a flat over.
  c('X', '家里电线用了三十多年了，想请消防的人来看看安不安全', [...fire, ...repair]),
  c('X', '我一个人住，能不能来个人到我家看看有没有火灾隐患', fire),
  c('X', '家里的灭火器过期了，想问问上哪儿换', fire),
  c('X', '楼道里堆满了纸箱子旧家具，就怕哪天着火', [...fire, ...property]),
  c('X', '想在家里装个烟感报警器，有没有人帮着弄', fire),
  c('X', '邻居老是从窗户扯根线下来给电瓶车充电，我担心出事', fire),
  calm('X', '去年家里着过一回小火，现在想请人来看看线路还有没有问题', [...fire, ...repair]),
  c('X', '冬天要用电暖气，想找人看看我这插线板这么接行不行', [...fire, ...repair]),
  // A neighbour dispute.
  c('X', '隔壁把鞋柜摆到公共过道上了，说了几回都不挪', [...mediation, ...property, ...fire]),
  c('X', '楼上洗衣机半夜转，轰隆隆的吵得我睡不着', mediation),
  c('X', '对门天天把垃圾袋放门口，味儿大，跟他说他还跟我急', mediation),
  c('X', '跟楼下为了漏水赔钱的事一直谈不拢', mediation),
  c('X', '楼上小孩天天在屋里蹦，跟他家说了好几回也没用', mediation),
  c('X', '邻居在楼顶种菜，水渗到我家了，找他他也不认账', [...mediation, ...repair]),
  c('X', '为了车位跟邻居吵了好几回了，想找个人评评理', mediation),
  c('X', '楼下烧烤店天天闹到后半夜，跟老板说了也不管用', mediation),
  c('X', '儿子儿媳为了房子的事跟我闹翻了，想找个人说和说和', mediation),
  // A key lost or found.
  c('X', '在花坛边上捡到一串钥匙，该交给谁', police),
  c('X', '家门钥匙丢了，钥匙扣上还写着门牌号，怕有人拿着进来', watch),
  c('X', '钥匙丢了进不去家门，哪儿能找个开锁的', nothing),
  // A gas check.
  c('X', '有人敲门说是燃气公司入户安检，我想问问是真是假', [...gas, ...police]),
  c('X', '家里燃气灶用了十几年了，想找人来查查管子老化没有', gasCheck),
  c('X', '热水器老打不着火，想让燃气的人来看看', gas),
  calm('X', '前阵子闻到过一点煤气味，后来就没了，还是想找人来检查一下', gasCheck),
  c('X', '燃气表没电了，家里做不了饭', gas),
  c('X', '天然气的软管听说要定期换，我家的好多年没换了', gasCheck),
  // Other calm needs of the journey.
  c('X', '有人打电话说我孙子出事了要钱，我给挂了，想跟警察说一声', police),
  c('X', '老伴有点糊涂了，想给他弄个防走失的手环', ['missing-search-team']),
  c('X', '天气预报说要下大暴雨，想领几个沙袋堵门口', flood),
  c('X', '社区有没有讲防骗的课，我想去听听', police),
  // Nothing in the community fits.
  c('X', '想在家门口装个监控摄像头，哪儿买的好', nothing),
  c('X', '车停在小区外头让贴了罚单，能找谁说说', nothing),
  c('X', '想买份家庭财产保险，哪家靠谱', nothing),
  c('X', '小区门口的红绿灯太短了，老人过马路走不完', nothing),
];

const health: Unsplit[] = [
  // An escort: nobody to go along, or the hospital too much alone.
  c('H', '儿子在单位请不下假来，我下礼拜得去医院复查', escort),
  c('H', '闺女上班忙，我一个人去医院连挂号都不会弄', escort),
  c('H', '医院人太多了，排队挂号交费取药，我这腿站不住', escort),
  c('H', '我现在走路得推着助行器，上下车都费劲，一个人去不了医院', escort),
  c('H', '老伴眼睛做完手术看不清东西，下周拆线得有人带她去', escort),
  c('H', '要去医院做胃镜，说得有家属陪着，孩子都不在本地', escort),
  c('H', '我耳朵背，大夫说啥都听不清，想有个人陪我去看病', escort),
  c('H', '明天去三院拿检查结果，能不能找个志愿者跟着我', escort),
  c('H', '去医院得倒两趟公交，我这岁数了一个人不敢去', escort),
  c('H', '医院那些自助机我都不会用，每回去都急得一身汗', escort),
  c('H', '谁能跟我去趟医院，我一个人心里没底', escort),
  c('H', '老伴住院了，我想找人帮着跑跑腿办办手续', escort),
  calm('H', '上个月摔了一跤，现在得拄拐，想找个人陪我去医院复查', escort),
  c('L', '孩子们都上班，我想找个人陪着去医院拿药', escort),
  // Pharmacy: pills to sort, run out, or too small to read.
  c('H', '药盒上的字太小了，我眼神不好，看不清一天吃几片', pills),
  c('H', '吃的药有七八种，老记不住哪个早上吃哪个晚上吃', pills),
  c('H', '想买个一周的分药盒，顺便请人帮我把药分好', pharmacy),
  c('H', '腿脚不好下不了楼，降糖药快吃完了，能给送家来吗', pharmacy),
  c('H', '医院开的方子，想在家门口的药店拿药', pharmacy),
  c('H', '一下雨关节就疼，家里的膏药贴完了，想买点', pharmacy),
  c('H', '老伴的药每个月都得去买，能不能按月给送过来', pharmacy),
  c('H', '降压药吃完了，附近哪能买到', medicineRunningOut),
  c('H', '药过期了不知道还能不能吃，想找人问问', [...pharmacy, ...clinic]),
  c('S', '我在活动站这儿呢，想起来家里的感冒药没了，谁能给捎点', pharmacy),
  // Chronic illness: the family doctor or the health station.
  c('H', '糖尿病十几年了，想找个大夫定期给我看看血糖', clinic),
  c('H', '老伴心脏不好，想签个家庭医生，有事能打电话问问', familyDoctor),
  c('H', '最近血压忽高忽低的，想找个地方量量', clinic),
  c('H', '我有慢阻肺，天一冷就憋得慌，想让大夫上门看看', familyDoctor),
  c('H', '每个月都得跑大医院开一样的药，能不能在社区开', clinic),
  c('H', '痛风又犯了，脚脖子肿得老高，想找社区大夫看看', clinic),
  c('H', '大夫让我天天测血糖，那个仪器我自己不会用', [...clinic, ...nursing]),
  c('H', '慢病的药能不能一次多开点，老跑太麻烦', clinic),
  calm('H', '上回心脏病犯了住了半个月院，出院以后想让医生常来看看', familyDoctor),
  // A check-up.
  c('H', '过了六十五是不是每年能免费体检一回', healthStation),
  c('H', '好几年没查过身体了，想抽个血看看', healthStation),
  c('H', '老觉得腰酸腿软，想查查骨密度', healthStation),
  c('H', '体检单上说甘油三酯高，要不要紧', clinic),
  c('H', '明早空腹去抽血，卫生站几点开门', healthStation),
  // Nursing at home.
  c('H', '老伴做完手术回家了，刀口得有人来换药', nursing),
  c('H', '我妈在床上躺了好几年了，想找个护士定期来看看', nursing),
  c('H', '老头子中风以后走不了路，想请人上门帮着练练', nursing),
  c('H', '出院的时候带着尿管，不知道咋护理，想找人来教教', nursing),
  c('H', '每天得打胰岛素，我手抖自己打不了', nursing),
  c('H', '腿上的伤口老不好，医院说要定期换药，我去不了', nursing),
  // Day care.
  c('H', '白天我们两口子都上班，家里老人一个人在家不放心', dayCare),
  c('H', '我爸有点老年痴呆了，白天想找个地方有人看着他', dayCare),
  c('H', '我照顾瘫在床上的老伴好几年了，实在累得不行，想喘口气', [...dayCare, ...nursing]),
  c('H', '有没有早上把老人送过去、晚上再接回来的地方', dayCare),
  c('S', '我妈九十了，白天一个人闷在家，想送她去个有人陪着说话吃饭的地方', dayCare),
  c('H', '家里老人离不开人，我想出去办点事，能托管几个钟头吗', dayCare),
  // Nothing in the community fits.
  c('H', '想配副老花镜，哪儿验光准', nothing),
  c('H', '种一颗牙大概得多少钱', nothing),
  c('H', '想给老伴买个助听器，哪个牌子好', nothing),
  c('H', '有没有推荐的保健品，增强抵抗力的', nothing),
  c('H', '想做个双眼皮，哪家医院靠谱', nothing),
];

/** The tuning misses named for this round, and their kind, told again in other words. */
const kinds: Unsplit[] = [
  c('L', '油烟机吸不动了，炒个菜满屋子烟', ['handyman-volunteers', 'repair-team']),
  c('L', '厨房的排风扇不转了，一做饭呛得慌', ['handyman-volunteers', 'repair-team']),
  c('H', '我老是吃错药，想让人帮我把一礼拜的药摆好', pills),
  c('H', '想找个人陪我去人民医院看看眼睛', escort),
  c('H', '老伴腰疼得要去医院拍片子，得有人陪着', escort),
  c('X', '隔壁装修天天砸墙，我这血压都上来了', mediation),
  c('X', '楼上半夜剁饺子馅，咚咚咚的我心脏受不了', mediation),
];

export const thirtyFirstBatch = allTuning([...safety, ...health, ...kinds]);
