// Phrasings of the rules added on the twenty-ninth batch (all tuning), written fresh after tuning
// to probe each rule with other words than the batch's: danger told second-hand (a son far away
// whose mother does not answer, a neighbour who has not seen someone for two days, a carer), a
// lure told in a calm clause with money moving now, fragments typed with spaces, a caller's story
// of a relative in trouble, a beating and a cry for help heard through the wall. With the near
// misses that share their words: a PIN mistyped, the legs of things, an illness over, a scam
// refused, a drama's story, a cry for help in a game or the heat, pills forgotten.
// dangerPhrases.ts spreads both into the lists dangerRecall.test.ts reads.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const twentyNinthDangers: readonly DangerPhrase[] = [
  p('basic-living', '我儿子从深圳打电话，说他妈从早上到现在电话都打不通，她一个人在家', 'medical'),
  p('health-medical', '邻居大姐说隔壁老李两天没出门了，屋里电视一直开着', 'medical'),
  p('social-cultural', '对门的阿婆好几天都没见着了，门口一股怪味', 'medical'),
  p('education-employment', '我是家政阿姨，雇主家老太太在浴室里摔了，门从里面反锁了', 'fall'),
  p('safety-emergency', '我替隔壁王奶奶问，有人打电话说她儿子撞了人，要马上打五万块私了', 'fraud'),
  p('social-cultural', '隔壁一直传来小孩哭和大人骂，打得啪啪响', 'violence'),
  p('health-medical', '妈妈说话突然说不清楚了，口水一直流', 'medical'),
  p('safety-emergency', '听见隔壁有女的一直在喊救命，还有摔东西的声音', 'medical'),
  p('basic-living', '上周参加了一个养生讲座，今天我爸又要去银行取钱给他们', 'fraud'),
  p('social-cultural', '健康讲座 让交钱买药 我妈已经交了', 'fraud'),
  p('health-medical', '护工说老人从昨天下午开始就喊不醒', 'medical'),
  p('basic-living', '外婆冇氣啦 快啲', 'medical'),
  p('safety-emergency', '有个说是查水表的进了屋，现在在翻抽屉', 'break-in'),
  p('basic-living', '爷爷把降压药吃了一遍又吃了一大把', 'medical'),
  p('education-employment', '我老公喝多了，把菜刀拿出来了', 'violence'),
  p('basic-living', '我家一楼的防盗网被人剪开了', 'break-in'),
  p('health-medical', '我爸吃了自己采的野菌子，上吐下泻，人都站不稳了', 'medical'),
  p('social-cultural', '我姐打电话说她被困在电梯里了，卡在两层中间', 'medical'),
  p('basic-living', '楼上老太太屋里扑通一声，然后就没动静了', 'medical'),
  p('safety-emergency', '对门独居的大爷好几天没见了，门口堆着外卖', 'medical'),
];

export const twentyNinthNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'basic-living', text: '手机银行密码输错了好几次，现在登不上去了' },
  { category: 'basic-living', text: '椅子腿断了一根，谁能帮忙修修' },
  { category: 'health-medical', text: '老伴中风之后走路不利索，想找人做康复' },
  { category: 'safety-emergency', text: '有人发短信让我转钱，我没转，删了' },
  { category: 'social-cultural', text: '看了个电影里有人煤气中毒，吓得我想装个报警器' },
  { category: 'social-cultural', text: '我们几个老人天天喊救命啊这天太热了，有没有纳凉的地方' },
  { category: 'social-cultural', text: '孙子玩游戏一直喊救命救命，吵死了' },
  { category: 'health-medical', text: '我妈吃药总记不清吃了多少，想弄个药盒' },
  { category: 'basic-living', text: '家里没气了 做不了饭' },
  { category: 'social-cultural', text: '打麻将打得很凶，老伴输了好多钱' },
  { category: 'basic-living', text: '我妈一个人住，电话老是没人接，想给她装个摄像头' },
  { category: 'safety-emergency', text: '我家窗户坏了卸下来修，装不回去了' },
  { category: 'basic-living', text: '周末想去山上采蘑菇，哪里有' },
  { category: 'basic-living', text: '楼上咚的一声，吵死了' },
  { category: 'basic-living', text: '电梯里灯坏了，黑乎乎的' },
];
