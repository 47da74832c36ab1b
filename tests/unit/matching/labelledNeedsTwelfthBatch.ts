// A twelfth batch, written for issue 15's "danger words in every journey" after the held-out part
// showed danger recall at 85 % while the tuning part stood at 99.5 %: the detector had learnt its
// tuning phrasings, not danger. These needs were written fresh, before the detector was changed
// with them in view: danger to life or home (a collapse, a fall, gas with pinyin typos, fire and
// smoke, chest pain and stroke signs, breathing, choking, bleeding, electric shock, poison, a
// break-in, fraud in progress, water pouring in, a knife) in colloquial Mandarin, northern
// dialect, Traditional characters and English, under every journey; then calm near misses that
// hold a danger word and must not alarm. None was copied from, or written after reading, the
// held-out part.
//
// The split is a FIXED rule written before tuning (`splitHeldOutFirst`): in the order written,
// the 1st, 3rd, 5th… case is HELD-OUT and the 2nd, 4th, 6th… is tuning, so at least half of the
// batch is held out and the held-out part stays above a third of all cases. A case is never
// moved between parts; new cases go in a new batch.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  calm,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  police,
  splitHeldOutFirst,
  type Unsplit,
} from './labelledNeedsKit.js';

const burstPipe = ['repair-team', 'disaster-supplies'];

const written: readonly Unsplit[] = [
  // Someone collapsed, not breathing, chest pain, stroke signs, choking, bleeding, shock, poison
  d('S', '下棋的王大爷一头栽桌上了，怎么喊都没动静', emergencyTeam),
  d('L', '我妈刚才眼一黑就软下去了', emergencyTeam),
  d('E', '培训班有个学员突然不省事了', emergencyTeam),
  d('X', '我老伴儿倒在厨房地上了，叫他也不吭声', emergencyTeam),
  d('S', '跳广场舞的阿姨一下子瘫地上了', emergencyTeam),
  d('H', '我爸说胸口像针扎一样，满头大汗', emergencyTeam),
  d('L', '我爷爷嘴巴歪了，说话含糊不清', emergencyTeam),
  d('E', '我婆婆半边身子发麻，手拿不住东西', emergencyTeam),
  d('S', 'my uncle just keeled over at the card table', emergencyTeam),
  d('S', '我老伴儿喘不上来气，嘴唇都紫了', emergencyTeam),
  d('H', '孩子吃果冻卡住了，脸都憋红了', emergencyTeam),
  d('E', '我爸手被电锯割了，血止都止不住', emergencyTeam),
  d('L', '我家老人被电着了，手还抽着', emergencyTeam),
  d('L', '我爸喝了一瓶敌敌畏', emergencyTeam),
  d('H', '我媽剛才突然昏倒，現在叫不醒', emergencyTeam),
  d('E', 'my grandfather is gasping for air and his lips are blue', emergencyTeam),
  // A fall
  d('H', '老头子躺地上起不来了，头上磕了个包', emergencyTeam),
  d('L', '俺家老爷子在厕所里摔地上了，自己起不来', emergencyTeam),
  d('H', 'my mother is on the bathroom floor and cannot get up', emergencyTeam),
  d('S', '奶奶从凳子上跌下来，腿不能动了', emergencyTeam),
  // Gas, with the typos a pinyin keyboard makes
  d('L', '屋里一股子煤汽味儿，熏得头疼', gas),
  d('S', '楼道里全是媒气味', gas),
  d('E', '我家厨房燃起味特别冲', gas),
  d('X', '灶台那边嘶嘶响，闻着像臭鸡蛋', gas),
  d('L', '煤氣罐漏氣了', gas),
  d('H', 'there is a strong smell of gas on our landing', gas),
  // Fire, smoke, a burning smell
  d('S', '楼上好像烧东西了，一股糊味，烟往我家窜', fire),
  d('L', '插座冒火花还有焦糊味，冒烟了', fire),
  d('E', '隔壁屋窗户往外冒黑烟', fire),
  d('X', '樓下起火了，煙很大', fire),
  d('H', 'the kitchen is full of smoke and i can see flames', fire),
  d('L', '电褥子烧着了', fire),
  // A break-in
  d('S', '有人在我家门口鼓捣锁眼', police),
  d('L', '半夜有人一直在拽我家的门', police),
  d('X', '窗户防盗网被人剪开了', police),
  d('H', 'someone is trying to force my front door open', police),
  // Fraud in progress
  d('E', '有人打电话说是公安局的，说我涉嫌洗钱，让我把钱转到安全账户', police),
  d('L', '客服说要我把手机收到的验证码念给他', police),
  d('S', '网上认识的男朋友让我再打五万块', police),
  d('H', '有个自称医保局的让我交钱解冻', police),
  d(
    'L',
    'a man says he is from the police and i must move my savings to a safe account today',
    police,
  ),
  // Water pouring in
  d('X', '卫生间水管爆了，水哗哗往外喷，地上全是水', burstPipe),
  d('L', '下暴雨，雨水从门缝往屋里灌', flood),
  d('E', 'water is coming in under our door from the street', flood),
  // Violence
  d('H', '我老公喝多了拿着菜刀要砍人', police),
  d('S', '楼下有人拿刀追着人跑', police),
  // Calm near misses: a danger word, but no danger now
  calm('L', '想问下燃气费在哪儿交', ['gas-heating-station', 'service-hall']),
  calm('E', '想学点急救知识，有培训吗', ['skills-school', 'emergency-team']),
  calm('S', '社区有防诈骗讲座吗，想去听听', ['police-room', 'culture-centre']),
  calm('H', '我妈上个月摔了一跤，现在好多了，想有人上门帮她做康复', ['home-nursing']),
  calm('L', '炒菜冒烟呛得慌，油烟机不抽了', ['handyman-volunteers', 'repair-team']),
  calm('X', '楼道里堆了好多纸箱，怕着火', fire),
  calm('H', '去年中风过，现在想定期去复查', ['health-station', 'family-doctor-team']),
  calm('L', '燃气灶火太小，点着一会儿就灭', gas),
  calm('S', '想参加消防演练', fire),
  calm('L', '家里水管有点渗水，滴滴答答的', ['repair-team']),
  calm('H', '我爸有高血压，最近头有点晕乎', ['health-station', 'family-doctor-team']),
  calm('X', '小区门口有人推销保健品，感觉是骗老人的', police),
  calm('L', 'how do i pay my gas bill', ['gas-heating-station', 'service-hall']),
  calm('E', 'is there a first aid course for older people', ['skills-school', 'emergency-team']),
  calm('H', 'my dad had a fall last year and still walks with a stick, can a nurse visit', [
    'home-nursing',
  ]),
  calm('L', '暖气片有点漏水，下面放了个盆接着', ['repair-team', 'gas-heating-station']),
  calm('X', '我家孩子老是跟同学打架，想找人劝劝', ['counselling-room', 'mediation-room']),
  calm('H', '我爸偶尔胸口有点闷，想做个体检', ['health-station', 'family-doctor-team']),
];

export const twelfthBatch: readonly LabelledNeed[] = splitHeldOutFirst(written);
