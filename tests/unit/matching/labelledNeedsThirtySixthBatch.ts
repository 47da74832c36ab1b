// The thirty-sixth batch: dangers to life or home told in ways the earlier rounds did not
// cover, under every tile: very short cries (two to five characters), pinyin and English
// fragments, a danger asked as a question, a danger told next to a calm-looking word of time
// or repetition (昨天开始…到现在还, 又…了), a child or grandchild in danger, an animal attack,
// an electric shock, burns and scalds, poisoning, a person trapped. Then calm near misses that
// share their words. Written whole before the matcher was run on any of it, and all tuning:
// the held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  calm,
  clinic,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
const cryForHelp: readonly string[] = [...emergencyTeam, ...police];
const sparks: readonly string[] = [...fire, ...repair];
const rescue: readonly string[] = [...emergencyTeam, ...fire];
const firstAidClass: readonly string[] = ['emergency-team', 'skills-school'];
const smokeAlarm: readonly string[] = [...fire, 'handyman-volunteers'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const rehab: readonly string[] = ['home-nursing', 'family-doctor-team', 'health-station'];
const medicine: readonly string[] = [...clinic, 'pharmacy'];
const jobs: readonly string[] = ['employment-station'];
const shows: readonly string[] = ['culture-centre', 'interest-groups'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];

/** Two to five characters, the way a frightened resident types. */
const short: readonly Unsplit[] = [
  d('X', '快来人', cryForHelp),
  d('L', '救命啊', cryForHelp),
  d('X', '着火啦', fire),
  d('H', '人晕倒了', emergencyTeam),
  d('S', '有人跳楼', cryForHelp),
  d('L', '漏气了', gasDanger),
  d('H', '喘不上气', emergencyTeam),
  d('E', '抽筋 吐白沫', emergencyTeam),
];

/** Pinyin without tones and English fragments. */
const fragments: readonly Unsplit[] = [
  d('X', 'jiu ming', cryForHelp),
  d('L', 'zhao huo le', fire),
  d('H', 'help grandpa not breathing', emergencyTeam),
  d('S', 'fire fire kitchen', fire),
  d('H', 'wo ba yun dao le', emergencyTeam),
  d('L', 'gas smell very strong', gasDanger),
  d('E', 'kid fell from window', emergencyTeam),
];

/** The danger asked as a question. */
const asked: readonly Unsplit[] = [
  d('H', '是不是中风了?嘴歪到一边，手也没劲', emergencyTeam),
  d('H', '我妈突然叫不醒，是不是昏迷了？', emergencyTeam),
  d('L', '厨房一股臭鸡蛋味，是不是煤气漏了？', gasDanger),
  d('X', '楼道里好大的烟，是不是哪家着火了？', fire),
  d('S', '老伴胸口闷得慌，一直出冷汗，是心脏病犯了吗', emergencyTeam),
];

/** A calm-looking word of time or repetition next to the danger. */
const calmWords: readonly Unsplit[] = [
  d('H', '昨天开始发烧，到现在还昏昏沉沉的，叫也叫不应', emergencyTeam),
  d('H', '我爸又摔了，这回起不来了', emergencyTeam),
  d('L', '水管一直漏，现在水漫到插座那里在冒火花', sparks),
  d('S', '前几天就说头疼，今天早上突然说不出话了', emergencyTeam),
  d('X', '上次那个人又来砸门了，手里拿着刀', police),
];

/** A child or grandchild in danger. */
const children: readonly Unsplit[] = [
  d('E', '孙子把硬币吞下去了，卡着喘不过气', emergencyTeam),
  d('S', '小孙女掉进小区水池里了', rescue),
  d('L', '孩子把自己反锁在车里了，车里好热', rescue),
  d('E', '孩子从上下铺摔下来，头上起了个大包，一直吐', emergencyTeam),
  d('H', '宝宝高烧抽搐，眼睛往上翻', emergencyTeam),
];

/** Bitten or stung, or an animal loose in the home. */
const animals: readonly Unsplit[] = [
  d('S', '在小区被野狗咬了，腿上流了好多血', emergencyTeam),
  d('X', '一条大狗追着小孩咬', cryForHelp),
  d('L', '家里进了条蛇，钻到床底下了', rescue),
  d('H', '被马蜂蛰了好几下，脸都肿了，头晕', emergencyTeam),
];

/** Electric shock. */
const shocks: readonly Unsplit[] = [
  d('L', '老伴修灯被电打了，倒在地上不动', emergencyTeam),
  d('E', '孩子拿钥匙捅插座，被电了一下，手指发黑', emergencyTeam),
  d('X', '楼下电线掉下来了还冒火花，有人碰到了', rescue),
];

/** Burns and scalds. */
const burns: readonly Unsplit[] = [
  d('L', '开水打翻了，孙子胳膊烫起了大泡', emergencyTeam),
  d('H', '油锅着了，我手烧伤了，皮都掉了', rescue),
];

/** Poisoning. */
const poisoning: readonly Unsplit[] = [
  d('H', '老伴把农药当饮料喝了一口', emergencyTeam),
  d('L', '一家人关着窗烧炭取暖，现在都头晕想吐', gasDanger),
  d('S', '吃了自己山上采的蘑菇，全家上吐下泻', emergencyTeam),
  d('E', '孩子把奶奶的药当糖吃了好几粒', emergencyTeam),
];

/** A person trapped. */
const trapped: readonly Unsplit[] = [
  d('X', '电梯卡在两层中间，里面有个老人出不来', [...rescue, ...property]),
  d('L', '老太太被反锁在屋里，煤气灶还开着火', [...gasDanger, ...fire]),
  d('S', '工地那边塌了，有人压在下面', rescue),
  d('L', '水漫进地下室了，我爸腿脚不好出不来', [...rescue, ...flood]),
];

/** Danger words, no danger. */
const nearMisses: readonly Unsplit[] = [
  calm('H', '想学急救，万一家里有人晕倒了怎么办', firstAidClass),
  calm('S', '去年被狗咬过，打过疫苗了，想问问要不要补一针', clinic),
  calm('X', '家里想装个烟感报警的，找谁装', smokeAlarm),
  calm('H', '以前烫伤留的疤，想问问能不能去掉', nothing),
  calm('L', '插座松了，想找人换一个', appliances),
  calm('H', '血压药快吃完了，去哪里开', medicine),
  calm('S', '消防演练什么时候搞，想去看看', fire),
  calm('X', '电梯老是停，想找物业修一修', property),
  calm('E', '就当救命稻草了，帮我找份工作吧', jobs),
  calm('S', '笑死人了，想找个说相声的活动', shows),
  calm('H', '我妈有中风后遗症，想找人上门做康复', rehab),
  calm('L', '煤气费在哪里交', gas),
  calm('E', '孩子作业写不完急死了，有没有辅导', afterSchool),
  calm('L', '家里老鼠多，想找人来灭鼠', property),
  calm('X', 'fire drill when? want to join', fire),
];

export const thirtySixthBatch = allTuning([
  ...short,
  ...fragments,
  ...asked,
  ...calmWords,
  ...children,
  ...animals,
  ...shocks,
  ...burns,
  ...poisoning,
  ...trapped,
  ...nearMisses,
]);
