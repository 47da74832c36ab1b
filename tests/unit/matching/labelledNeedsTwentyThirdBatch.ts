// The twenty-third batch: needs typed in the kiosk's other two languages and in between them.
// English as a domestic helper or a foreign spouse types it (non-native grammar, misspellings,
// British and American words), Traditional Chinese as Hong Kong and Taiwan residents write it
// (written Cantonese: 冇、唔、咗、嘅、屋企、水喉…), and mixed text (Chinese with an English word,
// pinyin without tones). Written in pairs of the same kind, the whole batch before the matcher
// was run on any of it, and split held-out first (1st, 3rd, 5th… case), so each half gets one
// of every pair.
import {
  type Unsplit,
  c,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  games,
  gas,
  meals,
  nothing,
  police,
  property,
  repair,
  splitHeldOutFirst,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
const escort: readonly string[] = ['escort-volunteers'];
const pharmacy: readonly string[] = ['pharmacy'];
const counselling: readonly string[] = ['counselling-room'];
const dayCare: readonly string[] = ['day-care-centre'];
const jobs: readonly string[] = ['employment-station'];
const skills: readonly string[] = ['skills-school'];
const smartphone: readonly string[] = ['smartphone-class'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const mediation: readonly string[] = ['mediation-room'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const dancing: readonly string[] = [
  'culture-centre',
  'fitness-square-yangguang',
  'interest-groups',
];
const calligraphy: readonly string[] = ['elder-university', 'interest-groups'];
const volunteering: readonly string[] = ['volunteer-station'];
const exercise: readonly string[] = ['fitness-square-yangguang'];
const rehab: readonly string[] = ['home-nursing', 'fitness-square-yangguang'];
const checkup: readonly string[] = ['health-station', 'family-doctor-team'];
const followUp: readonly string[] = [...clinic, 'escort-volunteers'];

/** English, as helpers and foreign spouses type it. */
const english: readonly Unsplit[] = [
  // in scope
  c('L', 'kitchen tap keep dripping whole night, need plumber to fix', repair),
  c('L', 'the pipe under the sink broke, water leeking on the floor', repair),
  c('L', 'lift broken again in our block, grandma cannot go downstairs', property),
  c('L', 'elevater not working since yesterday in building 9', property),
  c('L', 'Can someone deliver lunch for my employer? she is 85 and cant cook', meals),
  c('L', 'looking for cheap meals for elderly, is there canteen near here', meals),
  c('H', 'my maam needs to see docter for her high blood pressure', clinic),
  c('H', 'where can I check her blood sugar, she is diabetic', clinic),
  c('H', 'need someone to accompany grandpa to his hospital apointment on friday', escort),
  c('H', 'who can bring my father to the hospital for checkup, I have to work', escort),
  c('H', 'her medicines are finish, can the pharmacy deliver to the house?', pharmacy),
  c('H', 'need to refill her prescription but she cannot walk to buy medecine', pharmacy),
  c('H', 'my mother in law has dementia, need day care while I am at work', dayCare),
  c('H', 'looking for a daycare centre for old people, my father forgets everything', dayCare),
  c('E', 'I am looking for job, part time ok, I am foreign wife here', jobs),
  c('E', 'any company hiring near here? I got laid off last month', jobs),
  c('E', 'my employer want to learn wechat video call on her smartphone', smartphone),
  c('E', 'grandpa dont know how to scan QR code to pay with his mobile', smartphone),
  c('E', 'my son need help with his maths homework, I cant read chinese', afterSchool),
  c('E', 'after school care for my daughter? I finish work at 6', afterSchool),
  c('S', 'grandpa likes to play chinese chess with other old men, where to go', games),
  c('S', 'where can the aunties play mahjong in the afternoon', games),
  c('X', 'the neighbors upstairs are so noisy every night, we always argue', mediation),
  c('X', 'having a dispute with neighbour about the shoe rack in corridor', mediation),
  // danger
  d(
    'H',
    'Lola fell down in the bathroom, she cannot stand up and her head is bleeding',
    emergencyTeam,
  ),
  d('S', 'grandpa collapse on the floor, not waking up when i call him', emergencyTeam),
  d('L', 'strong gas smell in the kitchen, I think the stove is leaking', gasDanger),
  d('X', 'smells like gas all over the corridor, very strong', gasDanger),
  d('L', 'smoke coming out of next door flat, i think there is fire', fire),
  d('E', 'fire in the rubbish room downstairs!! lots of smoke', fire),
  // calm near misses
  calm('H', 'grandma fell last month and broke her hip, need rehab exercises at home', rehab),
  calm('L', 'where do I pay for the gas, our gas card run out', gas),
  calm('X', 'is there fire safety training or fire drill for our building', fire),
  calm('X', 'the smoke alarm keeps beeping, battery low i think, who can check it', fire),
  // nothing fits
  c('X', 'where can I renew my passport, is the embassy near', nothing),
  c('L', 'how to send money back home to Indonesia, cheapest way', nothing),
  c('S', 'is there bus to the airport from here', nothing),
  c('L', 'I want to buy a secondhand sofa', nothing),
  c('E', 'the wifi at home is very slow, which company to call', nothing),
  c('S', 'recommend good hair salon nearby please', nothing),
];

/** Traditional Chinese, Hong Kong and Taiwan wording, written Cantonese. */
const traditional: readonly Unsplit[] = [
  // in scope
  c('L', '屋企水喉漏水，滴咗成晚', repair),
  c('L', '廁所塞咗，沖唔到水', repair),
  c('L', '升降機壞咗兩日，阿婆落唔到樓', property),
  c('L', '我哋棟樓嘅電梯又停咗，冇人理', property),
  c('L', '冷氣唔凍，想搵人嚟整', appliances),
  c('L', '冷氣機一直滴水，請師傅上門修理', appliances),
  c('L', '暖氣唔夠熱，成間屋好凍', gas),
  c('L', '瓦斯爐點不著，是不是壞了', gas),
  c('H', '阿爸血壓好高，想睇醫生', clinic),
  c('H', '我想做個身體檢查，驗下血', checkup),
  c('H', '老公成日瞓唔著，壓力好大', counselling),
  c('H', '媽媽最近心情好差，成日喊', counselling),
  c('E', '我想搵份工，有冇職位介紹', jobs),
  c('E', '想報名學做廚師，有冇課程', skills),
  c('S', '想同啲街坊一齊跳廣場舞', dancing),
  c('S', '有冇教寫書法嘅班', calligraphy),
  c('S', '婆婆一個人住，好想有人陪佢傾偈', companion),
  c('S', '我想做義工，點樣報名', volunteering),
  c('X', '樓上成晚好嘈，同佢講過都冇用', mediation),
  c('X', '後樓梯堆滿雜物，好易火燭', fire),
  // danger
  d('L', '阿嫲喺廁所跌低咗，起唔到身', emergencyTeam),
  d('S', '阿公突然暈低咗，叫極都唔應', emergencyTeam),
  d('L', '廚房好大陣煤氣味，個爐好似漏氣', gasDanger),
  d('H', '屋裡聞到好濃的瓦斯味，頭好暈', gasDanger),
  d('X', '有人撬咗我哋度門，賊仔可能仲喺入面', police),
  d('E', '隔籬屋著火呀，走廊好多煙', fire),
  // calm near misses
  calm('H', '上個月跌親，想搵人上門做物理治療', rehab),
  calm('L', '想問下煤氣費點樣交', gas),
  calm('H', '阿媽之前中過風，而家想覆診', followUp),
  calm('X', '樓下嗰個滅火筒過咗期', fire),
  // nothing fits
  c('E', '邊度可以換港幣', nothing),
  c('S', '想訂機票返台灣', nothing),
  c('X', '隻貓走失咗，搵唔返', nothing),
  // A television with no signal is the handyman volunteers', as in the second batch (电视没信号了，
  // 老人不会弄); relabelled from nothing fits when the two were found to disagree.
  c('L', '部電視冇訊號', ['handyman-volunteers']),
  c('S', '今日天氣點呀，會唔會落雨', nothing),
  c('L', '附近邊間茶餐廳好食', nothing),
];

/** Mixed: Chinese with an English word, and pinyin typed without tones. */
const mixed: readonly Unsplit[] = [
  // in scope
  c('L', 'ting dian le, quan jia mei dian', repair),
  c('L', 'shui guan lou shui le', repair),
  c('L', '电梯坏了, lift not working', property),
  c('L', '每天中午 need 送饭 for 我婆婆', meals),
  c('H', '我妈要去hospital复查，没人陪她去', escort),
  c('H', 'xiang kan yi sheng, xue ya you dian gao', clinic),
  c('E', '想找part time工作', jobs),
  c('E', '孩子的math homework没人教', afterSchool),
  c('S', '想学tai chi，哪里有教', exercise),
  c('S', 'zhao ren yi qi xia xiang qi', games),
  c('X', '楼上装修 noise 太大了，天天吵', mediation),
  c('H', 'song yao shang men, wo ma tui bu hao', pharmacy),
  c('S', '想报名做 volunteer', volunteering),
  c('E', 'xue shou ji, wei xin zen me yong', smartphone),
  // danger
  d('H', '我爸 fall down 了，起不来', emergencyTeam),
  d('S', 'ma ma shuai dao le, qi bu lai', emergencyTeam),
  d('L', '厨房有 gas 味，好浓', gasDanger),
  d('X', 'mei qi xie lou, wen dao hen da wei dao', gasDanger),
  // calm near misses
  calm('X', '想给老人家装个 smoke detector 烟雾报警器', fire),
  calm('S', '上次 fall 过一次，想找个 exercise 班练练腿', rehab),
  // nothing fits
  c('L', '哪里可以买 iPhone 充电器', nothing),
  c('X', 'wo xiang mai huo che piao', nothing),
  c('S', '推荐个好吃的 hot pot', nothing),
  c('E', 'visa 续签去哪里办', nothing),
];

export const twentyThirdBatch = splitHeldOutFirst([...english, ...traditional, ...mixed]);
