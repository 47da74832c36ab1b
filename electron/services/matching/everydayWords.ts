// Everyday words residents write around a need: who, where, when, how much, and the verbs and
// question words of any sentence. None names a service, so none is a keyword; they are here
// for the homophone index. Pinyin a resident types is read as one of these before a service
// term of the same sound (ke yi is 可以 "may", not 可疑 "suspicious"; chu fang is 厨房 "kitchen"
// before 处方 "prescription"), and one of them written right is no typo for a term that sounds
// like it (可以 is not 可疑). A danger word is still heard first: 着火 before 找活. Left out
// where the service word is as likely typed: 大家 (da jia, also 打架 a fight).
// Source: general usage, the commonest words of spoken Putonghua about home, family and
// daily life (as in any frequency list of spoken Mandarin), written here by hand.

const lines = [
  // People.
  '我们 你们 他们 她们 咱们 自己 别人 人家 家人 老伴 老公 老婆 爱人 妈妈 爸爸 爷爷 奶奶',
  '外公 外婆 姥姥 姥爷 儿子 女儿 孙子 孙女 孩子 小孩 闺女 媳妇 女婿 哥哥 姐姐 弟弟 妹妹',
  '邻居 朋友 同事 老人 老头 老太太 阿姨 叔叔 大爷 大妈 师傅 医生 老师 同学',
  // Places in and around a home.
  '家里 屋里 厨房 客厅 卧室 房间 阳台 门口 楼下 楼上 外面 里面 附近 旁边 对面 小区 楼道',
  '单元 院子 路上 街上 超市 学校 公园 单位 这边 那边 这里 那里 哪里 哪儿 这儿 那儿',
  // Time.
  '今天 明天 昨天 后天 前天 早上 上午 中午 下午 晚上 半夜 夜里 白天 现在 刚才 马上 以前',
  '以后 最近 平时 每天 天天 经常 一直 已经 还是 周末 星期 礼拜 月份 去年 今年 明年 时候',
  '时间 小时 分钟 一会儿',
  // How much, how, why.
  '一点 一些 有点 好多 很多 太多 不少 全部 所有 什么 怎么 怎样 为什么 多少 几个 哪个',
  '这个 那个 可以 可能 应该 需要 能不能 是不是 有没有 没有 不是 不会 不能 不行 不要',
  '一下 一起 一样 真的 特别 非常 比较 还有 或者 但是 因为 所以 如果 然后 就是 只是',
  // Verbs of any sentence.
  '知道 觉得 希望 想要 喜欢 告诉 帮忙 帮助 麻烦 谢谢 打电话 说话 回家 出门 上班 下班',
  '起床 睡觉 吃饭 做饭 洗澡 走路 开车 坐车 看看 试试 等等 问问',
  // A verb and a little of it: 开点 is prescribing a little more (再开点), no typo of 开店.
  '开点',
  // Pets, named with whose they are: a one-syllable word alone is never read from pinyin.
  '我的狗 我的猫 我家的狗 我家的猫 我家狗 我家猫 狗狗 猫咪 小狗 小猫',
];

export const everydayWords: readonly string[] = lines.join(' ').split(' ');
