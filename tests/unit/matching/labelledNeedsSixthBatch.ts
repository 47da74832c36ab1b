// A sixth batch, all danger to life or home as residents type it under every journey, written
// after tuning on the fifth and before any change made with it in view, split by the same fixed
// rule (alternation in the order written; labelledNeedsSecondBatch.ts). Each earlier batch's
// fresh tuning part missed danger phrased in new words; danger recall must reach 100 %, so this
// batch adds more such phrasings to learn from and to hold out.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  police,
  splitByAlternation,
} from './labelledNeedsKit.js';

export const sixthBatch: readonly LabelledNeed[] = splitByAlternation([
  d('L', '我老伴倒在地上，喊他没反应', emergencyTeam),
  d('H', '我妈呼吸特别急，嘴唇发紫', emergencyTeam),
  d('S', '有位老人在活动室昏厥了', emergencyTeam),
  d('E', '大爷心脏不舒服，捂着胸口坐在地上', emergencyTeam),
  d('L', '我爸血压高得厉害，头疼得要炸了，还吐了', emergencyTeam),
  d('H', '孩子误吃了老人的药', emergencyTeam),
  d('S', 'someone is lying on the ground and not moving', emergencyTeam),
  d('E', 'my husband is having a heart attack', emergencyTeam),
  d('L', '老母亲跌了一跤，髋部疼得动不了', emergencyTeam),
  d('H', '老人从椅子上栽下来了', emergencyTeam),
  d('S', '我奶奶在小区里摔倒了，头出血了', emergencyTeam),
  d('E', 'grandma fell down the stairs', emergencyTeam),
  d('L', '一开门满屋子煤气味，头晕想吐', gas),
  d('H', '燃气灶的火灭了，气还在冒', gas),
  d('S', '楼道里闻着像是漏燃气了', gas),
  d('E', 'the whole flat smells of gas', gas),
  d('L', '家里电视机冒烟了，有火苗', fire),
  d('H', '楼下垃圾桶烧起来了', fire),
  d('S', '隔壁窗户往外冒火', fire),
  d('E', 'smoke is coming out of the flat upstairs', fire),
  d('X', '地下室起火了，好多烟', fire),
  d('L', '有人在砸我家的门，还在骂人', police),
  d('H', '家里被偷了，门锁坏了', police),
  d('S', '我被人打了，脸上都是血', police),
  d('E', '一个男的在楼下拿着刀吓唬人', police),
  d('L', '有人发短信让我点链接，说我的快递丢了要赔钱，我已经转了', police),
  d('H', 'someone called saying they are from the police and I must send money now', police),
  d('S', '有人冒充我孙子借钱', police),
  d('L', '暴雨把家里淹了，电器都泡了', flood),
  d('X', '小区里积水到腰了，出不去了', flood),
]);
