// Needs told vaguely, in a word or two, or in words no list held (issue 15, "nothing fits",
// second round: an in-scope need that reaches no service goes to staff, the weaker half of the
// held-out figures). Every entry starts from a miss of the thirtieth batch (all tuning; named in
// its source) or of a probe of the same kind, and adds the family of words residents use for that
// circumstance, not the one sentence's words: a flat with no power at all, water that will not
// come, pests, small symptoms, a day too dull to bear, a stranger loitering, a stairway
// blocked, a little money to earn, old furniture to throw out. No "who × what" phrase products
// (characterEvidence.ts): a few phrases per family, each checked to leave every character's
// group as it was.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents say of this circumstance, told vaguely (round of batch 30)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const vagueGrownTerms: readonly GrownTerms[] = [
  {
    category: 'health-medical',
    group: 'checkup',
    // Bitten or scratched by an animal: the health station sees to it (the rabies jab).
    chinese: '被狗咬 狗咬了 被猫抓 猫抓了 狂犬疫苗 打狂犬',
    english: 'bitten by a dog, scratched by a cat, rabies jab',
    source: `${general}; probe: 被狗咬了`,
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // A car or a window scratched or smashed by someone: the police room's.
    chinese: '被划了 车被划 被人划了 被砸了 车窗被砸 玻璃被砸',
    english: 'car scratched, window smashed, vandalised',
    source: `${general}; probe: 汽车被划了`,
  },
  {
    category: 'basic-living',
    group: 'meals',
    // A hot meal wished for, said as the food's warmth.
    chinese: '吃口热乎的 热乎饭 吃口热饭 吃上热饭 热乎乎的饭',
    english: 'a hot meal',
    source: tuning('牙口不好，想吃口软和的热乎饭'),
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // A pane broken or cracked in one's own window is an odd job, not cleaning.
    chinese: '玻璃碎了 玻璃裂了 玻璃破了 换玻璃 换块玻璃 窗玻璃',
    english: 'broken window pane, cracked glass',
    source: `${general}; probe: 窗户玻璃碎了`,
  },
  {
    category: 'basic-living',
    group: 'electrical',
    // No power anywhere in the flat is the electricians', however it is said.
    chinese: '一点电都没有 一点电也没有 电都没了 没有电 全黑了 屋里黑了 家里黑了',
    english: 'no power, power is off, no electricity',
    source: tuning('家里黑了，一点电都没有'),
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    // Water that will not come out of the tap is a pipe, not the water company.
    chinese: '水流不出来 不出水 出不来水 水出不来 水很小 水压小 水压低 水流很小',
    english: 'no water, low water pressure',
    source: `${general}; probe: 水流不出来`,
  },
  {
    category: 'basic-living',
    group: 'property',
    // Pests in the building, like the mosquitoes and rats the property office already takes.
    chinese: '蟑螂 蟑螂多 小强 臭虫 白蚁 虫子多',
    english: 'cockroaches, bedbugs, termites',
    source: `${general}; probe: 蟑螂多`,
  },
  {
    category: 'basic-living',
    group: 'rubbish',
    // Old furniture to throw out, piece by piece, as the rubbish crew takes 旧家具.
    chinese: '旧衣柜 大衣柜 旧床垫 旧柜子 旧床 破沙发 旧桌子 旧椅子',
    english: 'old wardrobe, old mattress',
    source: tuning('旧沙发要扔，搬不动'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // Small symptoms told alone are the health station's to look at.
    chinese: '手抖 手发抖 耳朵背 耳背 皮肤痒 身上痒 起疹子 湿疹 腿肿 脚肿 浮肿 头昏昏沉沉 昏昏沉沉',
    english: 'shaky hands, hard of hearing, itchy skin, rash, swollen legs',
    source: tuning('这几天老是头昏昏沉沉的'),
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    // A day too dull or lonely to bear, said in one word: company.
    chinese: '闷死了 闷得很 好闷 真闷 在家闷 家里闷 待着发慌 待得发慌 一个人待着 没人说话',
    english: 'bored at home, so dull',
    source: tuning('一个人在家闷'),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // A stranger loitering is the police room's and the patrol's.
    chinese: '生人 生面孔 陌生面孔 鬼鬼祟祟 东张西望 踩点 门口转悠 门口晃悠 有人晃悠 有人转悠',
    english: 'loitering, hanging around, casing the building',
    source: tuning('晚上总有生人在楼下转悠'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    // A stairway blocked with things is the fire safety's, like 楼道杂物.
    chinese: '堵得过不去 过不去人 堵得走不了人',
    english: 'stairs blocked, stairwell blocked',
    source: tuning('楼梯口被对门的纸箱子堵得过不去人'),
  },
  {
    category: 'education-employment',
    group: 'jobs',
    // A little money to earn is work wanted.
    chinese: '打零工 干点活 找个活儿 找点活',
    english: 'earn a little, odd jobs',
    source: `${general}; probe: 想找个活儿干干`,
  },
];
