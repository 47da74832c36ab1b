// The twenty-seventh batch: needs in other tongues and spellings, across all five journeys.
// English as a foreign resident or a grandchild types it (plain, broken, misspelt, plurals and
// past forms), Traditional Chinese in Hong Kong and Taiwan wording (升降機、麻雀、覆診、到府、
// 津貼…), Cantonese as it is spoken (冇、唔、咗、嘅、啲、俾、點算…), pinyin without tones, and
// homophone typos from a pinyin keyboard (the right sound, the wrong character). Written whole
// before the matcher was run on any of it, and all tuning (allTuning): the round's held-out
// part stays as it was, so the round is measured on cases nobody tuned with.
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
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

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
const escort: readonly string[] = ['escort-volunteers'];
const pharmacy: readonly string[] = ['pharmacy'];
const counselling: readonly string[] = ['counselling-room'];
const nursing: readonly string[] = ['home-nursing'];
const dayCare: readonly string[] = ['day-care-centre'];
const familyDoctor: readonly string[] = ['family-doctor-team'];
const jobs: readonly string[] = ['employment-station'];
const skills: readonly string[] = ['skills-school'];
const smartphone: readonly string[] = ['smartphone-class'];
const afterSchool: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const serviceHall: readonly string[] = ['service-hall'];
const library: readonly string[] = ['community-library'];
const startup: readonly string[] = ['startup-mentors'];
const mediation: readonly string[] = ['mediation-room'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const cleaning: readonly string[] = ['housekeeping-co'];
const singing: readonly string[] = ['culture-centre', 'interest-groups'];
const dancing: readonly string[] = [
  'culture-centre',
  'fitness-square-yangguang',
  'interest-groups',
];
const exercise: readonly string[] = ['fitness-square-yangguang'];
const volunteering: readonly string[] = ['volunteer-station'];
const patrol: readonly string[] = ['patrol-volunteers', 'police-room'];

/** English, as a foreign resident, a helper or a grandchild types it. */
const english: Unsplit[] = [
  c('L', 'the kitchen tap keeps dripping all night, who can fix it', repair),
  c('L', 'toilet blocked, water wont go down', repair),
  c('L', 'no electricty in my flat since this morning', repair),
  c('L', 'the lift in our building broke down again', property),
  c('L', 'radiators are cold, heating not working', gas),
  c('L', 'I want to throw away an old sofa and two matresses', rubbish),
  c('L', 'can someone deliver lunch for my grandma, she cant cook anymore', meals),
  c('L', 'need a cleaner come to clean the house once a week', cleaning),
  c('L', 'our microwave stoped working, any volunteer can repair?', appliances),
  c('H', 'my grandpa needs someone to go with him to the hospital', escort),
  c('H', 'where can i get my blood presure checked', clinic),
  c('H', "i can't sleep for weeks and feel very anxious", counselling),
  c('H', 'need a nurse to come home and change the dressing on mums wound', nursing),
  c('H', 'can the pharmacy deliver medicines to my home', pharmacy),
  c('H', 'my father has dementia, is there daytime care for him', dayCare),
  c('H', 'how to sign up with a family doctor', familyDoctor),
  c('E', 'looking for work, I was laid off last month', jobs),
  c('E', 'want to learn using wechat on my phone', smartphone),
  c('E', 'my boy need help for his math homeworks', afterSchool),
  c('E', 'how do i apply for the old age pension allowance', serviceHall),
  c('E', 'is there a library where i can borrow some books', library),
  c('E', 'want to open a small shop, need advise on business licence', startup),
  c('E', 'any training courses to get a chef certificate', skills),
  c('S', 'my grandma lives alone and feels lonely, can someone visit her', companion),
  c('S', 'where can old people play mahjong', games),
  c('S', 'I would like to join a choir', singing),
  c('S', 'I want to volunteer on weekends', volunteering),
  c('S', 'calligraphy classes for seniors?', hobby),
  c('S', 'somewhere to practise tai chi in the mornings', exercise),
  d('L', 'strong smell of gas in the kitchen', gasDanger),
  d('H', 'my grandmother fell in the bathroom and cant get up', emergencyTeam),
  d('X', 'smoke coming out from under my neighbours door', fire),
  d('X', 'someone broke into my flat, the lock is broken', police),
  d('X', 'my dad has alzheimers, he went out this morning and hasnt come back', missing),
  c('X', 'the neighbours upstairs are very noisy every night', mediation),
  d('X', 'a man on the phone says I am arrested and must transfer money now', police),
  calm('X', 'the fire extinguisher in our corridor has expired', fire),
  c('L', 'where to buy a train ticket to shanghai', nothing),
  c('S', 'whats the weather like tomorrow', nothing),
  c('X', 'i lost my cat yesterday, pls help', nothing),
];

/** Traditional characters, in Hong Kong and Taiwan wording. */
const traditional: Unsplit[] = [
  c('L', '廚房的水龍頭一直在滴水', repair),
  c('L', '家裡突然跳電，全屋都沒電', repair),
  c('L', '大廈的升降機又壞了', property),
  c('L', '暖氣片一點都不熱，好冷', gas),
  c('L', '舊床褥這種大型垃圾要怎麼丟', rubbish),
  c('L', '長者飯堂在哪裡，想訂午膳', meals),
  c('H', '想預約家庭醫師簽約', familyDoctor),
  c('H', '下週要陪我媽去醫院覆診，自己走不動', escort),
  c('H', '想量一下血壓，衛生站幾點開門', clinic),
  c('H', '最近心情很鬱悶，想找人輔導一下', counselling),
  c('H', '藥局可以送藥到府嗎', pharmacy),
  c('H', '需要護士到府幫忙換藥', nursing),
  c('E', '想在附近找份兼職工作', jobs),
  c('E', '請教我用手機視像通話', smartphone),
  c('E', '小朋友放學後沒人照顧，有沒有課後託管', afterSchool),
  c('E', '想申請長者生活津貼', serviceHall),
  c('E', '想報名考廚師證照', skills),
  c('S', '有沒有長者中心可以打麻雀', games),
  c('S', '想參加社區的合唱團', singing),
  c('S', '我想去當志工幫忙', volunteering),
  d('L', '家裡有好濃的煤氣味', gasDanger),
  d('X', '樓梯間冒出好多煙', fire),
  d('X', '樓下水浸，水已經淹到膝頭', flood),
  calm('L', '瓦斯爐一直點不著火', gas),
  c('X', '晚上社區有人鬼鬼祟祟，可以加強巡邏嗎', patrol),
  c('L', '想訂去台北的機票', nothing),
  c('S', '請問明天天氣怎樣，會下雨嗎', nothing),
];

/** Cantonese as it is spoken, in Traditional or Simplified characters. */
const cantonese: Unsplit[] = [
  c('L', '屋企個廁所塞咗，啲水落唔到', repair),
  c('L', '冇電啊，成間屋黑晒，點算', repair),
  c('L', '啲垃圾成個禮拜冇人收，臭到死', rubbish),
  c('L', '我想搵人送飯俾我阿媽', meals),
  c('L', '想搵人幫手執屋搞清潔', cleaning),
  c('H', '我老豆血壓高，想搵醫生睇下', clinic),
  c('H', '阿爺要去醫院睇醫生，冇人陪佢', escort),
  c('H', '成日瞓唔著，壓力好大', counselling),
  c('H', '阿嫲行唔到，要人上門幫佢打針', nursing),
  c('E', '我想搵工做，有冇介紹', jobs),
  c('E', '唔識用微信，邊個可以教吓我', smartphone),
  c('E', '個仔啲功課唔識做，有冇人幫佢補習', afterSchool),
  c('E', '點樣申請失業金㗎', serviceHall),
  c('S', '一個人喺屋企好悶，想搵人陪我傾下偈', companion),
  c('S', '邊度可以捉棋', games),
  c('S', '有冇地方可以耍太極', exercise),
  d('H', '阿爸暈咗，叫極都唔醒', emergencyTeam),
  d('L', '廚房著咗火呀', fire),
  d('X', '個細路放學到而家都未返嚟', missing),
  d('X', '屋企俾人爆格，門鎖都撬爛咗', police),
  d('E', '有人打電話話我個仔俾人綁咗，要我即刻過數', police),
  c('X', '隔籬屋成日嗌交，嘈到瞓唔到', mediation),
  calm('L', '個煤氣爐打唔著', gas),
  c('S', '邊度有得買馬', nothing),
  c('S', '今晚有咩電視睇', nothing),
];

/** Pinyin without tones, as typed when the character will not come up. */
const pinyin: Unsplit[] = [
  c('L', 'chufang shuiguan lou shui le', repair),
  c('L', 'women lou dianti you huai le', property),
  c('L', 'jia li nuanqi yidian dou bu re', gas),
  c('H', 'xueya gao xiang kan yisheng', clinic),
  c('H', 'xiang mai dian ganmao yao', pharmacy),
  c('E', 'wo xiang zhao ge gongzuo', jobs),
  c('E', 'xue yong shouji weixin', smartphone),
  c('S', 'nali keyi xia xiangqi', games),
  c('S', 'xiang tiao guangchangwu', dancing),
  d('L', 'jia li meiqi wei hen da', gasDanger),
  d('X', 'chufang zhao huo le', fire),
  d('H', 'laoren shuaidao le qi bu lai', emergencyTeam),
  c('X', 'wo de gou diu le', nothing),
];

/** Homophone typos from a pinyin keyboard: the sound right, the character wrong. */
const homophones: Unsplit[] = [
  c('L', '水管漏水了，快来人休理', repair),
  c('L', '家里停点了，灯都不亮', repair),
  c('L', '想订老年参，送到家里', meals),
  c('L', '楼下垃圾没人清运，都发丑了', rubbish),
  c('L', '家里暖汽片不热', gas),
  c('H', '想去量个血鸭', clinic),
  c('H', '最近老是失棉，心里焦绿', counselling),
  c('H', '要人陪我去一院看病', escort),
  c('H', '能不能送要上门', pharmacy),
  c('E', '我想找份公作干干', jobs),
  c('E', '手鸡上的微信不会用', smartphone),
  c('E', '孩子的作页没人辅导', afterSchool),
  c('S', '退休了想学输法', hobby),
  c('S', '想去跳广场五', dancing),
  c('S', '想找人下像棋', activityRooms),
  d('X', '厨房着伙了，快来人', fire),
  d('H', '老人摔到了起不来', emergencyTeam),
  d('X', '家里进小头了，东西都被偷了', police),
  d('L', '闻到一股煤器味', gasDanger),
  c('L', '想买张火车飘回老家', nothing),
];

export const twentySeventhBatch = allTuning([
  ...english,
  ...traditional,
  ...cantonese,
  ...pinyin,
  ...homophones,
]);
