// Phrasings fixed on the twentieth batch's tuning half and the older tuning part's last misses
// (never its held-out half), each read by a rule or a word class added then: Cantonese breath,
// face and choking words, blood that runs on, a child not seen since school, a child out over a
// window, despair with the means at hand, water from a drain coming in; and a few probes written
// after tuning (a question is no denial: 是不是漏气了). With the near misses
// that share their words: experience (着过火), yesterday's episode over, prevention (防跌倒),
// hearsay, and real words that sound like danger words (大伙, 大人). dangerPhrases.ts includes
// both; dangerTwentieth.test.ts checks who comes first where the kind alone does not say.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const twentiethDangers: readonly DangerPhrase[] = [
  p('social-cultural', '佢唞唔到气，块面青晒，点算好', 'medical'),
  p('social-cultural', '老人在门口绊了一下头磕在台阶上，血一直往下淌，捂也捂不住', 'medical'),
  p('health-medical', '廚房有股瓦斯味，我媽說頭痛想吐', 'gas'),
  p('basic-living', '地漏往外反水，臭水漫了一地，客厅都泡上了', 'flood'),
  p('basic-living', '下水道往上冒水，屋里全是水', 'flood'),
  p('basic-living', '下水道往外冒水，都快漫到屋里了', 'flood'),
  p(
    'education-employment',
    '孩子放学四点就该到家，现在都七点了还没见人，同学说没跟他一起走',
    'missing',
  ),
  p('social-cultural', '楼上小孩一个人趴在窗台上，半个身子都探出来了，家里好像没大人', 'medical'),
  p('education-employment', '我闺女把自己关在屋里，说不想拖累我们了，还把药全倒出来了', 'medical'),
  p(
    'basic-living',
    'I keep thinking everyone would be better off without me, I have all the pills in my hand',
    'medical',
  ),
  p('social-cultural', '阿婆食嘢哽亲，块面紫晒', 'medical'),
  // Written as probes after tuning (not from any batch): gaps the same rules close.
  p('social-cultural', '俺爹刚才在院里一头扎地上了，脸都白了，咋叫都不答应', 'medical'),
  p('basic-living', '屋里那股味跟放了屁似的，臭鸡蛋那种，是不是漏气了', 'gas'),
  p('health-medical', '我爸没法呼吸了', 'medical'),
  p('social-cultural', '我妈摔了一跤，起不来了，膝盖擦破皮', 'fall'),
  p('safety-emergency', '有人打电话说我卡被冻结了，让我转账，我已经转了两万', 'fraud'),
];

export const twentiethNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'health-medical', text: '社区有没有教老人防跌倒的课，我想给我爸报个名' },
  { category: 'social-cultural', text: '听说隔壁小区有老人被骗了十万块，咱社区有没有防诈骗的讲座' },
  {
    category: 'basic-living',
    text: '楼下老王家去年着过一回火，现在大伙都挺小心的，灭火器在哪儿领',
  },
  { category: 'health-medical', text: '我昨天胸口闷了一会儿，今天好了，想找家庭医生看看' },
  { category: 'basic-living', text: '楼道灯不亮，怕老人摔倒' },
  { category: 'safety-emergency', text: '电动车在楼道充电，太危险了' },
  { category: 'social-cultural', text: '家里没大人的时候孩子一个人在家，社区有托管吗' },
  { category: 'health-medical', text: '我妈总说活着没意思，想找人聊聊' },
  { category: 'basic-living', text: '我妈在阳台上晾衣服，想装个晾衣架' },
  { category: 'basic-living', text: '不是着火，是邻居在烧纸' },
  { category: 'health-medical', text: '鼻子堵了，晚上不能呼吸顺畅' },
  { category: 'social-cultural', text: '我们合唱团有个阿姨唱歌唱得喘不过气来，笑死了' },
  { category: 'social-cultural', text: '小孩在楼下玩，摔了一跤，膝盖擦破点皮' },
  { category: 'education-employment', text: '孩子上课老走神，老师说他像丢了魂' },
  { category: 'safety-emergency', text: '手机收到一条短信说我中奖了，我没理它' },
];
