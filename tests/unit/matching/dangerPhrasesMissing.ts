// A person missing right now, as residents would type it under any journey (the product owner's
// rule in labelledNeeds.ts: 110 is the call), and the calm near misses that share its words: a
// lost pet, a lost wallet or job, a wristband, what to do if it ever happens. Written fresh for
// the danger list (dangerPhrases.ts includes both lists), not copied from the labelled needs.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const m = (category: CategoryId, text: string): DangerPhrase => ({
  category,
  text,
  kind: 'missing',
});

export const missingDangers: readonly DangerPhrase[] = [
  m('social-cultural', '我儿子在公园里走丢了'),
  m('education-employment', '我家孙女放学到现在还没到家'),
  m('health-medical', '老伴有老年痴呆，下午出去到现在找不着人'),
  m('basic-living', '我爸一早出门遛弯，天都黑了还没回来'),
  m('health-medical', '外婆从医院跑出来了，现在不见人影'),
  m('basic-living', '在超市跟我妈走散了，到处找都找不到'),
  m('basic-living', '我家老头出去买菜到现在没回来'),
  m('social-cultural', '奶奶不见了，急死了'),
  m('education-employment', '孩子放学没回家，电话也打不通'),
  m('safety-emergency', '我爸到现在还没回来，该怎么办'),
  m('social-cultural', '我爸出去遛狗走丢了'),
  // Traditional
  m('social-cultural', '我孫子在菜市場走丟了'),
  m('health-medical', '我媽有點糊塗，出去一整天還沒回家'),
  m('basic-living', '爺爺從養老院走失了'),
  // English
  m('social-cultural', 'my son is missing in the park'),
  m('health-medical', 'grandma wandered off from the hospital and we cannot find her'),
  m('basic-living', 'my dad has dementia and has not come home since this morning'),
  m('education-employment', 'my daughter hasnt come back from school'),
  m('social-cultural', "i can't find my grandson, he was in the playground"),
  m('basic-living', 'my mum went missing this afternoon'),
  // Homophone typos from a pinyin keyboard: 走是 (走失), 找不倒 (找不到), 失宗 (失踪), 没会来 (没回来)
  m('social-cultural', '我儿子走是了'),
  m('basic-living', '我妈找不倒了'),
  m('education-employment', '孩子失宗了'),
  m('health-medical', '我爸到现在还没会来'),
];

export const missingNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'safety-emergency', text: '想给我妈办个防走失手环' },
  { category: 'safety-emergency', text: '万一老人走丢了该怎么办' },
  { category: 'health-medical', text: '怕爷爷走丢，想了解一下定位器' },
  { category: 'safety-emergency', text: '老人走失了怎么预防' },
  { category: 'safety-emergency', text: '我妈上个月走丢过一次，想登记一下' },
  { category: 'health-medical', text: '我妈经常走丢' },
  { category: 'basic-living', text: '我家的狗走丢了' },
  { category: 'basic-living', text: '我家狗狗昨天跑丢了' },
  { category: 'basic-living', text: '我的猫不见了好几天了' },
  { category: 'basic-living', text: '我妈的钱包丢了' },
  { category: 'basic-living', text: '我爸的手机找不到了' },
  { category: 'basic-living', text: '爸爸的钥匙又找不着了' },
  { category: 'education-employment', text: '孩子的书包不见了' },
  { category: 'health-medical', text: '我爸找不到他的降压药了' },
  { category: 'basic-living', text: '我爸的电动车丢了' },
  { category: 'education-employment', text: '我儿子找不到工作' },
  { category: 'health-medical', text: '找不到人照顾我妈' },
  { category: 'education-employment', text: '孩子放学没人接' },
  { category: 'social-cultural', text: '想找人聊天' },
  { category: 'basic-living', text: '包裹到现在还没到' },
  { category: 'safety-emergency', text: '孩子已经找到了，谢谢' },
  { category: 'safety-emergency', text: '我妈没走丢，就是回来晚了' },
  { category: 'basic-living', text: 'my cat is missing' },
  { category: 'basic-living', text: 'my son lost his phone' },
  { category: 'education-employment', text: 'I lost my job' },
  { category: 'safety-emergency', text: 'what should i do if my dad goes missing' },
  { category: 'social-cultural', text: 'my mum is missing her friends' },
  { category: 'safety-emergency', text: 'how to prevent my grandad from getting lost' },
  { category: 'safety-emergency', text: 'we found her, she is safe now' },
];
