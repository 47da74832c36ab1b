// Families a front desk refers elsewhere that the first round's lists did not hold (issue 15,
// "nothing fits", second round; written in general terms from the kinds of things elders ask,
// before tuning on the thirtieth batch, not from its sentences): omens and fortune-telling, a
// shop's goods gone bad or not as sold, a travel agency, the home's internet line and the cable
// bill, a phone operator's plans, a private school's or a gym's contract, insurance sold by a
// company, a car, a will and an inheritance, a divorce, papers for a relative abroad. Texts are
// folded to Simplified and lower case first. Not 过期 alone (an extinguisher past its date is
// fire safety), 网 alone (a phone lesson teaches the internet), 信号 alone (a TV without signal
// is the handyman volunteers', one label in every batch), 流量 alone (a lesson shows how to turn
// mobile data off), 罚款 alone, 车子 alone (an e-bike charged indoors is a fire hazard), 烧纸
// (burnt in a stairwell it is a fire hazard) nor 做梦 (bad dreams that keep a resident awake are
// the counselling room's). A word mixing Latin and Han is also written as the resident's text
// reads once normalised, with a space at the seam (4s 店).
export const familiesOutOfScopeWords: readonly string[] =
  `预兆 解梦 周公解梦 吉利 不吉利 吉日 黄道吉日
  本命年 犯太岁 算卦 算一卦 看相 手相 面相 生辰八字 合八字
  缺斤短两 短斤少两 缺斤少两 以次充好 假货 不给退 不给换 退换货 三包 12315 投诉商家 店家
  旅行社 旅游团 跟团 报团 报个团 旅游线路 订机票 订酒店 订火车票
  网老断 网总断 网老是断 网断了 断网 老掉线 掉线 网速 网很卡 网太卡 网络卡 网卡得 光猫 有线电视费 电视费 有线费 收视费
  运营商 携号转网 换套餐 换个套餐 流量套餐 流量多 话费套餐 补办手机卡 营业员
  培训机构 补习机构 教育机构 辅导机构 补课机构 补习班 早教 少儿编程 编程班 退学费 学费退
  游泳馆 瑜伽馆 健身年卡 游泳年卡 办年卡 办了年卡 会员卡 私教 理赔 车险 寿险 意外险 买保险 买份保险 保单 保费 退保
  汽车 轿车 私家车 修车 4s店 车子打不着 车打不着 发动不了 打不着车 违章罚款 违章记录 查违章 换驾照 驾驶证 交罚款
  遗嘱 立遗嘱 继承 遗产 离婚 绿卡 入籍 领事馆 大使馆 移民 探亲签证
  退费 上牌 上牌照 车牌 牌照 存款 取存款 换手机号 换个手机号 新手机号 办个手机号 手机号注销`
    .split(/\s+/)
    .filter(Boolean)
    .concat(['4s 店']);

/**
 * A shop's goods gone off or not as sold ("超市买的牛奶过期了", "网上买的鞋子不合脚，怎么退", a
 * meter bought that measures wrong: 买的…不准; the return asked in the next clause: 买的…，想退;
 * the fortieth and forty-first batches, in general terms): the
 * shop's or the consumer association's, not a service's. Medicine is the community pharmacy's
 * own, so a purchase of it stays in scope (outOfScopeQuestions.ts' soldByTheCommunity).
 */
export const boughtGoneWrong =
  /买(?:的|来的|回来的)[^，。,.!?！？；;]{0,8}(?:过期|变质|发霉|长毛|馊了|臭了|不新鲜|不合|质量|退|换货|不准|不灵|是假的|掉色|缩水)|买(?:的|来的|回来的)[^。.!?！？]{0,14}(?:想退|要退|能退|退掉|退货|换货|换一个)/u;

/**
 * The phone operator's business said through the phone ("手机老没信号", "移动的套餐太坑了", "流量
 * 又用超了"): a
 * carrier's plan is no canteen's 套餐, a phone's signal no lesson's.
 */
export const operatorAsked =
  /(?:移动|联通|电信|手机|话费|流量)[^，。,.!?！？；;]{0,3}套餐|手机[^，。,.!?！？；;]{0,3}信号|(?:流量|话费)[^，。,.!?！？；;]{0,2}(?:用超|超了|超标|不够用)/u;

/** A dream asked about as an omen ("梦见掉牙了，是啥预兆", "梦到…要不要烧点纸"). */
export const dreamAsked =
  /梦(?:见|到)[^。.!?！？]{0,16}(?:预兆|意思|吉利|不好|要不要|是不是|咋回事|怎么回事|说明)/u;

/**
 * Inheritance and divorce fought over in the family are the mediation room's quarrel, not an
 * office's errand: "兄弟几个为遗产吵翻了" (outOfScopeSenses.ts blanks the words then).
 */
export const familyQuarrel = /吵|闹|纠纷|矛盾|调解|打起来|翻脸|不和/u;
