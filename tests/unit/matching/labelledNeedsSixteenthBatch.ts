// A sixteenth batch, written after the fifteenth was tuned on, to calibrate the character
// back-off (characterEvidence.ts) on needs it has not seen: mostly needs in words no list holds,
// half of them out of scope, so a stray telling character in a question about fishing rods or a
// parcel shows up. Split by the same fixed rule (splitByAlternation), half held out. Cases are
// never moved or reordered. None was copied from the held-out part.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  c,
  clinic,
  games,
  gas,
  hobby,
  nothing,
  property,
  repair,
  splitByAlternation,
} from './labelledNeedsKit.js';

const written: Omit<LabelledNeed, 'part'>[] = [
  c('S', '附近有没有卖鱼竿的', nothing),
  c('L', '屋顶那块往下掉渣', [...repair, ...property]),
  c('E', '我想换个大点的房子', nothing),
  c('H', '牙龈老出血', ['health-station']),
  c('X', '想问问哪儿能配钥匙', nothing),
  c('L', '水龙头出来的水发黄', [...repair, ...property]),
  c('E', '附近有没有打印店', nothing),
  c('H', '腿上起了一片红疙瘩，痒得很', ['health-station']),
  c('L', '想问下燃气费在哪交', gas),
  c('E', '手机里的照片怎么传到电脑上', ['smartphone-class']),
  c('S', '想问问附近哪里有卖菜种子的', nothing),
  c('H', '眼睛看东西越来越模糊', ['health-station']),
  c('L', '家里的门吱呀吱呀响，关不严', ['handyman-volunteers', 'repair-team']),
  c('E', '想查查明天去天津的车', nothing),
  c('S', '家里老人爱热闹，想找地方跟人凑一块儿乐呵乐呵', [
    ...games,
    'culture-centre',
    'companion-volunteers',
  ]),
  c('S', '想买点新鲜海鲜', nothing),
  c('H', '我最近总是心跳得很快，一阵一阵的', clinic),
  c('L', '想找个人帮我把衣柜挪个地方', ['handyman-volunteers', 'housekeeping-co']),
  c('X', '我家楼下那棵树快倒了', property),
  c('E', '有没有那种不用出门在家就能干的活', ['employment-station']),
  c('S', '想找个地方学学摄像剪视频', ['smartphone-class', ...hobby]),
  c('E', '帮我看看这个快递单号到哪了', nothing),
  c('S', '想找个老乡会', nothing),
  c('L', '洗衣机转起来咣当咣当的', ['handyman-volunteers']),
  c('H', '我家孩子老是尿床', clinic),
  c('X', '谁家的空调外机老往我窗台上滴水', ['mediation-room']),
  c('E', '想知道哪个学校好', nothing),
  c('L', '厨房的灯管一闪一闪的', ['repair-team', 'handyman-volunteers']),
  c('S', '给我推荐个好看的电视剧', nothing),
  c('E', '考驾照的题目太难了', nothing),
];

export const sixteenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
