// A fifth pass of everyday words (issue 15, ranking: an acceptable resource first for needs in
// words no list held). Every entry starts from a tuning miss (named in its source: the twenty-
// first batch's tuning half, or an older batch's tuning part) and adds the family of words
// residents use for that situation, not the one word. Many are PHRASES that hold a word of
// another group: a longer known phrase rereads the words inside it (queryFeatures.ts), so
// "电梯里的灯不亮" is the property office's although "灯不亮" alone is the electrician's, and
// "大夫上家里来" is the family doctor's although "大夫" alone is the health station's. No wider
// pass without misses behind it (the fourth pass's warning: that cost precision). Words a danger
// reads stay with the danger lists.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this situation, fifth pass (round of batch 21)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

/** Every "who" joined to every "what": the phrase family a resident may type. */
const joined = (whos: string, whats: string): string =>
  whos
    .split(' ')
    .flatMap((who) => whats.split(' ').map((what) => `${who}${what}`))
    .join(' ');

export const everydayGrownTermsFifth: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'property',
    // A light in a shared place out is the building's, not the flat's wiring.
    chinese: `${joined('电梯 电梯里 电梯里的 楼道 楼道的 楼道里的 楼梯 楼梯的 走廊 走廊的 声控', '灯不亮 灯坏了 灯不亮了')} 声控灯 楼梯灯 走廊灯 轿厢`,
    english: 'light in the lift, lift light, hallway light, corridor light, landing light',
    source: tuning('电梯里的灯不亮; 楼道灯不亮，怕老人摔倒'),
  },
  {
    category: 'basic-living',
    group: 'repair',
    // The lock of one's own door is a small fix, not the building's entrance door.
    chinese: `${joined('换 换个 换把 修 修个', '门锁 锁 锁芯 锁头')} 门锁坏了 锁芯坏了 锁打不开 钥匙拧不动 钥匙插不进 家里的门锁 屋门锁`,
    english: 'change my lock, change the lock, new lock, fix my lock, door lock',
    source: tuning('有人能帮我换个门锁吗'),
  },
  {
    category: 'health-medical',
    group: 'family-doctor',
    chinese: joined(
      '大夫 医生 让大夫 叫大夫 请个大夫 让医生 叫医生 请个医生',
      '上家里来 来家里 到家里 上家来 来家 到家 上门 来家里看 上家看',
    ),
    english: 'doctor to come home, doctor come round, doctor visit my home, doctor to my home',
    source: tuning('想让大夫上家里来瞧瞧'),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // A pill named by the illness it treats is still the pharmacy's, not a check-up.
    chinese: `${joined('高血压 血压 降压 糖尿病 降糖 心脏病 慢性病 常吃', '的药 药 的药片 药片')} 降血压的药 治血压的药`,
    english:
      'blood pressure pills, blood pressure tablets, blood pressure medicine, diabetes medicine, heart pills, my pills, my tablets',
    source: tuning('can someone bring my blood pressure pills to my home'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese:
      '查身子骨 查查身子骨 查身体 查查身体 检查身体 检查检查 查体 免费查体 全身检查 查个身体',
    english: 'check-up, health check, physical',
    source: tuning('每年给老人免费查身子骨的那个，今年什么时候开始'),
  },
  {
    category: 'health-medical',
    group: 'nursing',
    // After a stroke or an operation, exercises at home are rehabilitation, not a gym.
    chinese:
      '半身不遂 偏瘫 手脚不灵 手脚不利索 手脚不听使唤 康复 做康复 复健 练走路 恢复训练 后遗症 中风后遗症 脑梗后遗症',
    english: 'rehab, rehabilitation, physiotherapy, physio',
    source: tuning('老人家半身不遂以后手脚不灵，想找人帮着练练'),
  },
  {
    category: 'education-employment',
    group: 'reading',
    chinese: '大字书 大字版 大字本 大字的书 书报 报刊 杂志 看报 看报纸 读报',
    english: 'large print, large-print books, magazines',
    source: tuning('我眼神不好，想找个有大字书的地方'),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '摄像头 监控 探头 监控探头 摄像头坏了 监控坏了 监控被人 摄像头被人',
    english: 'cctv, security camera, camera',
    source: tuning('楼门口的摄像头好像被人掰歪了'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '灭火罐 灭火的罐子 灭火瓶 灭火器过期 换灭火器 灭火的 灭火毯 消火栓 消防栓 水带',
    english: 'fire extinguisher, extinguisher, fire hose',
    source: tuning('家里那个灭火的罐子过期了，上哪儿换'),
  },
  {
    category: 'safety-emergency',
    group: 'disaster',
    chinese: '抽水机 抽水泵 水泵 抽水的 灌水 灌过水 倒灌 挡水 挡水板 挡水的 防汛沙袋 沙包',
    english: 'water pump, sandbag, sandbags',
    source: tuning('地下室上回灌过水，想问问有没有抽水的家伙什'),
  },
  {
    category: 'basic-living',
    group: 'drain',
    // 抽水马桶 is a toilet, not a flood pump.
    chinese: '抽水马桶',
    source: tuning('地下室上回灌过水，想问问有没有抽水的家伙什 (its 抽水 is not a toilet)'),
  },
  {
    category: 'basic-living',
    group: 'drain',
    // A toilet that will not flush is blocked (沖唔到水 folds to 冲不到水).
    chinese: '冲不到水 冲不了水 冲不下去 冲不下 冲不走 冲不掉 抽不下去 马桶冲不下去 厕所冲不了',
    english: "won't flush, will not flush, doesn't flush, toilet won't flush",
    source: tuning('廁所塞咗，沖唔到水'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    // Teaching fire safety, or asking for its material, is the fire station's prevention work.
    chinese: '防火 防火知识 防火常识 防火宣传 消防知识 消防常识 消防宣传 玩火 玩火柴 玩打火机',
    english: 'fire safety, fire prevention, playing with matches',
    source: tuning('家里小孩玩火柴被我发现了，想给他讲讲防火，社区有没有资料'),
  },
  {
    category: 'health-medical',
    group: 'escort',
    // Someone to take a parent to hospital, in English.
    chinese: '',
    english:
      'bring my father to the hospital, bring my mother to the hospital, take my father to the hospital, take my mother to the hospital, take him to the hospital, take her to the hospital, bring to the hospital, take to the hospital, go with me to the hospital',
    source: tuning('who can bring my father to the hospital for checkup, I have to work'),
  },
];
