// Goods and accounts a front desk refers to a shop, a carrier or another institution, of kinds
// the earlier lists did not hold (issue 15, "nothing fits", third round; from the kinds of the
// fortieth batch's tuning misses, written in general terms): clothes or goods made to order, a
// computer that will not start (a repair shop's; learning to use one is a class's, so not 电脑
// alone), a phone's data used up (the carrier's), an exam taken for a certificate rather than
// help with schoolwork, papers for Hong Kong, Macau or Taiwan, another institution's canteen,
// and anything posted (寄点…, 寄过去: the post office's or a courier's; 寄存 is not here).
// Texts are folded to Simplified and lower case first.
export const goodsOutOfScopeWords: readonly string[] = `订做 定做 订制 定制 量身定做
  电脑开不了机 电脑打不开 电脑死机 电脑黑屏 电脑蓝屏 电脑卡死 电脑中毒 笔记本坏了 修笔记本
  流量用超 流量超了 超流量 流量超标 流量用完
  考个四级 考四级 考个六级 考六级 过四级 过六级 考托福 考雅思
  港澳通行证 通行证 去香港 去澳门 去台湾 赴港 赴澳
  医院食堂 医院的饭 医院的伙食 学校食堂 单位食堂 公司食堂
  寄点 寄些 寄一些 寄个 寄一箱 寄过去 寄回去 寄回家 寄到`
  .split(/\s+/)
  .filter(Boolean);
