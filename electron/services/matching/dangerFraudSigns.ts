// Fraud read from what a scam asks for, as word classes combined (the reading
// dangerCombinations.ts explains), for 110's anti-fraud line: compensation offered for a card
// number or a link ("快递丢了要赔钱，让我点链接填银行卡"), and a text message or a call about a
// card being stopped that sends the resident to a link to 'verify'. Written from fresh phrasings
// for the danger list; a link alone, or a card alone, is everyday. Texts arrive folded. The
// first class of each goes to the homophone index (danger.ts): not 过期 (过气 in 背过气) nor 补偿
// (不常), whose sound-alikes are everyday words.
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** Compensation offered to get a card number or a link clicked: fraud. */
const compensation = han('赔钱 赔偿 理赔 退款 退钱 补偿');
const bankAct = [...han('银行卡 卡号 验证码 密码 链接 扫码 二维码'), ...words('link, bank')];

/** A link to verify an account a message says is being stopped. */
const link = [...han('链接 网址 二维码'), ...words('link, website')];
const verify = [
  ...han('验证 认证 登录 登陆 输入 填写 激活'),
  ...words('verify, log in, login, confirm'),
];
const accountThreat = [
  ...han('停用 冻结 过期 注销 异常 作废 停掉'),
  ...words('suspended, frozen, blocked, expire, expired, closed'),
];

/** A prize that costs a fee to release: the oldest advance-fee scam. */
const prize = [...han('中奖 奖金 大奖 奖品'), ...words('prize, winnings, lottery, you have won')];
const advanceFee = [
  ...han('手续费 交税 税费 保证金 先交 先付 邮费'),
  ...words('fee, fees, tax, pay, deposit, release'),
];

export const fraudSignConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fraud',
    source: '110 anti-fraud: a prize that needs a fee or a tax paid first',
    classes: [prize, advanceFee],
    unless: [...han('想问 彩票 抽奖 领奖 在哪领'), ...words('bingo, raffle, collect')],
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: compensation offered for a card number, a code or a link',
    classes: [bankAct, compensation],
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a card or account said to be stopped, and a link to verify it',
    classes: [verify, link, accountThreat],
  },
];
