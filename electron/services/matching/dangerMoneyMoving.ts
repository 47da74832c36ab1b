// Money leaving now for a fee asked online or for a "relative" in trouble, told by a relative of
// the one paying, as word classes combined (the reading dangerCombinations.ts explains). The
// 45th batch had 对方让她先交押金，她正在转 and 有个"孙子"打电话借钱，她现在正往银行走: no office
// claimed and no listed scam word, yet money is moving to a stranger now (110 anti-fraud). A
// deposit for a flat or a loan to a known friend, with no money moving now, stays calm.
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** Paying, or on the way to pay, now. */
const movingNow = [
  ...han(`正在转 在转 正要转 要去转 已经转 正在付 正在交 正在打钱 正往银行 往银行走 去银行了 出门去银行
    跑去银行 到银行了 在银行排队 在取钱 去取钱`),
  ...words(
    'about to send, about to pay, sending him, sending her, on her way to the bank, on his way to the bank, paying now',
  ),
];

/** A fee before a job, a prize or a loan: the lure. */
const feeFirst = [
  ...han('押金 定金 手续费 激活费 入会费 会费 工本费 培训费 保证金 先交 先付'),
  ...words('deposit, fee, fees, upfront'),
];
/** Where the fee was asked: online or by someone not met. */
const online = [
  ...han('网上 兼职 刷单 网友 对方 陌生 客服 群里 平台 软件 链接 招聘'),
  ...words('online, part time job, app, website, a stranger'),
];

/** A caller in trouble wanting money. */
const troubleCall = [
  ...han('借钱 要钱 打钱 急用钱 出事了 出车祸 被抓 住院了要钱 交保释'),
  ...words(
    'needs money, wants money, in trouble, accident, arrested, send him money, send her money',
  ),
];
const caller = [
  ...han('打电话 电话里 来电话 微信上 视频 自称 说是 冒充 "孙子" "儿子" "女儿" 一个电话'),
  ...words('phone, called, calling, rang, on the phone, saying he is, saying she is, claims to be'),
];

export const moneyMovingConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fraud',
    source: '110 anti-fraud: a fee asked online or by a stranger, and the money moving now',
    classes: [movingNow, feeFirst, online],
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a caller in trouble wanting money, and the money moving now',
    classes: [movingNow, troubleCall, caller],
  },
];
