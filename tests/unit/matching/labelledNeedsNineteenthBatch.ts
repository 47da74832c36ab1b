// A nineteenth batch, written before any change to the matcher in this round, so that its
// held-out half measured before tuning estimates honestly how the matcher does on needs it has
// never seen. Issue 15's held-out part stood at 86 % top-1 and 77 % "nothing fits" precision:
// residents describe a situation ("the tap drips all night", "nobody to talk to at home") rather
// than name a service, and the lists lacked those words. So about three in four here are in
// scope and describe the situation in everyday words, across every resource of the directory
// (the rarely named ones too: housekeeping, the library, start-up mentors, disaster supplies,
// the volunteer station, home nursing), in colloquial Mandarin, northern dialect, written
// Cantonese, homophone typos, Traditional characters and English; one in four is out of scope
// (a haircut, a hotel, exam scores, a blind date, face masks, fortune telling, gibberish…). No
// danger cases: another batch measures danger. In-scope and out-of-scope needs were interleaved
// irregularly as written; counted before any measuring, the halves held 20 and 6 out-of-scope
// needs, so (as for the eighteenth batch) every second pair was swapped, a fixed rule not chosen
// by result, giving 13 and 13 (46 in scope each). Split by the fixed rule (splitByAlternation:
// in the order written, odd places tuning, even places held-out). From here cases are never
// moved or reordered.
import type { LabelledNeed } from './labelledNeeds.js';
import { c, nothing, splitByAlternation } from './labelledNeedsKit.js';

const repair = ['repair-team'];
const fixers = ['repair-team', 'handyman-volunteers'];
const gas = ['gas-heating-station'];
const meals = ['meals-xfl-south', 'meals-yangguang'];
const rubbish = ['rubbish-team'];
const property = [
  'property-xfl-north',
  'property-xfl-south',
  'property-yangguang',
  'property-jinxiu',
];
const clinic = ['health-station', 'family-doctor-team'];
const hobby = ['interest-groups', 'elder-university'];
const games = ['activity-room-xfl-north', 'activity-room-heping'];
const companion = ['companion-volunteers'];
const fire = ['fire-station', 'heping-fire-wardens'];
const mediation = ['mediation-room'];
const homework = ['tutoring-volunteers', 'homework-club'];

const written: Omit<LabelledNeed, 'part'>[] = [
  c('L', '厨房水龙头关不严，一晚上滴答个不停', fixers),
  c('H', '老头子牙掉了吃不了硬的', ['health-station', ...meals]),
  c('E', '娃的数学题我一道也不会，教不了他', homework),
  c('S', '附近哪家理发店剪头便宜', nothing),
  c('S', '一个人在家没人说话', [...companion, 'counselling-room', ...games]),
  c('L', '家里灯一闪一闪的', fixers),
  c('X', '帮我订一下周末的酒店', nothing),
  c('L', 'the radiator is stone cold', gas),
  c('L', '老伴走不动了，做不了饭', meals),
  c('H', '降压药吃完了，腿脚不便去不了药店', ['pharmacy']),
  c('S', '想找地方打打太极', ['fitness-square-yangguang', 'culture-centre', 'interest-groups']),
  c('E', '想考个月嫂证', ['skills-school']),
  c('E', '人民币换美元今天是多少', nothing),
  c('X', '对门老在楼道里堆纸箱子', [...fire, ...mediation]),
  c('H', '老妈一个人去医院我不放心，想找人陪着', ['escort-volunteers']),
  c('L', '楼里的电梯又停了，爬楼爬不动', property),
  c('H', '爸爸瘫在床上，伤口要换药', ['home-nursing']),
  c('E', '帮我查一下今年的高考分数线', nothing),
  c('S', '退休了想做点公益的事', ['volunteer-station']),
  c('E', '丢了工作，想再找个活儿干', ['employment-station']),
  c('L', '楼下垃圾桶满得都溢出来了没人收', [...rubbish, ...property]),
  c('L', '家里想找个人擦擦窗户', ['housekeeping-co']),
  c('E', '想开个小面馆，不知道要办啥手续', ['startup-mentors', 'service-hall']),
  c('S', '帮我写一首生日祝福的诗', nothing),
  c('E', '想借几本小说看看', ['community-library']),
  c('H', '老爷子记性越来越差，出门老忘事', [
    'day-care-centre',
    'health-station',
    'family-doctor-team',
    'missing-search-team',
  ]),
  c('H', '心里堵得慌，整宿整宿睡不着', ['counselling-room']),
  c('L', '淘宝上买的衣服怎么退货', nothing),
  c('S', '年轻时就想学画画，一直没机会', hobby),
  c('X', '汛期快到了，社区有没有备沙袋', ['disaster-supplies']),
  c('L', '煤气灶打不着火了', [...gas, ...repair]),
  c('X', '楼上装修天天电钻响，吵得脑仁疼', mediation),
  c('S', '帮我找个对象，四十岁了还单着', nothing),
  c('L', '洗菜池的水半天下不去', repair),
  c('H', '血糖老是降不下来', clinic),
  c('L', '厕所马桶一直哗哗流水', fixers),
  c('H', '哪种面膜美白效果好', nothing),
  c('H', '想查查身体，看看有没有啥毛病', ['health-station']),
  c('E', '孙子放了学没人接，我们俩都上班', ['homework-club']),
  c('E', '用手机挂号我整不明白', ['smartphone-class', 'escort-volunteers']),
  c('S', '周末想找个地儿搓两圈麻将', games),
  c('E', '我想考驾照，哪个驾校好', nothing),
  c('X', '晚上小区黑灯瞎火的，总觉得不安全', ['patrol-volunteers', 'police-room', ...property]),
  c('S', '重阳节社区有啥节目不', ['culture-centre']),
  c('X', '楼道里有人给电瓶车拉线充电', fire),
  c('L', '家里的暖气一点都不热乎', gas),
  c('H', '我妈腿做完手术，想在家做做康复训练', ['home-nursing']),
  c('X', '帮我查查我的快递到哪儿了', nothing),
  c('E', '想办低保，不知道找谁', ['service-hall']),
  c('E', '退休金的手续在哪儿办', ['service-hall']),
  c('S', '今晚上电视放啥节目', nothing),
  c('L', '住的楼门禁卡丢了', property),
  c('S', '老伴走了以后，我天天在家发呆', [...companion, 'counselling-room']),
  c('S', '想和人一起跳跳舞', ['culture-centre', 'fitness-square-yangguang', 'interest-groups']),
  c('X', '两家人为了晾衣服的事吵起来了', mediation),
  c('H', '大夫开的药快吃完了，要再开点', [...clinic, 'pharmacy']),
  c('L', '我家房子想出租，该要多少租金', nothing),
  c('X', '家里想备个应急包，里面该放啥', ['disaster-supplies']),
  c('L', '旧沙发太大了扔不了', rubbish),
  c('L', '冰箱不制冷了', fixers),
  c('X', '帮我算算八字', nothing),
  c('L', '俺家那暖气片子拔凉拔凉的', gas),
  c('L', '屋企个水喉漏水呀', repair),
  c('H', '俺老伴儿这两天浑身没劲儿，想找大夫给瞅瞅', clinic),
  c('S', '我想搵人倾下偈', [...companion, ...games]),
  c('E', '今日天氣點呀', nothing),
  c('H', '想請家庭醫生來家裡看看', ['family-doctor-team']),
  c('E', '我個仔功課唔識做', homework),
  c('E', '想學用手機視頻聊天', ['smartphone-class']),
  c('S', '社區有沒有讀書會', ['community-library']),
  c('L', '家里停点了', repair),
  c('X', '幫我訂一張去台北的機票', nothing),
  c('H', '想测测血堂', ['health-station']),
  c('E', '想找分工作', ['employment-station']),
  c('S', '想学写毛笔子', hobby),
  c('H', '一斤鸡蛋今天多少钱', nothing),
  c('L', '暖器不热', gas),
  c('X', '邻居家装修造音太大', mediation),
  c('L', 'my kitchen sink is blocked', repair),
  c('S', '明天天汽怎么样', nothing),
  c('L', 'I can not cook anymore, is there somewhere to get lunch', meals),
  c('E', 'I want to learn to use WeChat on my phone', ['smartphone-class']),
  c('E', 'where can I borrow books', ['community-library']),
  c('S', 'what time does the football match start tonight', nothing),
  c('H', 'my mother needs someone to go with her to hospital', ['escort-volunteers']),
  c('S', 'I feel very lonely since my wife passed away', [...companion, 'counselling-room']),
  c('E', 'I want to open a small shop', ['startup-mentors']),
  c('L', 'can you recommend a good restaurant nearby', nothing),
  c('X', 'the neighbours upstairs play loud music every night', mediation),
  c('H', 'my husband has dementia and I need a break during the day', ['day-care-centre']),
  c('L', 'the lift in our block keeps stopping between floors', property),
  c('S', 'asdfgh 123 qwe', nothing),
  c('E', 'I want to apply for a pension subsidy', ['service-hall']),
  c('S', '想跟着大伙儿一块儿唱唱歌', ['culture-centre', 'interest-groups']),
  c('H', '哪里能做双眼皮', nothing),
  c('S', '想教小朋友写字，献点爱心', ['volunteer-station', 'tutoring-volunteers']),
  c('L', '墙上插座松了，插头插不稳', fixers),
  c('H', '大夫开了针，想找人到家里来打', ['home-nursing', 'health-station']),
  c('E', '想学做饭当个厨子', ['skills-school']),
  c('H', '眼睛看东西模模糊糊的', [...clinic, 'escort-volunteers']),
  c('E', '怎么在网上买基金', nothing),
  c('E', '会计证去哪儿考', ['skills-school']),
  c('X', '小区里总有推销的陌生人敲门', ['police-room', 'patrol-volunteers']),
  c('S', '家里老人想白天有个去处，有人照看吃饭', ['day-care-centre', ...meals]),
  c('S', '你会唱歌吗', nothing),
  c('X', '灭火器那个拉环咋用，想有人教教', fire),
  c('L', '楼道灯坏了一个多礼拜了', property),
  c('L', '家里好久没收拾了，想请人来搞搞卫生', ['housekeeping-co']),
  c('S', '哪个公园樱花开了', nothing),
  c('H', '老伴一天几顿药老记不住吃', [...clinic, 'home-nursing']),
  c('E', '想帮孙女报个英语补习', homework),
  c('S', '想找几个老伙计下下象棋', games),
  c('L', '帮我看看这个西瓜甜不甜', nothing),
  c('L', '自来水有股怪味，黄黄的', [...repair, ...property]),
  c('X', '老人出门容易认不得路，想要个防走丢的手环', ['missing-search-team']),
  c('H', '心情一直不好，啥也不想干', ['counselling-room']),
  c('E', '明年春节是几号', nothing),
  c('E', '想学学在电脑上打字', ['skills-school', 'elder-university', 'smartphone-class']),
];

export const nineteenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
