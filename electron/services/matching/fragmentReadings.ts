// Short fragments and half-sentences as residents tap or speak them (round of the 56th batch): a
// word the lists hold for one service, said in a fragment that means another. 救命药 is the
// medicine a resident cannot do without, not a cry for rescue; 修电动车 is a bicycle shop's job,
// not the e-bike fire hazard the fire station checks; 昨天晕了一下今天好了 is a faint that is
// over, a check-up rather than first aid; 报警器 is a smoke alarm, no call to the police; 手抖 of
// an insulin injection is why it cannot be given, not a check-up. Each is read as rereadWords
// (outOfScope.ts) writes them: the word is dropped when the wording holds it so, and the wording
// names the service instead (as clauseRules.ts' groupsByWording does). Written in general terms
// from the kinds of the 56th batch's tuning misses and of the tuning part's (jiu ming yao chi wan
// le; 我妈以前晕倒过一次…; 烟雾报警器没电了一直滴滴叫; 每天要打胰岛素，手抖得扎不准), not from one
// sentence's words; the patterns are built once, when the module loads.

/** 救命 naming what a thing is to the resident (救命药, 救命的钱), no call for help. */
const lifesavingThing = /救命(?:的)?(?:药|钱|稻草|恩人)/u;

const twoWheelers = '电动车|电瓶车|电车|自行车|单车|摩托车?|三轮车?';

/**
 * A two-wheeler to mend (修电动车, 自行车爆胎了, 电瓶车坏了): the repair shop's, no community
 * service's. Not a flat battery (电动车没电) nor charging: that is the fire station's.
 */
export const twoWheelerMended = new RegExp(
  `修(?:一下|下|个|修)?(?:${twoWheelers})|(?:${twoWheelers})[^，。,.!?！？；;]{0,4}(?:坏了|坏|爆胎|扎胎|胎破|没气|掉链|刹车不灵|要修|得修|修一下)`,
  'u',
);

/** When a thing happened: before today, or earlier today. */
const before =
  '以前|之前|上次|上回|那回|去年|前年|前两年|昨天|昨晚|前天|上个?月|上个?礼拜|上周|早上|前些天|前几天';
/** A faint or a fall. */
const episode = '晕倒|晕过去|晕|昏过去|摔倒|摔|跌倒|跌';
/** Told as over: had once (过), or recovered since. */
const over = '好了|没事了|没什么事了|缓过来了|恢复了|现在能|现在好';

/**
 * A faint or a fall told as over ("昨天晕了一下今天好了想查查", "以前晕倒过一次", "上个月摔过，现在好
 * 了"): no first aid now, a check-up. The past must be said, and either 过 right after the
 * episode or its recovery after it, so "昨天摔了今天还起不来" stays first aid.
 */
export const episodeOver = new RegExp(
  `(?:${before})[^。！？!?]{0,6}?(?:${episode})(?:过|(?:了|倒了|了一下|了一跤|了一次)?[^。！？!?]{0,10}?(?:${over}))`,
  'u',
);

/**
 * An alarm that is a device in the home (报警器, 烟感报警的): no call to the police. A smoke alarm
 * that beeps for its battery, or one to fit, is the fire station's, not an electrician's: its 没电
 * is the alarm's, not the home's power (tuning: 烟雾报警器没电了一直滴滴叫; 家里想装个烟感报警的).
 */
const alarmDevice = /报警(?:器|装置|的(?:东西|装置)?)|烟雾报警/u;
const alarmBattery =
  /(?:报警器|烟感|烟雾报警|smoke (?:alarm|detector))[^。！？!?]{0,16}?(?:没电|电池|嘀|滴|叫|响|装|换|beep|batter)|(?:装|换)(?:个|一个)?(?:烟感|烟雾报警|报警器)/u;

/**
 * An injection the resident cannot give themself (胰岛素 or 针 with 打不了, 扎不准, 不敢打, 手抖): the
 * home nursing station's, though 手抖 and 不准 alone read as a check-up (tuning: 每天要打胰岛素，手抖得
 * 扎不准; 糖尿病的针自己不敢打).
 */
export const injectionNotGiven =
  /(?:胰岛素|针)[^。！？!?]{0,10}?(?:打不了|打不准|扎不准|扎不了|不敢打|不敢扎|不会打|不会扎|打不好|手抖)/u;

/**
 * A doctor asked to come to the home ("想有个医生能上门来看看", "有没有大夫上门"): the family doctor
 * team's home visit, in words no single term holds.
 */
export const doctorToHome =
  /(?:医生|大夫|郎中)[^，。,.!?！？；;]{0,6}?上(?:门|家)|上门[^，。,.!?！？；;]{0,3}(?:看病|瞧病|看诊)/u;

/** The same in English: a stroke, a fall or a faint had some time ago ("had a stroke two years ago"). */
export const episodeOverEnglish =
  /\b(?:had|has had|suffered)\s+(?:a\s+)?(?:stroke|fall|faint|fainting spell)\b[^.!?]{0,24}?\b(?:ago|last (?:week|month|year))\b|\b(?:fainted|fell|collapsed)\b[^.!?]{0,24}?\b(?:ago|last (?:week|month|year)|yesterday)\b[^.!?]{0,30}?\b(?:fine|okay|ok|better|recovered)\b/u;

/**
 * A phone or a tablet to put on the wifi ("手机连不上wifi", "平板怎么连无线网"): the smartphone
 * class teaches it, though the home's wifi line itself is the provider's. Blanked before the
 * out-of-scope words are looked for (outOfScopeText.ts), as inScopeUses is.
 */
export const deviceOnWifi =
  /(?:手机|平板|ipad)[^，。,.!?！？；;]{0,6}?(?:连|上|接|搜)[^，。,.!?！？；;]{0,4}?(?:wifi|无线网|无线)|(?:wifi|无线网)[^，。,.!?！？；;]{0,4}?(?:手机|平板|ipad)[^，。,.!?！？；;]{0,4}?(?:连|上|接|怎么|咋)/gu;

/** Rereadings of the kinds above, as rereadWords (outOfScope.ts) writes them. */
export const fragmentRereadings: readonly { term: string; when: RegExp }[] = [
  ...['救命'].map((term) => ({ term, when: lifesavingThing })),
  ...['报警'].map((term) => ({ term, when: alarmDevice })),
  ...['没电', '没电了'].map((term) => ({ term, when: alarmBattery })),
  // Why the injection cannot be given (a shaking hand, the illness it treats) is not the need.
  ...['手抖', '眼花', '看不清', '不准', '糖尿病'].map((term) => ({
    term,
    when: injectionNotGiven,
  })),
  ...['电动车', '电瓶车', '电车', '电瓶', '坏了'].map((term) => ({ term, when: twoWheelerMended })),
  ...['晕倒', '晕过去', '晕', '摔倒', '摔', '跌倒', '昏过去'].map((term) => ({
    term,
    when: episodeOver,
  })),
];

/** Groups a fragment's wording names: a check-up for a faint that is over, a smoke alarm's care. */
export function fragmentGroups(text: string): string[] {
  const groups: string[] = [];
  if (episodeOver.test(text) || episodeOverEnglish.test(text)) {
    groups.push('health-medical/checkup');
  }
  if (alarmBattery.test(text)) groups.push('safety-emergency/fire');
  if (injectionNotGiven.test(text)) groups.push('health-medical/nursing');
  if (doctorToHome.test(text)) groups.push('health-medical/family-doctor');
  return groups;
}

/** A fragment asking what no community service does: a two-wheeler to mend. */
export const fragmentOutOfScope = (text: string): boolean => twoWheelerMended.test(text);
