// Fresh phrasings written for the danger list after the missing-person kind, each read by a
// mechanism the older lists lacked (dangerBodySigns.ts: a feverish fit, a swelling throat, low
// blood sugar, someone down in a stairwell, nobody answering the door; a grandchild scam; water
// over the floor; a child carried off; out of reach since going out), with the near misses that
// share their words. dangerPhrases.ts includes both.
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
  // A second fresh round
  p('social-cultural', '我老头刚才在活动室打牌，一下子就瘫椅子上了', 'medical'),
  p('education-employment', '孩子误吞了一枚硬币，一直咳', 'medical'),
  p('basic-living', '我先生在厕所里半天没出来，敲门也不应', 'medical'),
  p('safety-emergency', '对门大爷在家里好几天没出门了，敲门也没人应，屋里有味道', 'medical'),
  p('health-medical', 'grandpa is coughing up blood', 'medical'),
  p('basic-living', '孩子被开水烫了，胳膊上起了大泡', 'medical'),
  p('basic-living', '老伴在浴室摔了，后脑勺着地', 'fall'),
  p('social-cultural', '我妈下楼梯踩空，腿肿得老高', 'fall'),
  p('basic-living', 'there is a stranger in my house', 'break-in'),
  p('basic-living', '有个人翻我家窗户进来了', 'break-in'),
  p('social-cultural', '我妈被人拉进一个群，说买保健品送鸡蛋，已经交了两万', 'fraud'),
  p('safety-emergency', 'a man is hitting a woman in the street', 'violence'),
  p('basic-living', '邻居喝醉了拿着棍子在砸门', 'violence'),
  p('social-cultural', 'my 6 year old wandered off at the market', 'missing'),
  p('health-medical', '我媽從早上出門到現在聯繫不上', 'missing'),
  // A third round: short cries, dialect and English typos
  p('social-cultural', '快来人，有人晕了', 'medical'),
  p('basic-living', '救命，我爸不行了', 'medical'),
  p('basic-living', '俺爹一下子背过气去了', 'medical'),
  p('social-cultural', '老太太出溜到地上了，喊她也不应', 'medical'),
  p('health-medical', 'my wife is unconcious', 'medical'),
  p('social-cultural', 'my friend overdosed', 'medical'),
  p('education-employment', '孩子把奶奶的降压药吃了好几片', 'medical'),
  p('safety-emergency', '我被人打了', 'violence'),
  // Cooking or a cigarette calms the smoke only, never a faint or gas in the same breath
  p('basic-living', '炒菜的时候我妈突然晕倒了', 'medical'),
  p('basic-living', '做饭的时候煤气味很重', 'gas'),
  p('social-cultural', '有人抽烟把沙发点着了', 'fire'),
  p('basic-living', 'my neighbour was smoking in bed and now there is fire', 'fire'),
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
  { category: 'education-employment', text: '孩子在厕所半天没出来，玩手机呢' },
  { category: 'social-cultural', text: '邻居家敲门没人应，可能出门了' },
  { category: 'basic-living', text: '我妈手机一直打不通，是不是欠费了' },
  { category: 'social-cultural', text: '儿子一直不接电话，是不是生我气了' },
  { category: 'basic-living', text: '拿锤子砸核桃' },
  { category: 'basic-living', text: '有人帮我翻修窗户吗' },
  { category: 'basic-living', text: 'i need someone in my house to fix the heating' },
  { category: 'social-cultural', text: '社区群里通知交物业费' },
  { category: 'basic-living', text: '下楼梯怕踩空，想装个扶手' },
  { category: 'basic-living', text: '这个手机不行了，快来帮我看看' },
  { category: 'social-cultural', text: '我老伴生气了，一天都不吱声' },
  { category: 'health-medical', text: '我妈吃了降压药还是头疼' },
  { category: 'basic-living', text: '救命啊，这个表我不会填' },
  { category: 'social-cultural', text: '俺娘想找个人陪她聊天' },
  { category: 'social-cultural', text: '打牌打到半夜，人都晕了' },
  // 脚不行 sounds like 叫不醒 (jiao bu xing): legs that are weak are no faint
  { category: 'health-medical', text: '我爸腿脚不行了，想找个护工' },
  { category: 'safety-emergency', text: '有人在楼道里抽烟，烟味很大' },
  { category: 'social-cultural', text: '邻居家烧纸，烟飘到我家了' },
  { category: 'basic-living', text: "i smell smoke from someone's cigarette" },
  {
    category: 'safety-emergency',
    text: 'the fire alarm in the hallway keeps beeping, low battery',
  },
];
