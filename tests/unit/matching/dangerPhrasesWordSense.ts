// Phrasings fixed on the merged tuning part's false alarms (batches 20–23, never the held-out
// part) and the language helper's misses, each read by a general rule: prevention (防走丢), a
// question about choosing a hospital, a stove slow to light, a remittance, a numeral that vouches
// for no homophone (一嚼 is no 一跤), a real word holding a typo's sound (找着活), "on the floor"
// only with a person; and dangers said short (他晕了, 流好多血, cant breath). Probes written
// beside them (not from any batch) show each rule keeps the danger it sits next to.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const wordSenseDangers: readonly DangerPhrase[] = [
  p('social-cultural', 'she cant breath', 'medical'),
  p('basic-living', 'my husband cant breath, his lips are blue', 'medical'),
  p('social-cultural', '流好多血', 'medical'),
  p('basic-living', '他切菜切到手了，流了好多血', 'medical'),
  p('social-cultural', '他晕了', 'medical'),
  p('basic-living', '我妈在厕所晕了', 'medical'),
  p('basic-living', 'my mom slipped in the bathroom and hit her head', 'fall'),
  p('basic-living', 'my dad is on the floor and wont answer', 'fall'),
  p('basic-living', '燃气灶的火苗窜到窗帘上了', 'fire'),
  p('health-medical', '儿媳妇快生了，肚子疼得厉害', 'medical'),
  p('basic-living', '厨房着活了', 'fire'),
  p(
    'basic-living',
    'a man on the phone says my son is arrested and wants me to send money now',
    'fraud',
  ),
];

export const wordSenseNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'basic-living', text: '灶眼打火打了半天才着，火苗还小得可怜' },
  { category: 'basic-living', text: '燃气灶点火老打不着，火苗也是黄的' },
  { category: 'social-cultural', text: '家里老人有点糊涂了，想给他弄个防走丢的那种东西' },
  { category: 'social-cultural', text: '想给我妈买个防走丢的手环' },
  { category: 'health-medical', text: '牙床肿得老高，一嚼东西就疼' },
  { category: 'health-medical', text: '儿媳妇快生了，想问问哪家医院的产科好' },
  { category: 'health-medical', text: '我闺女快生了，在哪家医院建档好' },
  { category: 'education-employment', text: '五十多了还能找着活吗' },
  { category: 'education-employment', text: '找不着活干，心里着急' },
  { category: 'basic-living', text: 'the pipe under the sink broke, water leeking on the floor' },
  { category: 'basic-living', text: 'how to send money back home to Indonesia, cheapest way' },
  { category: 'basic-living', text: 'how do i send money to my daughter in the philippines' },
  { category: 'health-medical', text: '抽了好多血化验，有点累' },
  { category: 'health-medical', text: '坐车坐得我头晕了' },
  { category: 'health-medical', text: '我妈说她有点晕了' },
  { category: 'social-cultural', text: '老公喝多了，晕了' },
];
