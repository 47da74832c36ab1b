// A fourteenth batch of needs as residents say them, written in one sitting before the matcher
// was tuned on any of them (issue 15: the matcher had learnt its tuning phrasings by heart). Everyday
// needs in words the lists did not hold when it was written (repairs, meals, medicine, paperwork,
// hobbies, loneliness, noise, jobs, child care), northern dialect, homophone typos, Traditional
// characters, English, a few dangers, and needs no community service answers. Split by the same
// fixed rule as the second batch (splitByAlternation: in the order written, the 1st, 3rd, 5th…
// case is tuning, the 2nd, 4th, 6th… held-out), so half of it is held out. Cases are never
// moved or reordered; new ones go in a new batch. None was copied from the held-out part.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  c,
  clinic,
  danger,
  fire,
  games,
  gas,
  meals,
  nothing,
  property,
  repair,
  splitByAlternation,
} from './labelledNeedsKit.js';

const lonely = ['companion-volunteers', 'counselling-room'];
const hobby = ['elder-university', 'interest-groups'];
const dance = ['culture-centre', 'fitness-square-yangguang', 'elder-university'];
const homework = ['homework-club', 'tutoring-volunteers'];

const written: Omit<LabelledNeed, 'part'>[] = [
  c('L', '水池子底下老往外洇水', repair),
  c('L', '厨房那个下水眼儿堵得死死的', repair),
  c('L', '家里灯一开就啪一声全黑了', repair),
  c('H', '我这腰疼得直不起来，想找个大夫看看', clinic),
  c('L', '一个人住懒得开火，有没有地方管顿中饭', meals),
  c('H', '我爸的降糖药快没了，腿脚不好下不了楼', ['pharmacy']),
  c('E', '退休工资到现在还没到账，想问问怎么回事', ['service-hall']),
  c('E', '医保卡丢了要补办', ['service-hall']),
  c('E', '想申请低保，不知道要带啥材料', ['service-hall']),
  c('E', '外地来的，想办个居住证', ['service-hall']),
  c('S', '想学学用毛笔写春联', hobby),
  c('S', '早上想找个伴儿一块跳广场舞', dance),
  c('S', '老伴走了以后心里空落落的，一天到晚没个说话的人', lonely),
  c('X', '楼上半夜老是咚咚咚的，震得我睡不着', ['mediation-room']),
  c('X', '隔壁把电动车停我门口，说了也不听', ['mediation-room']),
  c('E', '厂子倒闭了，四十五岁了想再找份工', ['employment-station']),
  c('E', '孩子下午三点半就放学，我们两口子都上班没人看', homework),
  c('L', '冬天屋里才十几度，暖气片摸着冰凉', gas),
  c('L', '家里灶台打不着火', gas),
  c('H', '老母亲瘫在床上好几年了，想有人上门给翻身擦洗', ['home-nursing']),
  c('H', '最近心里老堵得慌，晚上翻来覆去睡不踏实', ['counselling-room']),
  c('H', '下礼拜要去医院复查，儿女都不在身边', ['escort-volunteers']),
  c('S', '想找人一起唱唱京戏', ['interest-groups']),
  c('S', '闲着也是闲着，想给社区出把力', ['volunteer-station']),
  c('L', '楼里电梯卡在三楼不动了', property),
  c('L', '小区单元门的锁坏了，谁都能进', property),
  c('L', '装修剩了一堆碎砖头没地方扔', ['rubbish-team']),
  c('L', '想请个人每周来家里收拾收拾', ['housekeeping-co']),
  c('E', 'my son needs help with his maths homework', homework),
  c('E', 'i want to learn a trade so i can get a better job', ['skills-school']),
  c('H', 'can someone bring my blood pressure pills to my home', ['pharmacy']),
  c('S', 'i feel lonely since my wife passed away', lonely),
  c('X', 'the people upstairs play loud music every night', ['mediation-room']),
  c('L', 'the kitchen tap will not stop dripping', repair),
  c('L', '廚房水管一直滴滴答答', repair),
  c('H', '想找家庭醫生簽約', ['family-doctor-team']),
  c('S', '想學跳舞，哪裡有教', dance),
  c('L', '水笼头关不紧，哗哗的', repair),
  c('H', '想量量血亚', ['health-station']),
  c('E', '想找份工做，有没有招平的', ['employment-station']),
  c('E', '去北京的火车几点发车', nothing),
  c('S', '明天会不会下雨', nothing),
  c('X', '我家的小猫跑出去三天了', nothing),
  c('E', '最近买哪只股票能赚钱', nothing),
  c('L', 'sdfkj哈哈哈啊啊', nothing),
  c('L', '楼下超市几点关门', nothing),
  c('E', '想把我的旧手机卖了', nothing),
  c('S', '附近哪家火锅好吃', nothing),
  c('H', '我想去做个双眼皮', nothing),
  c('E', 'where can i buy a train ticket to shanghai', nothing),
  c('S', 'what is the weather like tomorrow', nothing),
  c('X', '家里插座冒火花，还有股焦糊味', [...fire, 'repair-team'], danger),
  c('H', '我老伴说话突然含糊不清，半边身子没劲', ['emergency-team'], danger),
  c('S', '有人打电话说我孙子出事了，让我赶紧打钱', ['police-room'], danger),
  c('L', '闻着家里有股臭鸡蛋味', gas, danger),
  c('E', '想自己做点小买卖', ['startup-mentors']),
  c('E', '想考个育儿嫂的证', ['skills-school']),
  c('S', '想借点老书看看，有没有看书的地方', ['community-library']),
  c('S', '想找人杀两盘象棋', games),
  c('X', '晚上小区里老有生人转悠，心里发毛', ['patrol-volunteers', 'police-room']),
];

export const fourteenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
