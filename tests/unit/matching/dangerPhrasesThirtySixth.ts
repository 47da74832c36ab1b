// Phrasings of the rules added on the thirty-sixth batch (all tuning), written fresh after tuning
// to probe each rule with other words than the batch's: a cry for help typed alone, a child gone
// into a fountain or a bath, someone shut in a car or a stuck lift, someone pinned under what
// came down, dogs attacking, a snake in the home, a fall from a height in English. With the near
// misses that share their words: a cry in a figure of speech, keys locked in a car, a lift's
// yearly check, a bite that is over, a dog that only runs after people, a snake in a game or a
// birth year. dangerPhrases.ts spreads both into the lists dangerRecall.test.ts reads.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const thirtySixthDangers: readonly DangerPhrase[] = [
  p('social-cultural', '救救我！', 'medical'),
  p('basic-living', '快来人呀！！', 'medical'),
  p('safety-emergency', 'SOS', 'medical'),
  p('health-medical', 'kuai lai ren', 'medical'),
  p('education-employment', '有个小孩掉进喷水池了', 'medical'),
  p('basic-living', '我外孙掉进浴缸里了，脸朝下', 'medical'),
  p('social-cultural', '宝宝被锁在车里了，太阳底下晒着', 'medical'),
  p('safety-emergency', '电梯停在两层中间了，我妈在里面出不来', 'medical'),
  p('basic-living', '房顶塌下来了，我爸被压在下面', 'medical'),
  p('education-employment', '一群野狗围着咬我孙子', 'medical'),
  p('social-cultural', '疯狗扑过来咬人了', 'medical'),
  p('basic-living', '阳台上盘着一条蛇', 'fire'),
  p('safety-emergency', '楼道里爬进来一条蛇', 'fire'),
  p('health-medical', 'my son fell off the balcony', 'medical'),
  p('education-employment', '热汤泼到孩子脸上了', 'medical'),
  p('social-cultural', '开水洒到老伴腿上了', 'medical'),
  p('basic-living', '快救火', 'fire'),
  p('safety-emergency', 'was bitten by a snake', 'medical'),
  p('health-medical', 'wo ba zhong feng le', 'medical'),
];

export const thirtySixthNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'education-employment', text: '就当救命稻草了，帮我找个活干' },
  { category: 'social-cultural', text: '笑死了 救命' },
  { category: 'basic-living', text: '车钥匙锁在车里了，怎么开' },
  { category: 'basic-living', text: '电梯年检是什么时候' },
  { category: 'health-medical', text: '去年被狗咬过一次，现在还怕狗' },
  { category: 'safety-emergency', text: '狗老是追着人跑，想跟物业反映' },
  { category: 'social-cultural', text: '我属蛇，想报个书法班' },
  { category: 'education-employment', text: '贪吃蛇游戏怎么下载' },
  { category: 'health-medical', text: '以前开水泼到手上过，留了疤' },
  { category: 'education-employment', text: '消防员救火的故事给孩子讲讲' },
  { category: 'basic-living', text: 'snake plant where to buy' },
];
