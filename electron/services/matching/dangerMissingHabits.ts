// What a missing-person reading must not take for someone gone now (round of the 55th batch, all
// tuning; dangerMissing.ts reads the rest). Two kinds, general in wording:
// 1. Company or a group not found ("我妈想跳广场舞，找不到队伍", "找不到舞伴", "找不到搭子"): the kin
//    word is who wants to join, 找不到 is of the group. Not 老伴, who is kin (找不到老伴了 stays).
// 2. A lost ability told as what keeps happening ("最近老忘事，出门找不着家", "出门老找不着家"):
//    the resident describes a failing memory to ask for the wristband or day care, not a search
//    under way. Only without a time so far: "…到现在没回来" is read by the concept that weighs it.

/** Company or a group one cannot find, as objects of 找不到 (joined into dangerMissing's list). */
export const companyNotFound = '队伍|舞伴|(?<!老)伴儿?|搭子|组织|团队|舞队|合唱团|老师|班';

/** Losing one's way or one's memory, told as what keeps happening. */
export const habitualLoss: readonly RegExp[] = [
  /(?:老|总|总是|老是|常|经常|常常|动不动就?|时不时|时常)(?:找不着|找不到|找不见|认不得|认不出)(?:家|路|回家的路)/u,
  /(?:老|总|爱|常|经常|总是|老是)忘事|记不住事|忘性(?:越来越)?大/u,
];
