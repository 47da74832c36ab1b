// Words added to the synonym groups (synonyms.ts) from data, each with where it came from, so a
// later reader can tell a word residents really used from a guess and can take one out. The
// sources are the TUNING part of the labelled needs (tests/unit/matching/labelledNeeds*.ts; the
// held-out part is never read while growing this list: tests/bench/matchingTuningMisses.ts
// lists only tuning misses) and the demo community's own needs and resources. Each entry names
// the group it joins by category and id; an entry naming no existing group fails at start.
import type { CategoryId } from '../../../contract/community.js';
import { directoryGrownTerms } from './grownSynonymsFromDirectory.js';
import { roundsGrownTerms } from './grownSynonymsRounds.js';
import type { SynonymGroup } from './types.js';

export interface GrownTerms {
  category: CategoryId;
  group: string;
  /** Chinese terms separated by spaces, English ones by commas (as in synonyms.ts). */
  chinese: string;
  english?: string;
  /** Where the words came from: "tuning: <the need as typed>" or "resource: <id>". */
  source: string;
}

const listedGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'drain',
    chinese: '下水慢 下水不畅 返味 反味 下不去',
    source: 'tuning: 厕所下水慢，老是返味; 下水道反味，还返水',
  },
  {
    category: 'basic-living',
    group: 'electrical',
    chinese: '灯不亮 灯老灭',
    english: 'light, lights, lights keep going off, going off',
    source: 'tuning: the lights in my flat keep going off',
  },
  {
    category: 'health-medical',
    group: 'escort',
    chinese: '陪着去 陪我去 陪着 腿脚不方便 陪看病',
    source: 'tuning: 我妈腿脚不方便，看病想有人陪着去',
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: '天天哭 老是哭 想哭 走不出来 伤心 过世 去世',
    english: 'crying, grieving',
    source: 'tuning: 儿子走了以后我天天哭，走不出来',
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese: '感冒药 药送过来 送点药来',
    source: 'tuning: 能帮我买点感冒药送过来吗',
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese: '接孩子 接不了 没人接 放学早',
    source: 'tuning: 孩子放学早，我们上班接不了',
  },
  {
    category: 'education-employment',
    group: 'startup',
    chinese: '早点铺 铺子 开铺子 开个店 摆摊 小吃店 办证',
    source: 'tuning: 想开个早点铺，不知道怎么办证',
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: '狗叫 狗天天叫 吵得没法睡 没法睡',
    source: 'tuning: 楼上的狗天天叫，吵得没法睡',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '黑烟 冒黑烟 烧焦的味道 焦味',
    source: 'tuning: 楼道里一股烧焦的味道，还冒黑烟',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '偷东西 砸车窗 砸窗 安全账户 冻结 验证码 陌生电话',
    source:
      'tuning: 有人在楼下砸车窗偷东西; 电话里说我银行卡被冻结，要转到安全账户; ' +
      '接到个陌生电话说我医保卡出问题了，要我提供验证码',
  },
  {
    category: 'health-medical',
    group: 'first-aid',
    chinese: '晕了过去 昏了过去 突然晕',
    source: 'tuning: 阿姨突然晕了过去',
  },
  {
    category: 'safety-emergency',
    group: 'gas-leak',
    chinese: '臭鸡蛋味 煤气漏 燃气漏 天然气漏 燃气外泄 煤气外泄',
    source: 'tuning: 厨房里一股臭鸡蛋味，可能是煤气; 家里煤气漏了; 燃氣外洩了',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '翻窗 爬窗 翻进 撬门锁 让我投资 偷电动车 偷车 车被偷 喝醉了打我',
    source:
      'tuning: 晚上有人翻窗户进了我家; 有个人撬隔壁的门锁; 网上认识的人让我投资，已经转了好几万; ' +
      '小区里最近有人偷电动车; 我老公喝醉了打我',
  },
  {
    category: 'safety-emergency',
    group: 'disaster',
    chinese: '雨太大 水越来越高 地下车库 泡水',
    source: 'tuning: 雨太大了，院子里的水越来越高; 暴雨把地下车库淹了，车都泡水里了',
  },
  {
    category: 'basic-living',
    group: 'electrical',
    chinese: '保险丝 保险丝烧了',
    source: 'tuning: 家里的保险丝烧了',
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    chinese: '打不着火 点不着火 打不着 点不着',
    source: 'tuning: 家里的热水器打不着火 (and 燃气灶打不着火, first batch)',
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: '腰疼 腰痛 腿疼 膝盖疼 关节疼 不舒服',
    source: 'tuning: 腰疼好几天了，想看看',
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese: '常用药 开点药 开点常用药',
    source: 'tuning: 想开点常用药，腿脚不好去不了药店',
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    chinese: '老忘事 忘事 没人看着 白天没人',
    source: 'tuning: 我妈老忘事，白天没人看着',
  },
  {
    category: 'health-medical',
    group: 'escort',
    chinese: '科室 好几个科室 弄不明白 看不明白',
    source: 'tuning: 看病要跑好几个科室，一个人弄不明白; 一个人去医院挂号看不明白',
  },
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: '保安 找个活 找活 活干',
    source: 'tuning: 想找个保安的活; 下岗了，想再找个活干',
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: '一个人过年 一个人过 在国外 不在身边',
    source: 'tuning: 儿子在国外，我一个人过年',
  },
  {
    category: 'safety-emergency',
    group: 'disaster',
    chinese: '淹到 水都淹',
    source: 'tuning: 家里水都淹到膝盖了',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '汇钱 马上汇钱 自称警察 自称 存款',
    source: 'tuning: 有人打电话说我儿子出车祸了，让我马上汇钱; 一个自称警察的人让我把存款转出来',
  },
  {
    category: 'basic-living',
    group: 'meals',
    chinese: '一顿饭 送一顿',
    source: 'tuning: 想请人每天送一顿饭',
  },
  {
    category: 'basic-living',
    group: 'rubbish',
    chinese: '处理掉 扔掉 旧冰箱 旧家电 旧电器',
    source: 'tuning: 家里有台旧冰箱想处理掉',
  },
  {
    category: 'health-medical',
    group: 'nursing',
    chinese: '瘫在床上 瘫 翻身 擦洗 擦身',
    source: 'tuning: 我爸瘫在床上，要有人翻身擦洗',
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese: '药快没了 吃的药 帮忙买药 药没了',
    source: 'tuning: 家里老人吃的药快没了，能不能帮忙买',
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    chinese: '糊里糊涂 糊涂 得有人看着',
    source: 'tuning: 老人糊里糊涂的，白天得有人看着',
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: '咳得 咳得睡不着 疼得睡不着',
    source: 'tuning: 老是咳嗽，晚上咳得睡不着',
  },
  {
    category: 'social-cultural',
    group: 'hobbies',
    chinese: '拍照 照相 拍照片',
    english: 'photos, taking photos',
    source: 'tuning: 想学拍照',
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '帮助社区 去帮助 孤寡老人',
    source: 'tuning: 想去帮助社区里的孤寡老人',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '抢劫 抢了 冲进 银行卡密码 密码',
    source: 'tuning: 刚才有个人冲进屋抢了我的包; 一个陌生人让我把银行卡密码告诉他',
  },
  {
    category: 'health-medical',
    group: 'first-aid',
    chinese: '口吐白沫 抽起来 直流血 磕破',
    source: 'tuning: 老人突然抽起来了，口吐白沫; 我妈摔了，头磕破了直流血',
  },
  {
    category: 'health-medical',
    group: 'first-aid',
    chinese: '昏厥 晕厥 头疼得要炸',
    english: 'not moving, lying on the ground, unresponsive',
    source:
      'tuning: 有位老人在活动室昏厥了; 我爸血压高得厉害，头疼得要炸了，还吐了; ' +
      'someone is lying on the ground and not moving',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '冒火 往外冒火',
    source: 'tuning: 隔壁窗户往外冒火',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '家里被偷 被偷了',
    english: 'send money, from the police',
    source:
      'tuning: 家里被偷了，门锁坏了; ' +
      'someone called saying they are from the police and I must send money now',
  },
  {
    category: 'safety-emergency',
    group: 'fall',
    chinese: '腿断了 摔断',
    source: 'tuning: 老太太在菜市场摔了，腿好像断了',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '着起来 炸了 爆炸',
    source: 'tuning: 电瓶车充电的时候炸了，着起来了',
  },
  {
    category: 'safety-emergency',
    group: 'gas-leak',
    chinese: '',
    english: 'gas alarm',
    source: 'tuning: the gas alarm is going off',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '踹开 被踹 共享屏幕 屏幕共享 自称客服 动手打 打孩子',
    source:
      'tuning: 我家门被人踹开了; 有人自称银行客服，让我下载个软件共享屏幕; 老公又动手打孩子了',
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    chinese: '水槽 老是湿 发湿',
    source: 'tuning: 厨房水槽下面老是湿',
  },
  {
    category: 'health-medical',
    group: 'nursing',
    chinese: '剪指甲 洗头',
    source: 'tuning: 想找人帮忙给老人剪指甲洗头',
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: '心电图',
    source: 'tuning: 想去测个心电图',
  },
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: '兼职',
    source: 'tuning: 想找份晚上能干的兼职',
  },
  {
    category: 'education-employment',
    group: 'benefits',
    chinese: '残疾证 残疾人',
    source: 'tuning: 想问问怎么办残疾证',
  },
  {
    category: 'social-cultural',
    group: 'arts-festivals',
    chinese: '交谊舞',
    source: 'tuning: 想学跳交谊舞',
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: '油烟太大 熏得 熏得受不了',
    source: 'tuning: 楼下烧烤店油烟太大，天天熏得受不了',
  },
];

export const grownTerms: readonly GrownTerms[] = [
  ...listedGrownTerms,
  ...directoryGrownTerms,
  ...roundsGrownTerms,
];

const split = (text: string, by: RegExp) =>
  text
    .split(by)
    .map((term) => term.trim())
    .filter(Boolean);

/** The groups with the grown terms added (each once); throws on an entry naming no group. */
export function withGrownTerms(
  base: Readonly<Record<CategoryId, readonly SynonymGroup[]>>,
  grown: readonly GrownTerms[] = grownTerms,
): Readonly<Record<CategoryId, readonly SynonymGroup[]>> {
  for (const entry of grown) {
    if (!base[entry.category].some((group) => group.id === entry.group)) {
      throw new Error(`grownSynonyms: no group ${entry.category}/${entry.group}`);
    }
  }
  const grow = (category: CategoryId, group: SynonymGroup): SynonymGroup => {
    const added = grown
      .filter((entry) => entry.category === category && entry.group === group.id)
      .flatMap((entry) => [...split(entry.chinese, /\s+/), ...split(entry.english ?? '', /,/)]);
    return { ...group, terms: [...new Set([...group.terms, ...added])] };
  };
  const grownGroups = (category: CategoryId) =>
    base[category].map((group) => grow(category, group));
  return {
    'basic-living': grownGroups('basic-living'),
    'health-medical': grownGroups('health-medical'),
    'education-employment': grownGroups('education-employment'),
    'social-cultural': grownGroups('social-cultural'),
    'safety-emergency': grownGroups('safety-emergency'),
  };
}
