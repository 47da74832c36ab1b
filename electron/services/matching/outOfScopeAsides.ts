// Asks a front desk refers elsewhere that the earlier lists did not hold (issue 15, "nothing
// fits", round of the 46th batch; from the kinds of its tuning misses, written in general terms):
// one's fortune told, hair styled, foreign money changed, a tooth made or replaced; and, by their
// form, a hospital's own business (its deposit, invoices, fees, parking, staff or numbers to queue
// for: the hospital's to answer, not the escort volunteers', who go along with a patient), which
// product is good to use or what size to buy, when a market or a shop is open, and the kiosk's own
// tastes; stocks and goods sent wrong (the 50th batch's kinds) later. Texts are folded to Simplified
// and lower case first.

export const asidesOutOfScopeWords: readonly string[] = `运势 运气好不好 算卦 算一卦 看相 看手相
  生辰八字 八字合 星座 属相合 看日子 挑日子 黄历
  染个头 染头发 剪个头 烫个头 烫头 做个头发 做头发 理个发 焗油
  美元 美金 欧元 日元 英镑 港币 韩元 外汇
  颗牙 镶牙 假牙 配假牙 牙套
  股市 大盘 这只股 那只股 涨停 跌停 割肉 抄底
  寄错 发错货 发错了货 漏发了货`
  .split(/\s+/)
  .filter(Boolean);

const clause = '[^，。,.!?！？；;]';

/** A hospital's own business: its deposits and invoices, its car park, its staff, its numbers. */
const hospitalsOwnBusiness = new RegExp(
  `(?<!社区)医院${clause}{0,8}(?:押金|发票|收据|停车|投诉|态度|专家号|床位|收费|多收|乱收|检查费|挂号费|费用|退费|折叠床|租)` +
    `|(?:住院|看病|医药费)${clause}{0,6}(?:发票|收据|押金)` +
    `|专家号|抢号|号贩子|投诉(?:医院|医生|护士|大夫)` +
    `|(?:护士|医生|大夫)${clause}{0,4}态度(?:不好|差|太差)`,
  'u',
);

/** Which kind or which shop is good ("电饭煲哪种好用", "哪家手艺好"): a shopper's question. */
const productAdvice = new RegExp(
  `(?:哪种|哪样|哪个|哪款|什么样|啥样)的?${clause}{0,2}(?:好用|耐用|实惠|划算|性价比)` +
    `|哪家${clause}{0,3}(?:手艺|技术|做得)?好(?=[，。,.!?！？；;吗呢啊呀]|$)|(?:多少|几)寸|多大尺寸|什么尺寸`,
  'u',
);

/** When a market or a shop is open: theirs to tell (a pharmacy is the community's own). */
const shopHours = new RegExp(
  `(?:菜市场|农贸市场|菜场|早市|夜市|超市|商场|商店|小卖部|饭店|饭馆)${clause}{0,6}` +
    '(?:开到几点|开到什么时候|几点开|几点关|开门吗|开不开门|关门|营业)',
  'u',
);

/** The kiosk asked of its own tastes ("你喜欢吃什么", "你爱看什么"): small talk, not a need. */
const kioskTastes = /你(?:喜欢|爱|平时爱)(?:吃|喝|看|玩|听|干)/u;

/** The question is another business's to answer, by its form. */
export function asksAnotherBusiness(text: string): boolean {
  return (
    hospitalsOwnBusiness.test(text) ||
    productAdvice.test(text) ||
    shopHours.test(text) ||
    kioskTastes.test(text)
  );
}
