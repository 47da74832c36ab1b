// When a clause holding a danger word is calm, by shape rather than by listed word: any past
// time ("三天前", "上个月", "last week"), recovery ("现在好多了"), a hypothetical ("如果"), and
// cooking smoke with nothing burning. The calm word list (dangerConcepts.ts calmMarkers) names
// words; these read the shapes the tuning part showed residents use for them (a false alarm on
// "我妈上个月摔了一跤，现在好多了" had no listed word). Texts arrive folded (danger.ts).

import { everydayCalmCombinations, everydayCalmPatterns } from './dangerCalmEveryday.js';
import { lastingInabilityCombinations } from './dangerCalmLasting.js';
import { han, words } from './termLists.js';

/**
 * When the live text has one of `with` and none of `without`, its `blank` words are blanked:
 * cooking, a cigarette or burnt paper offerings fill a room with smoke without anything burning
 * ("炒菜满屋子烟", "有人在楼道里抽烟，烟味很大"), and a fire named is read whatever was cooking.
 * Only the smoke is blanked, never the clause: "炒菜的时候我妈突然晕倒了" is still a faint, and
 * "做饭的时候煤气味很重" still gas (the clause-wide reading missed both).
 */
export interface CalmCombination {
  with: readonly string[];
  without: readonly string[];
  blank: readonly string[];
  /**
   * Read `with` in the whole text, calm clauses included: "去年的事" is a calm clause of its own,
   * so it is never in the live text, yet it says the theft told before it is over.
   */
  anywhere?: true;
}
export const calmCombinations: readonly CalmCombination[] = [
  {
    with: [
      ...han(
        '炒菜 做饭 烧菜 煎鱼 炸鱼 炒辣椒 油烟机 抽油烟 抽烟 吸烟 烧纸 烧香 上香 蚊香 烧烤 烤肉',
      ),
      // A restaurant's cooking fumes (probes, 24th round: 楼下饭店油烟味太重).
      ...han('油烟 饭店 饭馆 餐馆 餐厅 烧烤店 排风'),
      ...words('cooking, frying, cigarette, cigarettes, smoking, incense, barbecue, bbq'),
    ],
    without: [...han('火 着了 烧着 焦 糊 黑烟 浓烟 爆'), ...words('fire, flames, burning')],
    blank: [...han('烟 呛'), ...words('smoke, smoky')],
  },
  // Laughter takes the breath away without a struggle for it: "唱得喘不过气来，笑死了".
  {
    with: [...han('笑死 笑得 笑坏 哈哈 好笑 逗死 乐死'), ...words('laughing, laughed, lol')],
    without: [...han('救命 快来 不行了 发紫 晕 倒')],
    blank: han('喘不过气 喘不上气 上不来气 喘不过来 透不过气'),
  },
  // A fall that only grazed the skin is a plaster, not 120 (not when they cannot get up).
  {
    with: han(
      '擦破点皮 擦破皮 破了点皮 破点皮 蹭破 蹭了点皮 磕青 青了一块 皮外伤 小伤 没大事 没啥事',
    ),
    without: han('起不来 站不起来 动不了 不能动 止不住 很多血 骨折 断了 晕 昏 叫不醒 不省'),
    blank: han('摔了一跤 摔了一下 摔了 摔跤 摔倒 跌了一跤 跌倒 跌了 滑倒 绊倒'),
  },
  // A lure the resident ignored or hung up on: no money is moving ("短信说我中奖了，我没理它").
  {
    with: [
      ...han('没理 没搭理 不理它 不理他 没上当 挂了电话 把电话挂了 挂掉了 删了 拉黑 没点开 没回'),
      // Hung up, said shortly (tuning false alarm: 有人打电话说我孙子出事了要钱，我给挂了).
      ...han('给挂了 我挂了 就挂了 直接挂了 挂断了 我就挂 给挂断'),
      // The money refused, said plainly (tuning false alarm: 让我转钱，我没转，是不是骗子).
      ...han(`没转 没有转 没汇 没有汇 没打钱 没给钱 没给他 没给她 没给他们 没信 没听他的 没听她的
        没按他说的 没按她说的 不转 我不转 才不转 不给他 没去银行 没去转`),
      // A scam call reported after it (probes, 24th round: 接到诈骗电话，没理他，想举报).
      ...han('举报 想举报 要举报'),
      // Stopped by the family in time (39th batch: 我及时拦住了，钱一分没转).
      ...han('拦住了 及时拦住 拦下来了 给拦下了 一分没转 一分钱没转 钱没转出去 没转出去'),
      ...words('ignored it, hung up, deleted it, blocked'),
    ],
    without: han('转了 已经转 汇了 给了 告诉了 报给 被转走 扣了 还在打 一直打'),
    blank:
      han(`中奖 冻结 涉嫌 退款 理赔 验证码 转账 汇款 打钱 安全账户 诈骗 骗子 骗钱 转钱 汇钱 让我转
      叫我转 要我转 冒充 自称 要钱 出事了 出事`),
  },
  // A stove slow to light or burning low is the gas service's, not a fire: "灶眼打火打了半天才着，
  // 火苗还小得可怜" (tuning false alarm). A flame that spreads or catches something still is one.
  {
    with: han(
      '灶 打火 点火 打着火 火苗小 火苗还小 火苗很小 火苗弱 火太小 火小 火力小 火苗发红 火苗发黄',
    ),
    without: han('着了 烧着 窜 冒烟 烟 焦 糊 蔓延 救命 爆 窗帘 烧到 引燃 着火 起火 失火'),
    blank: han('火苗 打火'),
  },
  // Asking which hospital or ward to choose for a birth to come is a question, not labour now:
  // "儿媳妇快生了，想问问哪家医院的产科好" (tuning false alarm). Pains or the waters still are.
  {
    with: han(
      '哪家医院 哪个医院 哪家好 哪个好 产科好 哪里生 在哪生 建档 产检 预产期 坐月子 月嫂 推荐',
    ),
    without: han('疼 痛 破水 羊水 见红 流血 出血 救命 马上 来不及 宫缩 现在就'),
    blank: han('快生了 要生了'),
  },
  // A smoke alarm chirping for its battery is a battery to change, not a fire (24th batch:
  // 烟雾报警器一直嘀嘀响，是不是没电了). One that sounds with smoke or a smell still is a fire.
  {
    with: [...han('没电 电池 换电池 电量低 低电量'), ...words('battery, low battery')],
    without: [...han('烟味 冒烟 着火 起火 火苗 焦 糊 浓烟 呛'), ...words('fire, burning')],
    blank: [
      ...han('烟雾报警器 烟感报警器 烟感器 烟感 烟雾'),
      ...words('smoke alarm, smoke detector'),
    ],
  },
  // A lasting complaint said as such, anywhere in the text: 老毛病了 calms 头痛得厉害 in the clause
  // before it (probes, 24th round). Something new in it still alarms.
  {
    with: han('老毛病 老病根 多年的毛病 一直这样 经常这样 好多年了'),
    without: han('突然 救命 晕倒 吐了 从来没 不行了 说不出 快来'),
    blank: han('厉害 受不了 欲裂 要炸'),
  },
  // A chest pain the doctor has explained, told as an old complaint: 胸口疼的老毛病，医生说是胃的
  // 问题 (29th batch). One that is worse or new now still alarms.
  {
    with: han('老毛病 老病根 多年的毛病 医生说是 大夫说是 查过了 检查过 胃的问题 胃病 胃疼 反流'),
    without: han('突然 越来越 厉害 喘 冷汗 晕 救命 快来 受不了 这次 今天 刚才 刚刚 发紫 说不出 倒'),
    blank: han('胸口疼 胸口痛 心口疼 心口痛 胸口闷 胸闷 胸痛'),
  },
  // Confusion that grew over months is dementia's course, not a stroke now (probes, 24th round:
  // 老伴最近糊涂了，认不出人，想做个检查).
  {
    with: han('最近 越来越 痴呆 失智 一直 好久 这几年 这半年'),
    without: han('突然 刚才 刚刚 今天早上 今早 一下子 救命'),
    blank: han('认不出人 不认人了 认不出我 神志不清 意识模糊'),
  },
  // A scam or a theft told as over, in a clause of its own: 去年的事, 早就过去了.
  {
    with: han('去年的事 以前的事 上个月的事 过去的事 早就过去 好久了 几年前的事 那是去年'),
    anywhere: true,
    without: han('刚 正在 现在 还在 马上 又来 又打'),
    blank: han('骗了 被骗 诈骗 骗子 骗钱 被偷 偷走 被盗 撬 被人打 被打 打了我 打我 被人揍'),
  },
  // Asking whether a demand is normal is asking, while no money has moved: 正常吗, 靠谱吗.
  {
    with: han('正常吗 靠谱吗 可信吗 能信吗 是真的吗 合法吗 可靠吗 有问题吗'),
    without: han('已经转 转了 汇了 正在转 马上转 刚转 已经交 交了 打了'),
    blank: han('保证金 转账 汇款 打钱 手续费 验证码 安全账户 投资 理财'),
  },
  // A question about sending money home (a remittance) is no scam in progress: "how to send money
  // back home to Indonesia, cheapest way" (tuning false alarm). Someone asking for it still is.
  {
    with: words(
      'how to send, how do i send, how can i send, cheapest, back home, remittance, exchange rate, money home',
    ),
    without: words(
      'scam, fraud, asked me, told me, wants me, pretending, claims, police, urgent, stranger, caller',
    ),
    blank: words('send money, sending money, wire money, transfer money'),
  },
  // Speech that has never been clear, a child's or a stammer, is a therapist's (calm probes after the
  // 39th batch: 孩子说话不清楚，是不是要做语言训练). Speech lost suddenly still alarms.
  {
    with: han('语言训练 言语训练 语言治疗 言语治疗 发育 口吃 结巴 从小 天生 学说话'),
    anywhere: true,
    without: han('突然 刚才 刚刚 今天 今早 歪 麻 救命 快来 晕 倒 抽'),
    blank: han('说话不清 口齿不清 说不清 讲不清 含糊 大舌头 说不利索 说话不利索 吐字不清'),
  },
  // A stroke's lasting signs told beside its years or its rehabilitation, anywhere in the text:
  // 中风好几年了，嘴有点歪说话不清，想找康复 (probes after the 38th batch). Something new still alarms.
  {
    with: han('好几年了 好多年了 多年了 几年了 后遗症 康复 做康复 一直这样 老样子'),
    anywhere: true,
    without: han('突然 刚才 刚刚 今天 今早 又犯 又发 救命 快来 越来越 不行了 叫不醒 晕'),
    blank: han(
      `说话不清 口齿不清 说不清 讲不清 含糊 嘴歪 脸歪 口眼歪斜 半边身子 半身不遂 说不出话 不利索`,
    ),
  },
  ...everydayCalmCombinations,
  // An inability told as lasting, with regular care asked (dangerCalmLasting.ts).
  ...lastingInabilityCombinations,
];

/**
 * A clause in the past or the hypothetical is not a danger now, in words no calm list holds:
 * "三天前", "上个月", "前几天", "如果有人晕倒". Recovery ("现在好多了") calms its own clause.
 */
export const calmPatterns: readonly RegExp[] = [
  /[0-9一二两三四五六七八九十几半多]+(?:年|个月|个星期|个礼拜|周|天)(?:前|以前|之前)/u,
  // 上回 is last time, not 晚上回家 or 马上回来 (49th batch: 晚上回家发现锁芯好像被人动过 read calm).
  /上(?:个月|个星期|个礼拜|礼拜|星期|周|半年)|(?<![晚早马楼路])上回(?![家来去到])/u,
  /前(?:几|两|些|一段|段)(?:天|年|个月|周|时间|日子)/u,
  // A while ago, and a smell met once and gone (tuning false alarm: 前阵子闻到过一点煤气味，后来就没了).
  // Not 后来就没了动静, which is a collapse heard: only a clause that ends there.
  /前(?:一)?阵(?:子|儿)?|那阵子|闻到过|闻见过|现在没味了|后来(?:就)?没(?:味)?了\s*$/u,
  // 动不动 (at every turn) says it keeps happening; 一动不动 (not moving at all) is a collapse
  // (45th batch: 楼道里躺着一个人，一动不动 read as calm).
  /(?<!一)动不动/u,
  /以前|之前|曾经|早些年|那会儿|好多了|已经好了|现在好了|今天好了|今儿好了|这会儿好了|缓过来了|恢复得|出院了|没事了|没什么事|没大碍/u,
  // Yesterday is the past unless it runs on to now ("昨天出门到现在还没回来").
  // Nor when it started then and goes on (probes: 从昨晚开始就叫不醒).
  // Nor "since yesterday" (45th batch: has not answered her phone since yesterday).
  /^(?!.*(?:到现在|一直|还在|还是|还没|至今|今天还|开始|起就|以来|从昨|\bstill\b|\bsince\b)).*(?:昨天|昨晚|昨儿|\byesterday\b)/u,
  // What a talk teaches, told in a clause of its own after the talk (45th batch false alarm:
  // 想听个讲座，讲老人摔倒了该怎么扶): a clause opening on 讲/教 that asks how.
  // And what one wants to know from it (49th batch: 想学急救，知道人晕倒了该怎么办), not 不知道.
  /^\s*(?:讲讲|讲一讲|讲|教教|教一教|教|(?<!不)知道|学会)(?![台室])[^,.!?;:]{0,10}(?:怎么|如何)/u,
  // A training course is calm, but not the training centre as a place something happens at
  // (45th batch: 女儿从培训班出来说有辆面包车一路跟着她).
  // Nor a training fee asked before a job (a lure: 对方要他先付培训费，他已经转了).
  /(?<![从在去到])培训(?!班(?:门口|出来|里|外面|楼下|附近|回来|回家)|费)/u,
  // The experiential 过 says it happened once before: 着过一回火, 摔过一跤, 进过小偷 (not 晕过去).
  /(?:着|摔|晕|昏|倒|中|烧|进|漏|骗|撬|偷)过(?!去|来)/u,
  // Prevention of a danger named: 防跌倒, 防诈骗, 防煤气中毒 (not 防盗门: a door can be forced).
  // 防止/预防 and the resident's 防走丢 (a tracker for someone who wanders) say the same.
  /防(?:止|范)?(?:跌|摔|骗|诈|煤气|燃气|一氧化碳|中毒|溺|噎|呛|烫|触电|中暑|走失|走丢|走散|迷路|丢)/u,
  // Somebody else's story heard or seen, not what is happening now.
  // A story seen in a drama, a film or a short video is one too (tuning false alarm of the 29th
  // batch: 看电视剧里有人煤气中毒，我也想在家里装个报警器).
  // A video call with a relative is now (跟我爸视频, 在视频里看见外婆家…: 38th batch), not a clip.
  /^(?!.*(?:现在|正在|刚刚|刚才|快来|救命|视频通话|视频电话|打视频|开视频|微信视频|视频的时候|(?:跟|和|给)[^,]{1,4}视频|(?:外婆|外公|奶奶|爷爷|姥姥|姥爷|我妈|我爸|婆婆|公公|爸妈|老人)家)).*(?:听说|听人说|新闻|电视上|电视里|网上看|报纸上|电视剧|连续剧|电影里|电影上|视频里|短视频|抖音|快手|小品|节目里|戏里)/u,
  // An illness over, named as where a lasting trouble comes from: 脑梗后说话不利索 is a carer's and a
  // rehabilitation's (probes), unless something new is told in the clause.
  /^(?!.*(?:突然|刚才|刚刚|又犯|又发|今天|今早|救命|快来|不行了)).*(?:脑梗|中风|心梗|脑出血|脑溢血|脑血栓|脑梗塞|搭桥|支架)(?:后|以后|之后|过后|了?(?:好几|几|[0-9一二两三四五六七八九十半]+)(?:年|个月))/u,
  /如果|要是|假如|假设|怎么预防/u,
  // A state that has lasted years is a carer's or a clinic's, not 120's: 中风好几年了 (24th batch).
  /(?:好几|几|十几|好多|[0-9一二两三四五六七八九十]+多?)年了|多年了|好些年/u,
  // A worry about what might happen, the danger a few words on (怕油锅起火, 担心老人在家摔着);
  // not 可怕/恐怕, not 怕是 (probably), nor a fear that it has happened (怕她摔了).
  /(?:(?<![可恐害])怕|担心|生怕)(?!是|已经)[^,.!?]{0,10}?(?:着火|起火|失火|烧起来|漏气|漏水|摔|跌|滑倒|掉下去|掉进|被骗|上当|走丢|走失|淹|溺水|进水|中毒)(?!了)/u,
  // A dream is no danger: 梦见家里着火了 (24th batch).
  /梦见|梦到|做梦|做了个梦|梦里|噩梦|\b(?:dreamt|dreamed|dream)\b/u,
  /\b(?:what to do if|what should i do if|what if|if someone|recovered|fine now|better now|ok now|okay now)\b/u,
  // "Ago" is the past, but not minutes or an hour ago: "he was here a minute ago" is now.
  /(?<!\b(?:minutes?|hours?|seconds?|moment|while) )\bago\b/u,
  /\blast (?:week|month|year|time|winter|summer|spring|autumn)\b/u,
  ...everydayCalmPatterns,
];
