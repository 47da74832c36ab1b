// Fresh phrasings written for the danger list after the missing-person kind, each read by a
// mechanism the older lists lacked (dangerBodySigns.ts: a feverish fit, a swelling throat, low
// blood sugar, someone down in a stairwell; a grandchild scam; water over the floor; a child
// carried off), with the near misses that share their words. dangerPhrases.ts includes both.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const signDangers: readonly DangerPhrase[] = [
  p('education-employment', '孩子发高烧烧到四十度，在抽', 'medical'),
  p(
    'health-medical',
    'my mother is having a severe allergic reaction, her throat is swelling',
    'medical',
  ),
  p('social-cultural', '老伴被马蜂蛰了，嘴唇和眼皮都肿起来了', 'medical'),
  p('health-medical', '我爷爷糖尿病，现在浑身出汗发抖，人有点迷糊', 'medical'),
  p('social-cultural', '老人家突然说胡话，认不出人了', 'medical'),
  p('basic-living', '邻居老头倒在楼道里了', 'medical'),
  p('safety-emergency', '老人在楼梯上滚下去了', 'fall'),
  p('basic-living', '半夜听见有人在我家阳台上', 'break-in'),
  p('social-cultural', '有个人说是我孙子，急着要钱', 'fraud'),
  p('basic-living', '家里的水管爆了，水哗哗往外流，满地都是', 'flood'),
  p('social-cultural', 'my grandson was here a minute ago and now I cant find him', 'missing'),
  p('basic-living', '俺娘出去一上午了，到现在也没个影儿', 'missing'),
  p('education-employment', '女儿去上学，学校说她没到', 'missing'),
  p('social-cultural', '孩子在广场上被人抱走了', 'missing'),
];

export const signNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'health-medical', text: '我有糖尿病，想问问血糖怎么控制' },
  { category: 'health-medical', text: '我对海鲜过敏，想做个过敏原检测' },
  { category: 'health-medical', text: '孩子发烧了，想找个社区医生看看' },
  { category: 'health-medical', text: '腿抽筋了好几次，想买点钙片' },
  { category: 'health-medical', text: '我爸说胡话是老毛病了，想找个心理咨询' },
  { category: 'basic-living', text: '有人倒垃圾倒在楼道里' },
  { category: 'basic-living', text: '楼梯上滚满了灰尘' },
  { category: 'basic-living', text: '阳台上的晾衣架坏了' },
  { category: 'social-cultural', text: '孙子说要钱买书，我该给吗' },
  { category: 'basic-living', text: '满地都是落叶，没人扫' },
  { category: 'social-cultural', text: 'i lost my husband two years ago and feel lonely' },
  { category: 'basic-living', text: '我妈说找不到回家的公交车站' },
  { category: 'education-employment', text: '儿子在外地工作，过年没回来' },
  { category: 'basic-living', text: '我的猫被人抱走了' },
];
