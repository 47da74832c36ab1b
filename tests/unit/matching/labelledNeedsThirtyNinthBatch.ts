// The thirty-ninth batch: a second, smaller fresh round in the 38th batch's areas, written after
// tuning on the 38th and before the matcher saw any of it, to show whether that round's families
// generalise: dangers seen, heard or smelt by a relative, neighbour or carer, a scam in progress
// told by the victim's son or daughter, a danger buried in a story, fragments, homophone typos,
// toneless pinyin, learners' English and Hong Kong or Taiwan Traditional; then calm near misses
// whose danger words are used in their everyday sense. All tuning: the held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  gas,
  police,
  repair,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
const cryForHelp: readonly string[] = [...emergencyTeam, ...police];
const sparks: readonly string[] = [...fire, ...repair];
const smokeAlarm: readonly string[] = [...fire, 'handyman-volunteers'];
const firstAidClass: readonly string[] = ['emergency-team', 'skills-school'];
const cleaning: readonly string[] = ['housekeeping-co'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const counselling: readonly string[] = ['counselling-room', ...companion];
const medicine: readonly string[] = [...clinic, 'pharmacy'];
const jobs: readonly string[] = ['employment-station'];

/** Seen, heard or smelt by someone else. */
const toldByOthers: readonly Unsplit[] = [
  d('L', '我姐刚给我打电话，说我妈在电话那头突然没声了，喊她也不应', emergencyTeam),
  d('S', '隔壁两口子又打起来了，女的一直在哭着喊救命', cryForHelp),
  d('H', '住家保姆说我公公刚才抽了一阵，现在叫不醒，嘴边都是白沫', emergencyTeam),
  d('E', '楼上那户老太太的窗户里一直往外冒黑烟，她家好像没人开门', fire),
  d('L', '邻居家门缝里一股煤气味飘出来，敲门没人应，他家住着个老头', gasDanger),
  d('X', '我在外地，看家里监控发现有个人在我家客厅里翻东西', police),
  d('S', '我爸在电话里说他胸口像被人攥着一样疼，气都喘不匀', emergencyTeam),
  d('H', '去给我舅送东西，发现他躺在地上，脸色发灰，喊他只会哼哼', emergencyTeam),
  d('L', '隔壁墙那边一直有电线烧焦的味道，还有滋啦滋啦的声音', sparks),
  d('E', '老师说我女儿在操场上从单杠上摔下来，后脑着地，现在吐了', emergencyTeam),
];

/** A scam in progress, told by the victim's son or daughter. */
const scamToldByChild: readonly Unsplit[] = [
  d('S', '我妈被一个说是公安局的人吓住了，现在关着门在家按他说的操作手机，我叫门她都不开', police),
  d('L', '我爸刚把养老钱取出来，说要交给一个能帮他办高额返利的人，人就在楼下等着', police),
  d('E', '我婆婆在网上认识一个老头，说要结婚，让她先打二十万，她正在银行排队', police),
  d('H', '我奶奶听了什么健康讲座，现在非要刷信用卡买三万块的理疗仪，店员在旁边催', police),
  d(
    'X',
    'my dad is sending money to someone who says he is my cousin in jail, he is at the bank now',
    police,
  ),
];

/** The danger buried in a story. */
const buried: readonly Unsplit[] = [
  d(
    'S',
    '下周社区包饺子的活动我想报名，还想带我婆婆一起，就是她刚才在厨房说眼前一黑就坐地上了，现在脸色很白出冷汗',
    emergencyTeam,
  ),
  d(
    'E',
    '孩子的网课平板充电的时候特别烫，我刚去看，充电头那里冒火花了，还有糊味，那个网课还要上吗',
    sparks,
  ),
  d(
    'L',
    '想约个保洁，家里太乱了，对了刚才厨房灶台那边一直嘶嘶响，一股臭味，我也不知道是不是正常',
    gasDanger,
  ),
  d(
    'H',
    '我想给我爸挂个号看腿，他腿一直疼，不过今天早上起来说话突然含含糊糊的，右手也拿不住筷子了',
    emergencyTeam,
  ),
];

/** Fragments. */
const fragments: readonly Unsplit[] = [
  d('L', '冒烟 厨房 快', fire),
  d('H', '奶奶 不动了', emergencyTeam),
  d('S', '有人打架 见血了', cryForHelp),
  d('X', '骗子 正在转', police),
  d('L', '插线板 着了', sparks),
];

/** Homophone typos, pinyin, English, Traditional. */
const tongues: readonly Unsplit[] = [
  d('L', '家里没气味好大，是不是漏了', gasDanger),
  d('S', '我老伴云倒在楼下了', emergencyTeam),
  d('H', '我爸摔道了，腿动不了', emergencyTeam),
  d('E', '学校旁边著伙了，好多烟', fire),
  d('L', 'lou dao li you yan, hao xiang zhao huo le', fire),
  d('H', 'wo ye ye hun dao le', emergencyTeam),
  d('S', 'my mother she faint in the toilet, i can not open door', emergencyTeam),
  d('L', 'there is fire at the wire of washing machine, smoke coming', sparks),
  d('H', '阿婆喺樓梯跌低，頭流血', emergencyTeam),
  d('L', '廚房嘅煤氣喉漏氣，好大陣味', gasDanger),
  d('S', '阿伯突然冇咗知覺，點叫都唔應', emergencyTeam),
];

/** Danger words in their everyday sense. */
const calmOnes: readonly Unsplit[] = [
  calm('L', '燃气报警器装好了，怎么测试它响不响', gas),
  calm('X', '烟感的电池快没电了，老是叫一声，能来帮忙换吗', smokeAlarm),
  calm('L', '一锅粥全洒地上了，厨房地砖缝里都是，想找人清一清', cleaning),
  calm('H', '我爸前年心梗过，现在还好，药吃完了要再开', medicine),
  calm('S', '看小品笑得我喘不上气，下次还有这种演出吗', ['culture-centre', 'interest-groups']),
  calm('E', '找了三个月工作了，急得要命，有没有保洁的活', jobs),
  calm('L', '插座面板裂了条缝，想换个新的', appliances),
  calm('X', '我妈差点被电话骗了，我及时拦住了，钱一分没转', police),
  calm('H', '想学学海姆立克急救法，孙子老爱乱往嘴里塞东西', firstAidClass),
  calm('S', '昨晚梦见家里进了小偷，醒来一身汗，心里还是慌', counselling),
  calm('L', '煤气灶的火老是一下就灭，是不是该修了', gas),
  calm('E', 'where can i learn first aid, what to do if someone faint', firstAidClass),
  calm('L', '廚房啲油灑咗落地，好滑，想搵人嚟清潔', cleaning),
  calm('H', 'jiu ming yao chi wan le', medicine),
  calm('X', '防诈骗宣传单能多拿几份吗，想给楼里老人发', police),
];

export const thirtyNinthBatch = allTuning([
  ...toldByOthers,
  ...scamToldByChild,
  ...buried,
  ...fragments,
  ...tongues,
  ...calmOnes,
]);
