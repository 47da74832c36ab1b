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
// A home mortgaged for the scheme too (probes after the 38th batch: 要把房子抵押了去投养老项目).
const savings =
  han(`存款 积蓄 养老钱 棺材本 退休金 全部的钱 所有的钱 一辈子的钱 存折 定期 房子抵押 抵押房子
  房本 房产证 卖房`);
const preyingSeller = han(
  '保健品 推销 理财产品 高回报 高息 返利 养老项目 投资项目 神医 传销 专家讲座',
);
const handingNow =
  han(`取出来 取钱 全取 都取 拿去给 交给 要给 正要 正在 马上 拦不住 拦都拦不住 劝不住 劝不听
  非要 执意 偷偷 要把 给他们 给人家 去签 签合同 明天就去 要去签`);

/**
 * A lure told in a clause of its own (often yesterday's, or named as a 讲座 or a 群), and money
 * being moved now in another (29th batch: 他昨天被拉进一个群说交钱能领补贴，刚才又要去银行取钱;
 * 专家讲座现场，让交钱买保健品，我妈已经刷卡了). The lure is read in the whole text (context).
 */
// 忽悠 is being talked into it (38th batch: 我爸被一个投资群忽悠了，刚才又往里打了五万).
const lureStory =
  han(`忽悠 被人哄 哄着 洗脑 专家讲座 健康讲座 养生讲座 免费讲座 会销 送鸡蛋 领鸡蛋 免费领 拉进一个群 拉进群 被拉进
  拉我进群 投资群 荐股 内部消息 稳赚 保本 高回报 高息 返利 领补贴 补贴 交钱能领 养老项目 保健品 神医
  理财产品`);
const movingNow =
  han(`又要去 又要取 又要转 又要交 正要去 非要去 吵着要 急着要 马上要去 现在要去 刚才又要
  要把存折 要把存款 要把钱 把存折给 把存款给 把钱都给 已经刷卡 刷了卡 已经交了 已经转了 正在转 正在交 要去取 要去转 拦不住 拦都拦不住 劝不住 劝不听
  又往里 又打了 又投了 又转了 又交了 接着投 继续投 还要投 还要转 还要交 还要借钱 借钱接着 追加 再投
  正在付 正在扫码 正在签 已经在签 在签字 签了字 正在办贷款 要去贷款 非要刷 非要买 正在刷 在旁边催 催着
  逼着买 逼着交`);
const moneyNow =
  han(`取钱 取款 转钱 转账 汇钱 交钱 付钱 刷卡 存折 存款 积蓄 养老钱 退休金 银行 打~万 投~万
  借钱 贷款 网贷 分期 付款 扫码 签字 合同 信用卡 刷~卡 万块 转~万 汇~万 交~万 取~万`);

/** A "case" claimed against the resident, and being cut off from help (probes, 24th round). */
const caseClaim = han('涉案 涉嫌 洗钱 配合调查 协助调查 通缉 逮捕 拘捕 立案 案子 资金清查');
const isolating =
  han(`宾馆 酒店 开房 别告诉 不要告诉 不能告诉 不许告诉 保密 单独 指定账户 安全账户 清查账户
  不要挂 别挂`);

/** A cure promised for money: 能治好她病的人 (probes, 24th round). */
const curePromised = han('治好 包治 根治 神药 特效药 祖传秘方 秘方 能治 保证好');
// Paid by phone too (38th batch: 说是医生的人忽悠买特效药，他现在正在扫码付款).
const payingNow = han(
  '转钱 转账 转帐 打钱 汇钱 交钱 付钱 刷卡 几万 付款 扫码 支付 交定金 签字 贷款',
);

/** Asked to pay again before goods or money are released: the advance-fee shape. */
const payAgain = han('再交 还要交 又要交 再付 还得交 再转 又让我转 还要转 再充 还要充');
const someoneAsking = han('对方 客服 让我 让他 让她 叫我 叫他 要我 要他 正在转 已经转 转了好几次');
const toRelease = han(
  '才能发货 才能提现 才能到账 才能退款 才能退 才能解冻 才能领 才能取出 不然 否则',
);

/**
 * A relative's accident or arrest told by a caller, and money to settle it now: the "your son is in
 * trouble" scam (probes, 29th round: 有人打电话说她儿子撞了人，要马上打五万块私了).
 */
const troubleStory =
  han(`撞了人 撞人了 出车祸 出了车祸 被抓了 被抓起来 被派出所 打了人 打伤了人 急需手术 要做手术
  出事了 住院了 被扣了`);
const settleMoney = han(
  `私了 打钱 转钱 汇钱 打~万 交~万 转~万 汇~万 保证金 医药费 手术费 赔偿金 保释`,
);
const toldByCaller = han('打电话 电话里 来电 有人说 说是 说她 说他 说你 短信 微信');

/**
 * Card details being typed into an app or a link a stranger sent (probes after the 39th batch:
 * 有个人让他下载一个APP说能领养老金，现在正在填银行卡号).
 */
const enteringNow = han('正在填 在填 填了 正在输 在输 输了 输进去 填进去 填上了 正在登记');
const cardDetails = [
  ...han('银行卡号 卡号 银行卡 密码 验证码 身份证号'),
  ...words('card number, bank card, password, code'),
];
const strangersApp = [
  ...han('下载 app 链接 二维码 网址 软件 有个人 陌生人 对方 自称 冒充 客服'),
  ...words('app, link, download, stranger'),
];

export const fraudSignConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fraud',
    source: '110 anti-fraud: card details being typed into an app or a link a stranger sent',
    classes: [enteringNow, cardDetails, strangersApp],
    unless: han('银行柜台 银行app 官方 想问 怎么填 怎么办理 在哪填 社区 营业厅'),
  },
  {
    kind: 'fraud',
    source: "110 anti-fraud: a caller's story of a relative in trouble, and money to settle it now",
    classes: [troubleStory, settleMoney, toldByCaller],
    unless: han('想问 已经挂 没理 没转 没打钱'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: money being moved now, with a lure told anywhere in the text',
    classes: [movingNow, moneyNow],
    context: [lureStory],
    unless: han('想问 靠谱吗 正规吗 能退吗 能退货 怎么退 退得了 是不是骗 会不会是骗'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a case claimed against the resident, who is told to keep it secret',
    classes: [caseClaim, isolating],
    unless: han('想问 听说 新闻'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: a cure promised for money paid now',
    classes: [curePromised, payingNow],
    unless: han('医院 医保 报销 挂号 想问 有什么办法 哪里能 哪家'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: asked to pay again before goods or money are released',
    classes: [payAgain, toRelease, someoneAsking],
  },
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
