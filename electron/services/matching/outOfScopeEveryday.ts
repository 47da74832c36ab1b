// Everyday errands a front desk refers elsewhere, told as a circumstance rather than by the
// shop's name (issue 15, from the kinds of the twenty-sixth batch's tuning misses: 手机欠费停机了,
// 要搬家了想找个能搬钢琴的, 家里大门钥匙想多配两把): a phone line cut off for an unpaid bill is the
// carrier's, a move is a removals firm's, a key is cut at a locksmith's, a phone screen and a
// hearing aid are a shop's. In general terms, not the
// sentences' words alone. Not 搬家 alone (a resident who has just moved in may want a residence
// permit), 停机 alone (电梯停机了 is the lift) nor 钥匙 alone (a lock that will not turn is a repair).
export const everydayOutOfScopeWords: readonly string[] = `手机欠费 欠费停机 手机停机 交话费 充话费
  手机套餐 流量不够 网费 要搬家 搬个家 找搬家的 搬钢琴 配钥匙 配把钥匙 配个钥匙 配两把 配几把 多配一把 修手机 换屏 手机屏幕 屏幕碎 助听器`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Packaging to throw away is rubbish to sort, whatever it held: "这个外卖盒子到底算哪类的" asks the
 * rubbish crew, not for a takeaway (source: the twenty-sixth batch's tuning part). Blanked like
 * outOfScope.ts' inScopeUses before the out-of-scope words are looked for.
 */
export const packagingToSort = /(?:外卖|快递)(?:盒|箱|袋|纸箱|包装|垃圾)/u;
