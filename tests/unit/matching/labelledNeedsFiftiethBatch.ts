// The 50th batch: about 60 needs written by the helper `precision` (issue 15, "nothing fits"
// precision) after tuning on the 46th batch, in other wordings of the same mix, to show whether
// that round generalised: two thirds in-scope needs said obliquely (a state or a feeling, a
// story, a vague ask, a question about what the centre has, meals said without naming them),
// one third near misses nothing in the community serves. Written from the demo resources' ids,
// names and keywords (its writer had also read the matcher's word lists while tuning on the
// 46th batch, so its figures flatter a fresh writer's), never from another batch's wording or
// the round's unit tests. Labels: the
// resources a front-desk worker would accept first. Rule: allTuning (its figures measured once
// before any further tuning are in its commit message).
import type { LabelledNeed } from './labelledNeeds.js';
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
  clinic,
  companion,
  fire,
  flood,
  gas,
  hobby,
  meals,
  nothing,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const tutors = ['tutoring-volunteers', 'homework-club'];
const hall = ['service-hall'];
const nursing = ['home-nursing', 'family-doctor-team'];
const lonelyAtHome = [...companion, ...activityRooms, ...hobby, 'culture-centre'];

const inScope: Unsplit[] = [
  c('L', '闺女出差半个月，我这老头子一日三餐可怎么办', meals),
  c('L', '眼睛看不清了，切菜老切到手，饭都不敢做', meals),
  c('L', '老两口牙都不行，想吃口软乎的热饭', meals),
  c('L', '家里灰大得很，我拖不动地了', ['housekeeping-co']),
  c('L', '抽油烟机油乎乎的，想请人来擦擦', ['housekeeping-co']),
  c('L', '柜门掉了一扇，合页松了', ['handyman-volunteers']),
  c('L', '马桶水箱里一直嘶嘶响，水费都涨了', repair),
  c('L', '墙上的插座松了，插头插上去老往下掉', repair),
  c('L', '楼道的灯一到晚上就不亮，摸黑上楼', property),
  c('L', '搬家剩下的旧沙发没人要，堵在门口', rubbish),
  c('L', '这都入冬了，家里还跟冰窖似的', gas),
  c('L', '我家老头子走了，他的丧葬补贴找谁领', hall),
  c('L', '没了收入，想问问吃低保要什么条件', hall),
  c('H', '我这腿一到阴天就疼，上下楼跟爬山一样', [...nursing, ...clinic]),
  c('H', '老伴瘫在床上好几年，身上起了红印子', nursing),
  c('H', '家里老人要打胰岛素，我们不会打', nursing),
  c('H', '一个人去医院做检查，单子都看不懂', ['escort-volunteers']),
  c('H', '最近老是心慌气短，想找个大夫瞧瞧', clinic),
  c('H', '每天夜里两三点就醒，再也睡不着', ['counselling-room', ...clinic]),
  c('H', '闺女走后我整个人都垮了', ['counselling-room', ...companion]),
  c('H', '我妈老把儿子叫成别人的名字，白天家里没人', ['day-care-centre']),
  c('H', '降压药一次得去跑一趟，太远了', ['pharmacy', 'family-doctor-team']),
  c('E', '外孙上初中了，物理我一窍不通', tutors),
  c('E', '孩子放了学在街上晃，我们七点才下班', ['homework-club']),
  c('E', '孩子毕业一年了还在家躺着', ['employment-station']),
  c('E', '在家带了十年孩子，现在想出去上班，不知道干啥', ['employment-station', 'skills-school']),
  c('E', '想学理发那种手艺，以后好养活自己', ['skills-school']),
  c('E', '孙女教我发语音，转头就忘', ['smartphone-class']),
  c('E', '想开个裁缝铺，不懂手续', ['startup-mentors']),
  c('E', '退了休想找点报纸杂志翻翻', ['community-library']),
  c('S', '一天到晚待在屋里，人都要发霉了', lonelyAtHome),
  c('S', '牌瘾上来了，可惜凑不齐人', activityRooms),
  c('S', '以前爱扭秧歌，现在不知道上哪扭去', ['culture-centre', 'fitness-square-yangguang']),
  c('S', '年轻时学过二胡，想捡起来', ['interest-groups', 'elder-university']),
  c('S', '我还硬朗，想帮着照顾照顾别的老人', ['volunteer-station']),
  c('S', '我爸在老家一个人，我在这边工作，能不能有人常去敲敲门', companion),
  c('S', '搬到闺女这边，整天没个说话的人', lonelyAtHome),
  c('X', '隔壁装修天天电钻响，早上六点就开始', ['mediation-room']),
  c('X', '楼梯口堆着别人家的旧自行车和破家具，挡道', [...fire, ...property]),
  c('X', '小区后门晚上黑灯瞎火，老有人翻墙', ['patrol-volunteers', 'police-room']),
  c('X', '外面下大雨，担心一楼灌进水来，家里啥准备也没有', flood),
];

const nearMisses: Unsplit[] = [
  c('L', '下个月去北京的卧铺还有吗', nothing),
  c('S', '我家那只鹦鹉飞走了', nothing),
  c('L', '这礼拜有没有太阳，想晒被子', nothing),
  c('E', '这只股最近一直跌，要不要割肉', nothing),
  c('L', '给孙子买羽绒服，哪个牌子暖和', nothing),
  c('L', '想换个大点的电视，多少寸合适', nothing),
  c('S', 'zzzzzz', nothing),
  c('L', '嗯嗯嗯', nothing),
  c('H', '协和医院的床位怎么才能排上', nothing),
  c('H', '医院的检查费收多了，找谁退', nothing),
  c('L', '网上买的锅寄错了颜色', nothing),
  c('E', '驾照到期了去哪换', nothing),
  c('S', '算算我跟老伴属相合不合', nothing),
  c('L', '日本的化妆品哪里买正品', nothing),
  c('S', '这周末哪个景点人少', nothing),
  c('E', '孙女想出国留学，中介靠谱吗', nothing),
  c('L', '信用卡逾期了会怎么样', nothing),
  c('S', '你喜欢吃什么', nothing),
  c('H', '医院里陪床的折叠床哪里租', nothing),
  c('L', '晚上想吃烧烤，哪家好', nothing),
];

export const fiftiethBatch: LabelledNeed[] = allTuning([...inScope, ...nearMisses]);
