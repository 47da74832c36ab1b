// The twenty-fourth batch: danger in every journey, told the way elderly residents tell it at the
// kiosk (what they see, smell and hear, not the word a dispatcher would use), with homophone
// typos, some Traditional characters, some English and some Cantonese; and calm needs beside
// them that use the same words with no danger now (a class, a drill, a bill, a fall last year, a
// theft already over, a dream). The category is the tile the resident tapped, mostly not
// safety-emergency. Written whole before the matcher was run on any of it; all tuning, so the
// held-out part of the older batches measures this round honestly.
import {
  type Unsplit,
  activityRooms,
  allTuning,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  missing,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
/** Someone not seen for days behind a closed door: the responders open it, with the police. */
const welfareCheck: readonly string[] = [...emergencyTeam, ...police];
const sparks: readonly string[] = [...fire, ...repair];
const burstAbove: readonly string[] = [...repair, ...property];
const heatingBurst: readonly string[] = [...repair, ...gas];
const firstAidClass: readonly string[] = ['emergency-team', 'skills-school'];
const afterAFall: readonly string[] = [
  'home-nursing',
  'fitness-square-yangguang',
  'health-station',
  'family-doctor-team',
];
const escort: readonly string[] = ['escort-volunteers'];
const nursing: readonly string[] = ['home-nursing'];
const counselling: readonly string[] = ['counselling-room'];
const mediation: readonly string[] = ['mediation-room'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const skills: readonly string[] = ['skills-school'];
const shows: readonly string[] = ['culture-centre'];
/** Fire-safety material for a school poster: the library lends it, the fire station hands it out. */
const fireSafetyMaterial: readonly string[] = ['community-library', ...fire];
const patrol: readonly string[] = ['patrol-volunteers', 'police-room'];
const wardens: readonly string[] = ['heping-fire-wardens', 'volunteer-station', 'fire-station'];
const medicines: readonly string[] = ['pharmacy', 'family-doctor-team', 'home-nursing'];
const smokeAlarm: readonly string[] = [...fire, 'handyman-volunteers'];

/** A person in danger now: collapsed, fallen, not breathing well, poisoned, bleeding. */
const body: Unsplit[] = [
  d('S', '打麻将的时候老王突然趴桌上不动了，叫他也不应', emergencyTeam),
  d('L', '我老伴说胸口闷得慌，直冒冷汗，脸都白了', emergencyTeam),
  d('H', '我妈说话突然含糊不清，一边手抬不起来了', emergencyTeam),
  d('E', '上课的时候有个阿姨突然倒了，嘴里冒泡泡，浑身一抽一抽的', emergencyTeam),
  d('L', '我爸吃饭噎着了，脸憋得发紫，说不出话', emergencyTeam),
  d('H', '老头子喘不动气了，嘴唇都紫了', emergencyTeam),
  d('S', '楼下张奶奶好几天没开门了，敲门没人应，门口报纸堆了一摞', welfareCheck),
  d('L', '隔壁独居的大爷三天没见着人了，屋里电视一直响，喊他也不答应', welfareCheck),
  d('H', '兄口疼得厉害，像压了块大石头，后背也疼', emergencyTeam),
  d('H', '我老公头疼得要裂开，吐了两回，说看东西都是重影的', emergencyTeam),
  d('L', '孩子把洗衣液喝下去了，怎么办', emergencyTeam),
  d('H', '我婆婆吃了一把安眠药，现在怎么推都推不醒', emergencyTeam),
  d('S', '公园长椅上躺着个老头，一动不动，推他也没反应', emergencyTeam),
  d('H', '我妈有糖尿病，这会满头大汗浑身哆嗦，话都说不利索了', emergencyTeam),
  d('H', '老伴脸歪到一边去了，口水直往下流', emergencyTeam),
  d('L', '我爸心跳得特别快，人软了，眼看就不行了', emergencyTeam),
  d('E', '我妈刚才在厨房突然晕到了', emergencyTeam),
  d('H', '我爺爺在廁所裡暈倒了，怎麼叫都不醒', emergencyTeam),
  d('H', '阿爸心口好痛，成身出冷汗', emergencyTeam),
  d('L', '切菜把手割了好深一道口子，血止不住', emergencyTeam),
  d('S', '遛弯被狗咬了，腿上血一直往外冒', emergencyTeam),
  d('L', '老伴修灯被电打了一下，倒在地上不出声', emergencyTeam),
  d('S', '楼顶边上站着个人，看样子要往下跳', welfareCheck),
  d('H', 'my husband suddenly cannot speak properly and his face is drooping', emergencyTeam),
  d('E', '我爸好像中疯了，半边身子动不了', emergencyTeam),
];

/** A fall now: on the floor, cannot get up, hurt in the fall. */
const falls: Unsplit[] = [
  d('S', '跳广场舞的大姐摔地上起不来了，腿好像断了', emergencyTeam),
  d('L', '我在卫生间滑倒了，现在爬不起来，是拿手机打的字', emergencyTeam),
  d(
    'H',
    'my father fell in the bathroom and is not getting up, his head is bleeding',
    emergencyTeam,
  ),
  d('E', '老伴刚才从梯子上摔下来，头磕破了，人迷迷糊糊的', emergencyTeam),
  d('L', '奶奶跌咗落地，起唔到身', emergencyTeam),
  d('S', '我妈在楼梯上摔到了，疼得直叫，动都不敢动', emergencyTeam),
];

/** Gas now: a smell, a hiss, fumes with headache. */
const gasNow: Unsplit[] = [
  d('L', '一进门就闻到一股臭鸡蛋味，是不是哪漏了', gasDanger),
  d('S', '楼道里好大的煤汽味，呛得慌', gasDanger),
  d('H', '家里煤气味好重，我头晕想吐', gasDanger),
  d('E', '厨房里有股怪味像液化气，我不敢开灯', gasDanger),
  d('L', '燃器灶关了还是咝咝地响，一股味儿', gasDanger),
  d('H', '老两口烧炉子取暖，现在都头疼想吐，起不来了', gasDanger),
  d('L', '屋企好大陣石油氣味，唔知邊度漏', gasDanger),
  d('L', 'there is a strong gas smell in the stairwell, i think it is leaking', gasDanger),
];

/** Fire now: smoke, flames, sparks, a burning smell. */
const fireNow: Unsplit[] = [
  d('S', '对面楼有家窗户往外冒黑烟', fire),
  d('L', '楼道里的电动车烧起来了', fire),
  d('L', '插座冒火星子，一股烧焦的味道', sparks),
  d('H', '锅里的油着了，火窜得老高', fire),
  d('E', '隔壁屋里有烟从门缝里往外冒，敲门没人', fire),
  d('L', '家里电线在冒烟，噼里啪啦地响', sparks),
  d('S', '楼下着伙了，快来人啊', fire),
  d('S', "fire in my neighbour's kitchen, lots of smoke coming out", fire),
  d('L', '樓下失火了，濃煙好大', fire),
  d('H', '电热毯烧糊了，被子都冒烟了', fire),
];

/** Water coming in now: a burst pipe, a leak from above onto the lights, rain into the home. */
const waterNow: Unsplit[] = [
  d('L', '水管爆了，水哗哗地往外喷，满屋子都是水', repair),
  d('L', '楼上漏下来的水跟下雨似的，灯里面都在滴水', burstAbove),
  d('S', '下暴雨地下室进水了，水都没过膝盖了', flood),
  d('X', '院子里的水都漫进屋里了，老人出不去', flood),
  d('L', '暖气管子裂了，热水喷了一地', heatingBurst),
];

/** A break-in or violence now. */
const intruders: Unsplit[] = [
  d('L', '我听见有人在撬我家的门，就在门外', police),
  d('S', '回家发现门锁被弄坏了，屋里翻得乱七八糟，不知道人走了没有', police),
  d('H', '有个陌生男的翻窗户进了隔壁家', police),
  d('E', 'someone is trying to break into my flat right now', police),
  d('L', '楼上两口子打起来了，女的一直在喊救命', police),
  d('S', '有人拿着刀在楼下追人', police),
];

/** A scam while it happens: money being moved now, a caller still on the line. */
const scamNow: Unsplit[] = [
  d('L', '有人打电话说是公安局的，让我把钱转到安全账户，我现在就在银行', police),
  d('E', '电话里说我孙子在外面出事了，要我马上汇两万块过去，人还在电话上等着', police),
  d('S', '客服说我的医保卡被冻结了，叫我下个软件开视频共享屏幕', police),
  d('H', '我妈正要把存款全取出来给卖保健品的，拦都拦不住', police),
  d('L', '有人冒充我儿子加我微信借钱，我已经转了一笔，他还要', police),
  d('L', '有人自稱警察，叫我而家轉帳', police),
  d('E', 'a man on the phone says my bank account is frozen and i must transfer money now', police),
  d('S', '刚接到电话说我中奖了，要先交手续费，我正准备转帐', police),
];

/** Someone missing right now. */
const missingNow: Unsplit[] = [
  d('S', '我爸有老年痴呆，早上出去遛弯到现在还没回来', missing),
  d('E', '孩子放学一直没回家，电话也打不通，都八点了', missing),
  d('H', '我婆婆从医院走丢了，身上还穿着病号服', missing),
];

/** Danger words, no danger now: a class, a drill, a bill, the past, prevention, a dream. */
const calmNeeds: Unsplit[] = [
  calm('E', '社区有没有教急救的课，我想学学心肺复苏', firstAidClass),
  calm('H', '去年冬天摔了一跤，腿养好了，想找人教我练练别再摔', afterAFall),
  calm('X', '听说下个月搞消防演练，在哪集合', fire),
  calm('L', '燃气费在哪交，卡里没气了', gas),
  calm('X', '上个月我电动车电瓶被偷了，想去备个案', police),
  calm('S', '昨晚电视上演火灾逃生，我想问社区发不发灭火器', fire),
  calm('L', '煤气灶打不着火，咔咔响就是不着', gas),
  calm('L', '抽油烟机不吸烟了，一做饭满屋油烟', appliances),
  calm('H', '想戒烟，抽了四十年了，有没有门诊能帮帮', clinic),
  calm('H', '老伴中风好几年了，一直在床上躺着，想请人上门护理', nursing),
  calm('H', '我爸前年心梗放了支架，下礼拜复查没人陪他去', escort),
  calm('H', '最近有点头晕，想量量血压', clinic),
  calm('S', '以前住的楼着过火，现在一想起来晚上就睡不着', counselling),
  calm('X', '家里灭火器过期了，去哪换新的', fire),
  calm('X', '楼道里堆满了纸箱子，万一着火就麻烦了', fire),
  calm('L', '電動車喺樓梯口充電，好危險，有冇人管', fire),
  calm('X', '我家老头去年走丢过一次，想给他办个黄手环', missing),
  calm('X', '去年被电话骗了三千块，现在报案还能追回来吗', police),
  calm('E', '有没有防诈骗的讲座，我想带老姐妹们去听听', police),
  calm('X', '雨季快到了，地下室门口能领几个沙袋吗', flood),
  calm('S', '春节社区放不放烟花，有没有联欢会', shows),
  calm('S', '梦见家里着火了，是不是不吉利', nothing),
  calm('E', '我想学炒菜，怕油锅起火，有没有厨师培训', skills),
  calm('X', '邻居家天天半夜吵架摔东西，吵得我睡不着', mediation),
  calm('L', '暖气片接口有点渗水，地上湿了一小块', heatingBurst),
  calm('L', '水龙头一直滴水，拧不紧', repair),
  calm('H', '有没有防跌倒的讲座，我妈走路老是不稳', afterAFall),
  calm('E', 'how can i sign up for a first aid course', firstAidClass),
  calm('L', 'how do i pay the gas bill, my card has run out', gas),
  calm('H', 'my mum fell last year and still walks badly, is there physio near here', afterAFall),
  calm('X', '我想报名当义务消防员', wardens),
  calm('X', '小区门禁坏了，谁都能进来，能不能修一下', property),
  calm('X', '上个月家里进过贼，锁已经换了，想问问晚上有没有人巡逻', patrol),
  calm('S', '想找人陪我妈聊聊天，她一个人住，怕她出事', companion),
  calm('H', '煙霧報警器一直嘀嘀響，是不是沒電了', smokeAlarm),
  calm('E', '孙子学校让做防火安全手抄报，哪里能借到资料', fireSafetyMaterial),
  calm('H', '我有心脏病，想签个家庭医生定期来看看', ['family-doctor-team']),
  calm('L', '家里跳闸了，灯全灭了', repair),
  calm('S', '前几天在活动室滑了一下，没啥事，活动室地上能不能铺个防滑垫', activityRooms),
  calm('H', '上次吃错药进过医院，想找人帮我把药分好', medicines),
  calm('X', '地震了应该往哪跑，有没有演练', flood),
  calm('L', '说燃气公司要上门安检，是真的吗，怕是骗子', gas),
  calm('S', '看了个防诈骗的小品挺好笑，社区还演不演', shows),
];

export const twentyFourthBatch = allTuning([
  ...body,
  ...falls,
  ...gasNow,
  ...fireNow,
  ...waterNow,
  ...intruders,
  ...scamNow,
  ...missingNow,
  ...calmNeeds,
]);
