// Descriptions that signal danger to life or home, as residents type them under any journey:
// Simplified and Traditional Chinese, English, and the homophone typos a pinyin keyboard makes.
// Every one must put an emergency resource first and offer the emergency call; a miss here is a
// failing test (dangerRecall.test.ts), not a figure to tune.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerKind } from '../../../electron/services/matching/index.js';

export interface DangerPhrase {
  category: CategoryId;
  text: string;
  kind: DangerKind;
}

const p = (category: CategoryId, text: string, kind: DangerKind): DangerPhrase => ({
  category,
  text,
  kind,
});

export const dangerPhrases: readonly DangerPhrase[] = [
  // Someone collapsed or is in medical danger
  p('social-cultural', '活动室里有个老人突然晕倒了', 'medical'),
  p('basic-living', '我爸昏过去了，叫不醒', 'medical'),
  p('education-employment', '老师在课上突然昏迷了', 'medical'),
  p('health-medical', '我老伴胸口疼得厉害', 'medical'),
  p('basic-living', '我妈胸痛出冷汗', 'medical'),
  p('social-cultural', '有人喘不上气了', 'medical'),
  p('health-medical', '老人呼吸困难，脸都紫了', 'medical'),
  p('basic-living', '我爷爷好像中风了，嘴歪了', 'medical'),
  p('education-employment', '孩子抽搐了', 'medical'),
  p('social-cultural', '切菜切到手了，血流不止', 'medical'),
  p('social-cultural', '爺爺突然暈倒了', 'medical'),
  p('basic-living', '我媽胸口痛', 'medical'),
  p('social-cultural', '老人晕到了', 'medical'),
  p('health-medical', 'my father fainted', 'medical'),
  p('basic-living', 'an old lady collapsed in the hall', 'medical'),
  p('education-employment', 'my wife has chest pain', 'medical'),
  p('social-cultural', 'he is unconscious and not breathing', 'medical'),
  p('basic-living', 'i think my husband is having a stroke', 'medical'),
  // A fall
  p('social-cultural', '我妈在浴室摔倒了起不来', 'fall'),
  p('education-employment', '老人在楼梯上摔了一跤', 'fall'),
  p('basic-living', '奶奶跌倒了', 'fall'),
  p('health-medical', '奶奶摔到了，爬不起来', 'fall'),
  p('basic-living', '外婆滑倒了站不起来', 'fall'),
  p('social-cultural', '奶奶跌到了', 'fall'),
  p('social-cultural', '阿嬤跌倒了', 'fall'),
  p('basic-living', 'my husband fell and cannot get up', 'fall'),
  p('social-cultural', 'grandpa has fallen down the stairs', 'fall'),
  // Gas
  p('basic-living', '煤汽味，头有点晕', 'gas'),
  p('social-cultural', '家里一股煤气味', 'gas'),
  p('health-medical', '闻到很重的燃气味', 'gas'),
  p('education-employment', '厨房好像漏气了', 'gas'),
  p('social-cultural', '燃汽泄露了', 'gas'),
  p('basic-living', '廚房有瓦斯味', 'gas'),
  p('health-medical', '瓦斯外洩', 'gas'),
  p('social-cultural', '天然气泄漏', 'gas'),
  p('basic-living', 'i can smell gas in the kitchen', 'gas'),
  p('education-employment', 'there is a gas leak', 'gas'),
  p('health-medical', '好像煤气中毒了', 'gas'),
  // Fire and smoke
  p('basic-living', '隔壁着火了', 'fire'),
  p('health-medical', '楼道里冒烟了', 'fire'),
  p('education-employment', '电动车起火了', 'fire'),
  p('social-cultural', '厨房失火了', 'fire'),
  p('basic-living', '锅烧起来了', 'fire'),
  p('health-medical', '楼下浓烟滚滚', 'fire'),
  p('social-cultural', '家裡失火了', 'fire'),
  p('basic-living', '樓道冒煙', 'fire'),
  p('basic-living', '家里起伙了', 'fire'),
  p('education-employment', 'there is a fire in my building', 'fire'),
  p('health-medical', 'smoke is coming out of the flat next door', 'fire'),
  // A break-in
  p('basic-living', '家门被人撬了', 'break-in'),
  p('health-medical', '有人在撬我家的门', 'break-in'),
  p('social-cultural', '家里进小偷了', 'break-in'),
  p('education-employment', '有陌生人闯进我家', 'break-in'),
  p('basic-living', '門鎖被撬了', 'break-in'),
  p('social-cultural', 'someone broke in to my flat', 'break-in'),
  p('health-medical', 'there is a burglar in the house', 'break-in'),
  p('basic-living', 'somebody is trying to break into my home', 'break-in'),
  // Fraud in progress
  p('basic-living', '有人冒充公安打电话让我转账', 'fraud'),
  p('health-medical', '有个人冒充我儿子叫我马上转钱', 'fraud'),
  p('education-employment', '接到电话说中奖了要先转账', 'fraud'),
  p('social-cultural', '我好像被骗了，刚转了钱', 'fraud'),
  p('basic-living', '有人冒充銀行讓我匯款', 'fraud'),
  p('health-medical', 'someone pretending to be the police wants me to transfer money', 'fraud'),
  p('social-cultural', 'i think i am being scammed right now', 'fraud'),
  // Flooding
  p('basic-living', '下大雨，家里进水了', 'flood'),
  p('health-medical', '一楼被淹了', 'flood'),
  p('social-cultural', '水漫进屋里了', 'flood'),
  p('education-employment', '屋里进水了，水越来越深', 'flood'),
  p('basic-living', '家裡淹水了', 'flood'),
  p('health-medical', 'our flat is flooding', 'flood'),
  p('basic-living', 'the house is flooded', 'flood'),
  // Violence
  p('social-cultural', '楼道里有人打架，还拿着刀', 'violence'),
  p('basic-living', '有人在打人', 'violence'),
  p('health-medical', 'a man is threatening us with a knife', 'violence'),
];

/** Near misses: they name a danger word but are not an emergency now; no emergency offer. */
export const notDanger: readonly { category: CategoryId; text: string }[] = [
  { category: 'safety-emergency', text: '楼道里堆满了杂物，有火灾隐患' },
  { category: 'basic-living', text: '燃气灶打不着火' },
  { category: 'social-cultural', text: '想参加防诈骗讲座' },
  { category: 'basic-living', text: '水龙头一直滴水' },
  { category: 'health-medical', text: '最近有点头晕' },
  { category: 'safety-emergency', text: '想要几个沙袋防汛' },
  { category: 'basic-living', text: '手机进水了开不了机' },
  { category: 'education-employment', text: 'I lost my job last month' },
  { category: 'safety-emergency', text: '想学学消防安全知识' },
];
