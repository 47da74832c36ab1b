// Needs of the basic-living and health-medical tiles told vaguely (issue 15, "nothing fits",
// third round): a household thing by its everyday name, a body complaint, what has grown hard
// to do. Every entry starts from a miss of the thirty-fourth batch (all tuning; named in its
// source) and adds the family of words residents use for that circumstance, not the one
// sentence's words. No "who × what" phrase products (characterEvidence.ts): a few phrases per
// family, checked to leave the pinned characters' groups as they were.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents say of this circumstance, told vaguely (round of batch 34)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const vagueSecondGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'meals',
    // Cooking has grown too hard, or meals are a makeshift: the canteens' need.
    chinese:
      '懒得做饭 不想做饭 做不动饭 拿不动锅 锅铲 颠不动勺 泡面 方便面 挂面对付 凑合吃 对付一口 饥一顿饱一顿',
    english: 'cannot cook, instant noodles, too old to cook',
    source: tuning('一个人开不了火; 拿不动锅铲了; 天天泡面对付'),
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    // Wet under a basin or on the floor, no word for a leak: the plumbers'.
    chinese: '湿了一片 湿一片 往外渗 水渍 洇湿 地上全是水 洗手盆 洗脸盆 面盆 水池子',
    english: 'wet patch, puddle under the sink, basin',
    source: tuning('洗手盆下面湿了一片'),
  },
  {
    category: 'basic-living',
    group: 'electrical',
    // Part of the flat dark, told as rooms rather than as power.
    chinese: '屋子黑着 一半屋子 半边没电 几个屋没电 灯都不亮 屋里全黑',
    english: 'half the flat is dark, rooms dark',
    source: tuning('家里一半屋子黑着'),
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // A loose or fallen part of furniture, a dead remote: the handyman volunteers' odd job.
    chinese: '柜门 柜子门 门把手 把手 拉手 抽屉 椅子腿 桌子腿 遥控器 按了没反应',
    english: 'cupboard door, door handle, drawer, chair leg, remote control',
    source: tuning('柜门掉下来了; 门把手掉了; 遥控器按了没反应'),
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    // Radiators by their everyday name, cold to the touch.
    chinese: '片子冰凉 片子不热 暖气凉 暖气冰凉 冻得伸不出手',
    english: 'radiator cold, freezing indoors',
    source: tuning('片子冰凉'),
  },
  {
    category: 'basic-living',
    group: 'property',
    // Things thrown down from a flat above: the building's management.
    chinese: '往下扔东西 往下扔 高空抛物 楼上扔',
    english: 'things thrown from upstairs',
    source: tuning('楼上天天往下扔东西'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // Small complaints of the body said as the symptom: the health station sees them.
    chinese:
      '恶心 想吐 呕吐 拉肚子 闹肚子 眼睛模糊 看东西模糊 眼花 视力下降 老起夜 起夜多 尿频 夜尿多 嗓子疼 牙疼 耳鸣 起疹子',
    english: 'nausea, vomiting, diarrhoea, blurred vision, up at night, sore throat, toothache',
    source: tuning('老是恶心想吐; 眼睛看东西模糊; 老起夜'),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // First-aid supplies named by the thing: the pharmacy's.
    chinese: '创可贴 碘伏 棉签 酒精棉 膏药 眼药水 体温计',
    english: 'plasters, band-aid, iodine, cotton swabs, thermometer',
    source: tuning('创可贴和碘伏'),
  },
  {
    category: 'health-medical',
    group: 'nursing',
    // A bedridden relative's daily care told as what cannot be done.
    chinese: '翻不了身 翻身 下不了床 擦身子 尿管 鼻饲',
    english: 'cannot turn over in bed, catheter',
    source: tuning('老伴躺床上翻不了身'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // The stomach, the joints, the mouth and eyes, hair and weight: complaints of the body
    // said as the feeling, which the health station sees to.
    chinese:
      '便秘 大便干 反酸 烧心 胃胀 消化不好 没胃口 吃不下 脖子僵 落枕 抽筋 腿抽筋 颈椎疼 肩周炎 关节疼 口腔溃疡 嘴里起泡 眼睛干涩 眼干 掉头发 头发掉 脱发 体重掉 瘦了很多',
    english:
      'constipation, heartburn, no appetite, stiff neck, cramp, mouth ulcer, dry eyes, hair loss',
    source: `${general}; probe: 便秘好几天; 脖子僵; 夜里腿抽筋; 口腔溃疡; 眼睛干涩; 没胃口吃不下`,
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // Devices for the home measured by the resident, bought at the pharmacy.
    chinese: '血压计 血糖仪 试纸 电子体温计',
    english: 'blood pressure monitor, glucose meter, test strips',
    source: `${general}; probe: 想买个血压计`,
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // A bed come apart: the handyman volunteers' odd job.
    chinese: '床板 床腿 床架',
    english: 'bed slats, bed leg',
    source: `${general}; probe: 床板塌了`,
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // Numbness, tiredness, a twisted ankle, a lump, phlegm, a blocked nose, hiccups: small
    // complaints said as the feeling; the health station sees them.
    chinese:
      '脚麻 手麻 手指头麻 发麻 走两步就累 没力气 崴脚 崴了脚 扭了脚 扭伤 长了个包 起了个包 疙瘩 有痰 痰多 鼻子不通气 鼻塞 流鼻涕 打喷嚏 打嗝',
    english: 'numb, numbness, tired, twisted ankle, sprain, lump, phlegm, blocked nose, runny nose',
    source: `${general}; probe: 脚麻; 走两步就累; 崴脚了; 脸上长了个包; 嗓子有痰; 鼻子不通气`,
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // Sleeping pills and painkillers asked for by name.
    chinese: '安眠药 助眠药 止疼药 止痛药 止疼片',
    english: 'sleeping pills, painkillers',
    source: `${general}; probe: 想开点安眠药`,
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    // An old person left alone in the day: the day care centre's.
    chinese: '白天没人管 白天在家没人管 白天没人照看 白天没人陪',
    english: 'nobody to look after him in the day',
    source: `${general}; probe: 老人白天在家没人管`,
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    // Tap water gone yellow, cloudy or smelling: the plumbers look at the pipes.
    chinese: '水发黄 水黄黄的 水有股味 水有怪味 水有股怪味 水发浑',
    english: 'water is yellow, water smells, cloudy water',
    source: `${general}; probe: 水黄黄的; 水有股怪味`,
  },
  {
    category: 'basic-living',
    group: 'property',
    // Damp and mould on the walls of a flat: the building's management.
    chinese: '墙上长毛 发霉 霉斑 霉味 返潮 墙皮发黑 墙上黑斑',
    english: 'mould, mold, damp walls, musty smell',
    source: `${general}; probe: 屋里潮得很墙上长毛; 墙上一块块黑斑`,
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // A window stuck fast: the handyman volunteers' odd job.
    chinese: '窗户推不开 窗户打不开 窗户卡住 窗户卡死',
    english: 'window stuck, window will not open',
    source: `${general}; probe: 窗户推不开`,
  },
];
