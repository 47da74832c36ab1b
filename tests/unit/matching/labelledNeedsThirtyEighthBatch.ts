// The thirty-eighth batch: dangers the earlier rounds covered least, under every tile but mostly
// the everyday ones: what a relative, neighbour or carer sees, hears or smells (on the phone,
// through the wall, on a visit); a scam in progress told by the victim's son or daughter; the
// danger buried in a long story about something else; short fragments; homophone typos of 煤气,
// 着火, 晕倒, 摔倒 and 救命, toneless pinyin, learners' English, and Traditional characters with Hong
// Kong and Taiwan words (跌低, 暈低, 煤氣, 瓦斯, 火燭, 插蘇). Sparks or a burning smell from wiring, a
// socket or an appliance now is a fire; an alarm sounding now is danger. Then calm near misses
// whose danger words are used in their everyday sense: a past event, prevention, a question about
// training, a drama or a dream, an alarm's battery or fitting one (报警器 is a device), something
// spilled on the floor (洒到地上 is not a person down), and figurative 急死了 / 要命. Written whole
// before the matcher was run on any of it; all tuning, so the held-out part stays untouched.
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
  gas,
  hobby,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
/** A cry for help or violence heard or told: responders and the police. */
const cryForHelp: readonly string[] = [...emergencyTeam, ...police];
/** Someone not seen or not answering behind a closed door. */
const welfareCheck: readonly string[] = [...emergencyTeam, ...police];
/** Sparks or smoke from wiring, a socket or an appliance: a fire first, then the electricians. */
const sparks: readonly string[] = [...fire, ...repair];
/** Water reaching the wiring from above. */
const waterOnWiring: readonly string[] = [...fire, ...repair, ...property];
const burstPipe: readonly string[] = [...repair, ...property];
const rescue: readonly string[] = [...emergencyTeam, ...fire];
const smokeAlarm: readonly string[] = [...fire, 'handyman-volunteers'];
const wiringCheck: readonly string[] = ['handyman-volunteers', 'repair-team', ...fire];
const firstAidClass: readonly string[] = ['emergency-team', 'skills-school'];
const counselling: readonly string[] = ['counselling-room', ...companion];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const cleaning: readonly string[] = ['housekeeping-co'];
const medicine: readonly string[] = [...clinic, 'pharmacy'];
const jobs: readonly string[] = ['employment-station'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const shows: readonly string[] = ['culture-centre', 'interest-groups'];
const pastimes: readonly string[] = [...activityRooms, 'culture-centre', ...hobby];
const noise: readonly string[] = ['mediation-room', ...property];
const fireSafetyMaterial: readonly string[] = [...fire, 'community-library'];

/** What a relative, neighbour or carer sees, hears or smells: on the phone, through a wall, on a visit. */
const toldByOthers: readonly Unsplit[] = [
  d('L', '我在上班，我妈打电话来说话含含糊糊的，说头晕手抬不起来，她一个人在家', emergencyTeam),
  d('H', '刚跟我爸视频，他说着说着人就歪到一边去了，喊他也不答应', emergencyTeam),
  d('S', '隔壁屋里一直有咚咚撞墙的声音，还有个女的在哭着喊别打了', cryForHelp),
  d('L', '对门家门缝里往外冒烟，敲了半天门没人开', fire),
  d('E', '我在楼道里闻到一股很冲的煤气味，好像是楼下那家出来的，他家老人耳朵背', gasDanger),
  d('H', '去看我姑妈，她躺在沙发上怎么叫都叫不醒，桌上好几个空药瓶', emergencyTeam),
  d('S', '给李大爷送饭，看见他倒在门口，脸朝下，一点动静都没有', emergencyTeam),
  d('L', '我是钟点工，一进门就闻到烧焦的味道，锅里的东西已经黑了在冒烟，老人还在里屋睡觉', fire),
  d('H', '保姆打电话说我奶奶吃饭呛着了，脸憋得发紫，咳也咳不出来', emergencyTeam),
  d('X', '楼上一直有人在喊来人啊，声音越来越小了', cryForHelp),
  d('L', '我爸电话里说家里闻着怪怪的，像臭鸡蛋味，他还在那儿做饭呢', gasDanger),
  d('S', '我女儿在视频里看见外婆家墙角那个插座在冒火星子', sparks),
  d('E', '老师打电话说我儿子在学校晕过去了，现在还没醒', emergencyTeam),
  d('H', '楼下老太太每天早上都来敲我门，今天没来，我从窗户看见她倒在厨房地上', emergencyTeam),
  d('L', '墙那边透过来好大一股焦糊味，还听见噼里啪啦的声音', fire),
  d('S', '邻居说看见我家窗户里有火光，我现在不在家', fire),
  d('H', '护工说我爸一直在抽，叫他没反应，口水流了一身', emergencyTeam),
  d('L', '楼上往下滴水，滴到我家吊灯上了，灯在滋滋响还一闪一闪的', waterOnWiring),
  d('E', '我儿子打电话说他宿舍里煤气味很重，室友都说头晕', gasDanger),
  d('S', '跟我妈打电话，她小声说有人在撬她家门，她躲在屋里不敢出声', police),
  d('H', '婆婆在电话里说眼前突然一片黑，半边脸都麻了', emergencyTeam),
  d('L', '回家看我爸，屋里冰凉，他坐在地上起不来，说摔了一晚上了', emergencyTeam),
  d('X', '邻居家老人好几天没出门了，门口的外卖都放臭了，屋里狗一直叫', welfareCheck),
  d('S', '我要报警，楼下有两个人打起来了，有一个拿着刀', cryForHelp),
];

/** A scam in progress, told by the victim's son or daughter. */
const scamToldByChild: readonly Unsplit[] = [
  d('L', '我妈现在在银行要把定期取出来，说是公安让她转到安全账户，我劝不住', police),
  d('E', '我爸被一个投资群忽悠了，刚才又往里打了五万，现在还要借钱接着投', police),
  d('S', '我妈接到电话说我出车祸了要钱做手术，她正要去转账，我人好好的在上班', police),
  d('H', '我爸在手机上被一个说是医生的人忽悠买特效药，他现在正在扫码付款', police),
  d('L', '我奶奶被人指挥着开了屏幕共享，对方正在操作她的手机银行', police),
  d('E', '我爸说有个客服让他下载软件退款，现在他卡里的钱一笔一笔在少', police),
  d('S', '我妈在保健品讲座那儿，人家让她签字贷款买床垫，她已经在签了', police),
  d('X', '我爷爷在接一个陌生电话，挂了又打过来，他在那念银行卡号', police),
  d(
    'H',
    'my mum is on the phone with a scammer right now, she is telling them her bank code',
    police,
  ),
  d('L', '我婆婆说快递员讲包裹丢了要理赔，让她报验证码，她已经报了两个', police),
  d('E', '我老爸网上认识个女的，说在国外出事了，让他马上汇钱，他现在要去银行', police),
  d('S', '有人冒充我加了我妈微信说急用钱，她刚转了三千，还准备再转', police),
];

/** The danger sign buried in a long story about something else. */
const buried: readonly Unsplit[] = [
  d(
    'S',
    '我们老年合唱团下周演出，我负责借服装，今天去仓库借的时候看到墙上电线在冒火花，一股焦味，服装到底在哪借',
    sparks,
  ),
  d(
    'E',
    '想给孙子找个辅导班，他数学不行，老师说他上课老走神，对了他刚才从楼梯上滚下来撞了头，现在说想睡觉，还吐了一次',
    emergencyTeam,
  ),
  d(
    'L',
    '家里洗衣机坏了好几天，衣服都没法洗，老伴今天搬洗衣机的时候说胸口像压了块石头，一身大汗，坐在地上不说话',
    emergencyTeam,
  ),
  d(
    'H',
    '最近老睡不好，想问问有没有看失眠的医生，今天早上起来一直闻到隔壁有煤气味，到现在还有',
    gasDanger,
  ),
  d(
    'S',
    '我报了书法班，上周去了一次挺好的，老师也耐心，今天去上课路过三楼，门缝里在冒烟，里面好像没人',
    fire,
  ),
  d('L', '想问下物业费怎么交，我刚搬来，对了楼下车棚那边有辆电动车在冒烟，还有火苗', fire),
  d(
    'E',
    '我在找工作，前几天面试了个保安，说要先交三千块培训费，我儿子说是骗子，可我刚在手机上转过去了，他们还让我再交',
    police,
  ),
  d(
    'H',
    '我妈糖尿病好多年了，平时都按时打针，今天中午没吃饭就打了针，现在浑身冒冷汗，手抖，话都说不清',
    emergencyTeam,
  ),
  d(
    'S',
    '楼里组织春游，想报名带我爸去，他今天在家一直说头痛得厉害，刚才吐了两回，现在叫他有点迷糊',
    emergencyTeam,
  ),
  d(
    'L',
    '想找人通下水道，厨房水池堵了好几天，今天楼下说我家水漏到他家了，他家电闸那里在冒火星',
    waterOnWiring,
  ),
  d('X', '想问问巡逻队晚上几点出来，我家楼下老有人转悠，刚才那个人还在拧我家的门把手', police),
  d(
    'E',
    '孙子上网课，电脑充电器一直很烫，刚才闻到一股塑料烧焦的味道，插头那边黑了一块还在冒烟',
    sparks,
  ),
];

/** Short fragments typed in a hurry. */
const fragments: readonly Unsplit[] = [
  d('L', '煤气 好臭', gasDanger),
  d('S', '有人倒了 不动', emergencyTeam),
  d('H', '爸 叫不醒', emergencyTeam),
  d('E', '插座冒烟了', sparks),
  d('X', '火 三楼', fire),
  d('L', '水管爆了 全淹了', burstPipe),
  d('H', '妈 摔了 流血', emergencyTeam),
  d('S', '救人啊 有人掉水里', rescue),
  d('L', '门被撬了 贼还在', police),
  d('H', '心口疼 出汗 喘', emergencyTeam),
  d('L', '报警器一直响 有烟', fire),
  d('S', '燃气报警器在叫 闻着有味', gasDanger),
];

/** Homophone and near-sound typos of 煤气, 着火, 晕倒, 摔倒, 救命, 吐, 喘. */
const typos: readonly Unsplit[] = [
  d('L', '厨房里一股煤汽的味道，好冲', gasDanger),
  d('S', '家里梅气味好大，老伴头晕想吐', gasDanger),
  d('E', '隔壁家招火了 好大的烟', fire),
  d('L', '厨房著火了 快来人', fire),
  d('H', '我妈在厕所运倒了，叫不醒', emergencyTeam),
  d('S', '有个老人昏到在活动室门口', emergencyTeam),
  d('L', '我爸在浴室衰倒了起不来', emergencyTeam),
  d('H', '奶奶摔到了 头破了在流血', emergencyTeam),
  d('X', '就命啊 有人在打人', cryForHelp),
  d('L', '救名啊 楼上着火了', fire),
  d('E', '孩子吃了洗衣凝珠，现在一直土', emergencyTeam),
  d('H', '老伴胸口疼，揣不上气', emergencyTeam),
];

/** Pinyin typed without tones. */
const pinyin: readonly Unsplit[] = [
  d('L', 'jia li mei qi wei hen da', gasDanger),
  d('S', 'lao ren shuai dao le qi bu lai', emergencyTeam),
  d('H', 'wo ma yun dao le jiao bu xing', emergencyTeam),
  d('E', 'chu fang zhao huo le', fire),
  d('X', 'jiu ming you ren qiang jie', cryForHelp),
  d('L', 'cha zuo mao huo hua', sparks),
];

/** English as learners and helpers type it. */
const english: readonly Unsplit[] = [
  d('H', 'my father he fall down in bathroom, cannot stand up, head is bleed', emergencyTeam),
  d('L', 'the kitchen have very strong gas smell, my grandmother is dizzy', gasDanger),
  d('S', 'neighbor house have smoke come out from window, nobody answer door', fire),
  d('E', 'my son eat some pills of grandma, dont know how many, now he very sleepy', emergencyTeam),
  d('L', 'socket is make sparks and burning smell', sparks),
  d('H', 'old man in the hall faint, not wake up', emergencyTeam),
  d('X', 'somebody try open my door with tool, he still outside', police),
  d('S', 'smoke alarm is ringing and have smoke in corridor', fire),
];

/** Traditional characters, Hong Kong and Taiwan words. */
const traditional: readonly Unsplit[] = [
  d('L', '屋企好大陣煤氣味，阿媽話頭暈', gasDanger),
  d('H', '阿爺喺廁所跌低咗，起唔到身', emergencyTeam),
  d('S', '有個阿婆喺活動室暈低咗，冇反應', emergencyTeam),
  d('L', '廚房火燭呀，好大煙', fire),
  d('E', '家裡瓦斯味很重，我媽在睡覺叫不起來', gasDanger),
  d('H', '阿公突然講唔到嘢，半邊面冇感覺', emergencyTeam),
  d('X', '有人爆格，仲喺屋入面', police),
  d('L', '插蘇冒煙，仲有陣燶味', sparks),
  d('S', '阿媽俾人呃緊錢，佢而家喺銀行轉緊帳', police),
  d('H', '我爸在浴室昏倒了，怎麼叫都沒反應', emergencyTeam),
  d('L', '電線走火，牆壁燒黑了一塊', sparks),
];

/** Danger words in their everyday sense: no danger now. */
const calmOnes: readonly Unsplit[] = [
  calm('L', '烟雾报警器没电了一直滴滴叫，电池怎么换', smokeAlarm),
  calm('X', '想装个燃气报警器，装在哪个位置好', gas),
  calm('E', '厨房那个报警器隔一会儿叫一声，是不是电池不行了', smokeAlarm),
  calm('L', '孙子把一碗汤洒到地上了，地毯弄脏了，有没有上门清洗的', cleaning),
  calm('L', '油瓶打翻了，油全倒在地上，拖不干净，想找家政', cleaning),
  calm('S', '牛奶洒了一地，孩子差点滑倒，家里地板想请人来打蜡防滑', cleaning),
  calm('H', '我爸去年中过风，现在恢复得不错，想问问要不要定期复查', clinic),
  calm('S', '昨晚电视剧里有人煤气中毒，吓死我了，想给家里也装个报警器', gas),
  calm('E', '想学心肺复苏，社区有没有急救培训', firstAidClass),
  calm('H', '急救培训要考试吗，考过了有证书没有', firstAidClass),
  calm('S', '梦见我妈摔倒了，醒来心里一直不踏实，想找人聊聊', counselling),
  calm('E', '找不到工作急死了，有没有招保安的', jobs),
  calm('L', '这天热得要命，空调坏了找谁修', appliances),
  calm('H', '牙疼得要命，社区有没有牙医', nothing),
  calm('S', '孙子考试没考好，我急得要死，有没有辅导老师', afterSchool),
  calm('X', '上个月楼下着过一次火，想请人来给楼里讲讲消防知识', fire),
  calm('L', '家里电线太老了，想找人来换，怕以后冒火花', wiringCheck),
  calm('H', '我妈以前晕倒过一次，医生说是低血糖，家里要备点什么', medicine),
  calm('X', '消防演习的时候报警器会响吗，老人会不会被吓着', fire),
  calm('L', '冰箱插头有点松，插上去不稳，想找人看看', appliances),
  calm('X', '我妈差点被骗了，幸好我发现得早，钱没转出去，想跟警察说一声', police),
  calm('E', '想给我爸报个防诈骗的讲座，他老接那种电话', police),
  calm('S', '话剧社排了个抓骗子的小品，想找地方演', shows),
  calm('L', 'smoke alarm keep beeping, i think battery low, who can change it', smokeAlarm),
  calm('L', '煤氣費點交', gas),
  calm('S', '阿媽上年跌低過，而家好返啦，想搵啲活動俾佢參加', pastimes),
  calm('H', '急救課幾時開，想學點樣救人', firstAidClass),
  calm('L', 'mei qi fei zai na jiao', gas),
  calm('S', '昨天看了部救火的电影，特别感人，社区有没有放电影的活动', ['culture-centre']),
  calm('L', '汤洒了一地，厨房地上油乎乎的，想找人来做个大扫除', cleaning),
  calm('H', '我一起床就头晕，好几个月了，想找医生看看', clinic),
  calm('X', '小区门口那个灭火器是不是过期了，谁管', fire),
  calm('L', '燃气灶打不着火，咔咔响就是点不着', gas),
  calm('E', '孩子学校要交一张家庭防火逃生图，不知道怎么画', fireSafetyMaterial),
  calm('L', '楼上装修电钻一天到晚响，吵得要命', noise),
  calm('X', '电动车电池能不能拿回家充，怕着火', fire),
  calm('H', '老伴有哮喘，天一冷就喘，想开点喷的药', medicine),
  calm('E', 'zhao gong zuo ji si le', jobs),
  calm('L', '吊灯上掉了一串珠子到地上，想找人把灯修一下', appliances),
  calm('X', '我爸老担心家里着火，天天检查煤气好几遍，是不是太紧张了，想找人聊聊', counselling),
  calm('H', '药片撒了一地，有几片找不着了，能不能再开点', medicine),
];

export const thirtyEighthBatch = allTuning([
  ...toldByOthers,
  ...scamToldByChild,
  ...buried,
  ...fragments,
  ...typos,
  ...pinyin,
  ...english,
  ...traditional,
  ...calmOnes,
]);
