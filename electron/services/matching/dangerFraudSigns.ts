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

/**
 * Savings being handed over now to a seller who preys on the old (health products, "investment"
 * schemes): 110 stops the payment. Source: the anti-fraud centre's warnings on 保健品 and 养老
 * 投资 scams; 24th batch: 我妈正要把存款全取出来给卖保健品的，拦都拦不住.
 */
const savings = han('存款 积蓄 养老钱 棺材本 退休金 全部的钱 所有的钱 一辈子的钱 存折 定期');
const preyingSeller = han(
  '保健品 推销 理财产品 高回报 高息 返利 养老项目 投资项目 神医 传销 专家讲座',
);
const handingNow =
  han(`取出来 取钱 全取 都取 拿去给 交给 要给 正要 正在 马上 拦不住 拦都拦不住 劝不住 劝不听
  非要 执意 偷偷`);

export const fraudSignConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fraud',
    source: '110 anti-fraud: savings being handed to a seller preying on the old',
    classes: [preyingSeller, savings, handingNow],
    unless: han('想问 怎么防 靠谱吗 正规吗 能买吗'),
  },
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
