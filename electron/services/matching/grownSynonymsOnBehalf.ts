// Needs told for SOMEONE ELSE, and needs told by what the resident can no longer do (round of
// the 55th batch, all tuning). Three readings, general in kind:
//
// 1. Who it is for. "帮我爷爷问问", "替我妈问", "我是帮对门问的", "asking for my grandad": the
//    stretch says whom the ask is for, not what is asked. It holds an ask marker (帮) and kin
//    words that resources may list, so it took the ask clause from the need itself ("帮我姥爷问问，
//    家里灯泡坏了": the bulb weighed as the story). Its words are dropped and its marker blanked.
// 2. A clause that only says what someone cannot do ("她捅不了", "蹲不下去", "他够不着") is why
//    the resident asks, not what: like a worry it is never the ask clause, so the clause before
//    it (厕所堵了) keeps the ask's weight.
// 3. What someone can no longer do names the service that does it for them: cooking that has got
//    too hard (做饭费劲, 拎不动菜, 灶台都不会用) is the canteen's, a bulb out of reach the handyman
//    volunteers', a floor no longer mopped the housekeepers', an injection one cannot give oneself
//    home nursing's, pill labels one cannot read the pharmacy's, a doctor wanted at home the family
//    doctor's, people no longer recognised day care's, a neighbour not down for days the visiting
//    volunteers'. Each is a task word and an inability word in one clause (either order), or the
//    task in one clause and the inability opening the next, read as grownSynonymsObjectStates.ts'
//    readings are, at the ask's weight (clauseRules.ts). Once read, a reading takes the words it
//    explains from other groups (胰岛素 from the pharmacy, 灯泡 from the electricians, the 手抖
//    that explains it from the check-up), and a failing sense told before the set it spoils
//    (眼睛不好，看不了电视) takes the set's word: the set works.
// Patterns are built once, at module load; per request a dozen short patterns run.
import { han, words } from './termLists.js';

/**
 * Whom the ask is for: kin, a neighbour, an old person, named in any words (我老丈人, 隔壁王奶奶,
 * 对门的老爷子): after 帮/替/给/代 and before 问, at most five characters and no clause break.
 */
const forWhom = '(?:我|咱|俺)?[^，,。.！!？?；;、\\s]{0,5}?';

/**
 * "帮我爷爷问问", "替我妈问一下", "幫我阿嬤問", "我是帮对门问的", "给我爸打听打听" (not 咨询: 给孩子报名咨询 names what); in English
 * "asking for my grandad", "typing for my mum", "on behalf of my neighbour".
 */
export const onBehalf = new RegExp(
  `(?:我是|我)?(?:帮|幫|替|给|給|代)${forWhom}(?:问问|問問|问一下|問一下|问下|问一问|问个事|问的|問的|问(?!题)|問(?!題)|打听打听|打听)(?:的)?|\\b(?:i am |im )?(?:asking|typing|writing|enquiring|asking this) (?:for|on behalf of) (?:my|our|a|the) (?:\\w+ ){0,1}\\w+\\b`,
  'gu',
);

/** The stretches of the text that say whom the ask is for. */
export function onBehalfStretches(text: string): string[] {
  return text.match(onBehalf) ?? [];
}

/**
 * A clause of only a subject and what they cannot do ("她捅不了", "蹲不下去", "他够不着了", "手没劲
 * 拧不动"): at most a subject, an adverb or two, a verb of one or two characters, the inability and
 * one character of object; or someone who dares not go out because of it ("黑灯瞎火他不敢下楼").
 * Not a clause that names more (拎不动菜回来做饭 is read by its words).
 */
export const inabilityOnlyClause =
  /^(?:[她他我]|老人家?|自己|人)?(?:自己|实在|已经|根本|都|也|又|就|老是|总是)?[\u4e00-\u9fff]{1,2}(?:不了|不动|不下去|不上去|不下来|不起来|不着|不到|不清|不住|不稳|不开)(?:了|啦|呀|啊)?[\u4e00-\u9fff]?$|^[\u4e00-\u9fff]{0,4}?(?:[她他我]|老人家?)(?:都|也|就|晚上)?不敢(?:下楼|出门|上楼|出去|走|动|一个人)[\u4e00-\u9fff]{0,2}$/u;

interface LostAbilityReading {
  /** The synonym group named, as "category/group". */
  group: string;
  /** The task or thing (Chinese, space-separated; then English, comma-separated). */
  tasks: readonly string[];
  /** What says it can no longer be done. */
  cannot: readonly string[];
  /**
   * Which words the reading takes from other groups once read: a task word another service also
   * lists (胰岛素 is the pharmacy's too, 灯泡 the electricians'), or an inability word (拎不动 of
   * the shopping is no cleaning; "cant read" of a pill label no library).
   */
  rereads?: 'tasks' | 'cannot' | 'both';
  source: string;
}

const tuning = (needs: string) => `general: what someone can no longer do; tuning: ${needs}`;

const readings: readonly LostAbilityReading[] = [
  {
    // Cooking, or carrying the shopping for it, that has got too hard: the canteen's meals.
    group: 'basic-living/meals',
    tasks: [
      ...han(
        '做饭 烧饭 煮饭 下厨 做菜 炒菜 锅铲 灶台 拎菜 买菜 提菜 菜(?![刀园地]) (?<![米])饭(?![店馆])',
      ),
      ...words('cook, cooking, meals'),
    ],
    cannot: [
      ...han(
        '费劲 吃力 做不动 做不了 不会用 不会做 够呛 拿不稳 端不动 拎不动 提不动 拿不动 懒得做 做不来 干不动',
      ),
      ...words('cant, cannot, can not, no longer, any more, anymore, struggles'),
    ],
    // Both: 拎不动 of the shopping is no cleaning, 灶台 one cannot use no gas fault.
    rereads: 'both',
    source: tuning('拎不动菜了，买一趟菜回来腰都直不起来，饭也懒得做; 灶台都不会用'),
  },
  {
    // A floor, a room or the windows no longer cleaned: the housekeepers.
    group: 'basic-living/housekeeping',
    tasks: han(
      '(?<!土)地(?![方址震铁下]) 地板 地面 屋子 屋里 窗户玻璃 玻璃 卫生 被子 床单 被罩 窗帘',
    ),
    cannot: han(
      '没拖 拖不动 扫不动 没扫 洗不动 洗不了 收拾不动 收拾不了 打扫不动 打扫不了 擦不了 够不着擦 擦不着 擦不到 擦不动',
    ),
    source: tuning('老人家弯不下腰，家里地好久没拖了; 对门阿姨腰不好，窗户玻璃够不着擦'),
  },
  {
    // A bulb or a tube out of reach: the handyman volunteers change it.
    group: 'basic-living/small-fix',
    tasks: [...han('灯泡 灯管 灯头'), ...words('bulb, light bulb')],
    cannot: [
      ...han('够不着 够不到 换不了 换不上 站不上 爬不上 上不去 踩不上 登不上'),
      ...words('cant reach, cannot reach, cant change, cannot change'),
    ],
    rereads: 'tasks',
    source: tuning('帮我姥爷问问，家里灯泡坏了他够不着; 家里灯泡坏了换不了'),
  },
  {
    // An injection one cannot give oneself: home nursing.
    group: 'health-medical/nursing',
    // The illness or drug the injection is for (糖尿病的针, 降糖针) is the task too, not a visit to
    // the doctor; no needle and thread (针线).
    tasks: han('(?:[\u4e00-\u9fff]{1,3}病的)?[\u4e00-\u9fff]{0,2}针(?![线灸]) 胰岛素'),
    cannot: han('扎不了 扎不准 打不了 不敢打 打不准 弄不了 自己打不 自己扎不'),
    rereads: 'tasks',
    source: tuning('每天要打胰岛素，手抖得扎不准; 糖尿病的针自己不敢打'),
  },
  {
    // Washing, turning in bed or cutting one's toenails, no longer managed alone: home nursing's
    // personal care (not a haircut: 头发 is the barber's).
    group: 'health-medical/nursing',
    tasks: han('澡 身子 翻身 指甲 趾甲'),
    cannot: han('洗不了 洗不动 擦不了 翻不了 翻不动 剪不了 剪不动 剪不到 够不着 弯不下腰'),
    source: tuning('我妈自己洗不了澡了'),
  },
  {
    // Someone who can no longer get up, with care wanted at home (not a fall: the danger reader
    // hears those, and dangerCalmLasting.ts keeps a lasting one calm): home nursing.
    group: 'health-medical/nursing',
    tasks: han('起不了身 起不来床 起不了床 下不了床 翻不了身 卧床 瘫在床上 躺着'),
    cannot: han('定期上门 上门 定期 有人来 来家里 照顾 护理'),
    rereads: 'cannot',
    source: tuning('我爸在家躺着起不了身，想有人定期上门看看'),
  },
  {
    // A doctor wanted at home: the family doctor team's home visits.
    group: 'health-medical/family-doctor',
    tasks: [...han('医生 大夫'), ...words('doctor, gp')],
    cannot: [
      ...han('上门 上家里 上家 来家里 到家里 到家来 来家 出诊'),
      ...words('come to the house, come round, home visit, visit at home'),
    ],
    source: tuning('我妈血压老高，想让医生定期上门看看; 看病要走好远，有没有大夫上门'),
  },
  {
    // The words on the medicine one can no longer read: the pharmacy explains the dose.
    group: 'health-medical/medicine',
    tasks: [
      ...han('药瓶 药盒 药上 药袋 说明书 药的字'),
      ...words('pills, pill bottle, pill box, medicine, tablets, labels on her, labels on his'),
    ],
    cannot: [
      ...han('看不清 看不见 看不到 认不清 认不出 看不懂 看不了'),
      ...words('cant read, cannot read, can not read'),
    ],
    rereads: 'cannot',
    source: tuning(
      '看不清药瓶上的字，不知道一次吃几片; typing for my grandma: she cant read the labels on her pills',
    ),
  },
  {
    // People one no longer recognises: day care for someone failing (not a stranger: 不认识的人).
    group: 'health-medical/elder-care',
    tasks: han('人(?![在家])'),
    cannot: han('认不清 认不出 认不得 不认得'),
    source: tuning('我妈认不清人了，我们白天都要上班'),
  },
  {
    // An old neighbour not seen down the stairs or out for days: the visiting volunteers.
    group: 'social-cultural/companionship',
    tasks: han('老爷子 老太太 老太 老头 阿姨 大爷 大妈 老人 邻居 对门 独居'),
    cannot: han('几天(?:都)?没(?:下楼|出门|出来|见|露面|开过?门|下来) 没下楼买菜 少见'),
    source: tuning('对门的老爷子好几天没下楼买菜了'),
  },
  {
    // Someone who can no longer get about or watch, sitting alone all day: the visitors' company.
    group: 'social-cultural/companionship',
    tasks: han('一个人 独自'),
    cannot: han('干坐着 坐着 待着 呆着 发呆 闷着'),
    source: tuning('我爸腿脚不好走不远，想有人来家里坐坐说说话 (as a kind)'),
  },
];

const latin = /^[a-z ]+$/u;
const pattern = (term: string): string => {
  if (latin.test(term)) return `(?<![a-z])${term}(?![a-z])`;
  return term.includes('(?') ? term : term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
};
const inOneClause = '[^，,。.！!？?；;、\\n]{0,12}?';
/**
 * Or the task told in one clause and the inability opening the next, after a few words of who or
 * why ("每天要打胰岛素，手抖得扎不准", "那个灯泡，我站不上凳子换了"): the task is still its object.
 */
const intoNextClause = '[^，,。.！!？?；;、\\n]{0,12}?[，,；;、]\\s*[^，,。.！!？?；;、\\n]{0,6}?';

/**
 * Why the resident cannot ("手抖得扎不准", "眼花看不清"): inside a reading's stretch the body's
 * state is the reason for the task, not a need of its own to be seen about.
 */
const because = new RegExp(
  han('手抖 手没劲 手没力气 眼花 眼神不好 腰不好 腿脚不好 腿脚不便 膝盖不好 腿不好').join('|'),
  'gu',
);

const compiled = readings.map((reading) => {
  const tasks = reading.tasks.map(pattern).join('|');
  const cannot = reading.cannot.map(pattern).join('|');
  const reread =
    reading.rereads === 'tasks'
      ? tasks
      : reading.rereads === 'cannot'
        ? cannot
        : `${tasks}|${cannot}`;
  return {
    group: reading.group,
    when: new RegExp(
      `(?:${tasks})(?:${intoNextClause}|${inOneClause})(?:${cannot})|(?:${cannot})${inOneClause}(?:${tasks})`,
      'u',
    ),
    reread: reading.rereads === undefined ? null : new RegExp(reread, 'gu'),
  };
});

/** The groups what the text says someone can no longer do names, each once. */
export function lostAbilityGroups(text: string): string[] {
  const groups: string[] = [];
  for (const { group, when } of compiled) {
    if (!groups.includes(group) && when.test(text)) groups.push(group);
  }
  return groups;
}

/**
 * A sense that has failed, told before the device it spoils ("我妈眼睛不好，看不了电视", "耳朵背，听不清
 * 电话"): the set works, the eyes or ears do not, so the device is no repair. Its word is taken and
 * the rest of the text says what is wanted (company, a check-up). Not a set with no failing sense
 * told: "电视看不清" alone may be a broken picture.
 */
const senseSpoilsDevice =
  /(?:眼睛不好|眼睛不行|眼花|眼神不好|看不清东西|耳朵背|耳背|耳朵不好|耳朵不行|听力不好)[^。！？!?]{0,8}?(?:看不了|看不清|看不见|听不清|听不见|听不到|听不了)[^，,。.！!？?；;]{0,2}?(电视|电话|收音机|广播|手机)/gu;

/** The words a reading of the text takes from other groups (see `rereads`). */
export function lostAbilityRereadWords(text: string): string[] {
  const taken: string[] = [...text.matchAll(senseSpoilsDevice)].map((found) => found[1] ?? '');
  for (const { when, reread } of compiled) {
    const stretch = when.exec(text)?.[0];
    if (stretch === undefined) continue;
    taken.push(...(stretch.match(because) ?? []));
    if (reread !== null) taken.push(...(stretch.match(reread) ?? []));
  }
  return taken;
}

/** For the unit test: every reading names a group as "category/group". */
export const lostAbilityReadingGroups: readonly string[] = readings.map((r) => r.group);
