// An eighteenth batch, written before any change to the matcher in this round, so that its
// held-out half measured before tuning is the honest estimate of how the matcher does on needs
// in words it has never seen (issue 15: the older held-out part had fallen to 86 % top-1 while the
// tuning part stood at 98 %, the sign of a matcher fitted to its word lists). About two in five
// are out of scope (tickets, weather, the lottery, a lost cat, shares, gibberish, the kiosk's age,
// selling a flat, recipes, a shop's phone top-up…) so the "nothing fits" figures rest on more
// than a handful of cases; the rest span all five categories in colloquial Mandarin, northern
// dialect, homophone typos, Traditional characters and English. No danger cases: another batch
// measures danger. Split by the fixed rule (splitByAlternation: in the order written, odd places
// tuning, even places held-out). The needs were first written strictly alternating in scope /
// out of scope, which put every out-of-scope need in the held-out half; before any tuning every
// second pair was swapped (a fixed rule, not chosen by result) so both halves hold both kinds.
// From here cases are never moved or reordered. None was copied from the held-out part.
import type { LabelledNeed } from './labelledNeeds.js';
import { c, nothing, splitByAlternation } from './labelledNeedsKit.js';

const repair = ['repair-team'];
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

const written: Omit<LabelledNeed, 'part'>[] = [
  c('L', '家里的下水管子咕噜咕噜响，还冒臭味', repair),
  c('L', '想买两张去西安的高铁票', nothing),
  c('S', '后天会不会下雪', nothing),
  c('H', '老伴腰疼得直不起来，想找大夫瞧瞧', clinic),
  c('E', '四十多了还能学门电焊手艺吗', ['skills-school']),
  c('X', '这期双色球开的啥号', nothing),
  c('S', '我家那只橘猫找不着了', nothing),
  c('S', '想找几个人一起唱京剧', ['interest-groups', 'culture-centre']),
  c('X', '邻居家的狗天天半夜叫', mediation),
  c('E', '茅台股票今天涨了没', nothing),
  c('H', 'jkjkjk sdfl', nothing),
  c('L', '俺家那电闸老是蹦', repair),
  c('H', '孩子发烧三十八度，想找个大夫看看', clinic),
  c('S', '你今年几岁了', nothing),
  c('L', '想把我那套两居室卖了', nothing),
  c('E', '闺女想找个兼职', ['employment-station']),
  c('L', '灯泡烧了，我够不着换', ['handyman-volunteers', 'repair-team']),
  c('L', '红烧肉怎么做好吃', nothing),
  c('E', '想在小卖部给手机充话费', nothing),
  c('S', '退了休在家没事干，想找点乐子', [...games, 'culture-centre', ...hobby]),
  c('H', '想打流感疫苗', ['health-station']),
  c('E', '哪里能买到便宜的机票', nothing),
  c('S', '明儿个刮不刮风', nothing),
  c('X', '小区门口总有人鬼鬼祟祟地转悠', ['patrol-volunteers', 'police-room']),
  c('L', '暖气片接口那儿漏水，滴到地板上了', [...gas, ...repair]),
  c('E', "what's the price of gold today", nothing),
  c('S', '你是机器人吗', nothing),
  c('E', '医保卡丢了咋补办', ['service-hall']),
  c('H', '出院以后要做康复训练，能上门吗', ['home-nursing']),
  c('S', '想给闺女找个对象', nothing),
  c('L', '附近哪有修汽车的', nothing),
  c('S', '退休了想学着画两笔山水画', hobby),
  c('L', '想找人上门做个大扫除', ['housekeeping-co']),
  c('S', '想买条金鱼', nothing),
  c('X', '今天体彩的开奖结果', nothing),
  c('X', '楼道里停了好几辆电瓶车在充电', fire),
  c('E', '孙子英语考得不好，想找个大学生给补补', ['tutoring-volunteers']),
  c('E', '手机话费怎么查', nothing),
  c('H', '嗯嗯嗯嗯', nothing),
  c('L', '家里的旧沙发想处理掉，搬不动', rubbish),
  c('H', '心里老是堵得慌，不想见人', ['counselling-room']),
  c('S', '我想问问去天安门坐几路车', nothing),
  c('E', '想办张信用卡', nothing),
  c('S', '想去打打乒乓球', ['fitness-square-yangguang']),
  c('L', '每天中午能不能给我爸送个盒饭', meals),
  c('L', '麻辣香锅哪家好吃', nothing),
  c('L', '想换个新冰箱，哪里买便宜', nothing),
  c('E', '想学用手机打车', ['smartphone-class']),
  c('X', '我爷爷记性不好，怕他出门找不着家', ['missing-search-team']),
  c('E', '股市啥时候能涨回来', nothing),
  c('S', '我家狗狗该洗澡了，哪里能洗', nothing),
  c('L', '電梯門關不上，卡住不動了', property),
  c('H', '一个人去做胃镜没人陪', ['escort-volunteers']),
  c('L', '卖房子要交多少税', nothing),
  c('L', '想给车加油，最近的加油站在哪', nothing),
  c('S', "I'd like to volunteer at the community centre", ['volunteer-station']),
  c('E', '想开个早点铺，要办啥手续', ['startup-mentors']),
  c('S', '今天农历几号', nothing),
  c('H', '147258369', nothing),
  c('L', 'our radiators are stone cold', gas),
  c('S', '我妈一个人在家，没人说话，想找人常去看看她', companion),
  c('S', 'how old are you', nothing),
  c('L', 'I want to sell my apartment', nothing),
  c('H', '想開點降糖藥，能送到家嗎', ['pharmacy']),
  c('E', '社区有没有看报纸的地方', ['community-library']),
  c('S', '有沒有賣月餅的', nothing),
  c('S', '想找人帮我抢演唱会门票', nothing),
  c('X', '楼上邻居太超了，天天半夜拖椅子', mediation),
  c('L', '下水道赌了，一股味', repair),
  c('E', '寄个快递到广州多少钱', nothing),
  c('L', '蛋糕怎么烤才不塌', nothing),
  c('H', '想去量量血呀', ['health-station']),
  c('E', '五十了还想找个工做', ['employment-station']),
  c('S', '想打扑克，有没有地方', games),
  c('S', '想报个老年大雪', ['elder-university']),
  c('H', 'can a doctor come to my home to see my father', ['family-doctor-team']),
  c('H', '白天想把老爷子送到有人看着的地方', ['day-care-centre']),
  c('X', 'the stairwell is full of junk, it is a fire risk', fire),
  c('L', 'my rubbish has not been collected for a week', rubbish),
  c('E', 'I need help writing a CV', ['employment-station']),
  c('S', '俺想学养花', ['interest-groups']),
  c('X', '邻居占了我的车位老不挪', mediation),
  c('H', '晚上翻来覆去睡不找', ['counselling-room', 'health-station']),
  c('E', '孩子三点半就放学了，家长还没下班', ['homework-club']),
  c('S', '儿女都在外地，家里冷清得很', [...companion, 'counselling-room']),
  c('E', '想申請殘疾人補貼', ['service-hall']),
  c('L', '屋里头的暖气片冰凉冰凉的', gas),
  c('X', '想领个灭火器放家里', fire),
  c('S', '社区过年有啥联欢活动', ['culture-centre']),
  c('E', 'my grandson is falling behind in English class', [
    'tutoring-volunteers',
    'homework-club',
  ]),
];

export const eighteenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
