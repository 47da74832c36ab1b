// Mainland dialect words and handwriting look-alikes, each beside the Putonghua word every
// keyword, synonym and danger word is written in (the same shape as regionalWords.ts, read by
// the same pass in fold.ts, after Traditional characters fold to Simplified). Words the
// matcher's lists already spell in dialect (啥, 咋, 俺, 唠嗑, 埋汰, 拾掇, 瞅, 遭了, 阿嬷) are
// left alone: a word rewritten here would no longer meet them in a danger or sense pattern.
// Single characters are rewritten only glued to a neighbour that fixes their sense (耍 alone is
// also 耍赖, 贼 alone a thief, 阮 a surname).
import type { RegionalWords } from './regionalWords.js';

export const mainlandDialectGroups: readonly RegionalWords[] = [
  {
    // North and north-east: 嘎哈 (do what), 旮旯 (corner, place), 贼 before a feeling (very),
    // 叮咣 (banging), 干仗 (come to blows).
    words: {
      嘎哈: '干什么',
      旮旯: '地方',
      哪疙瘩: '哪里',
      这疙瘩: '这里',
      那疙瘩: '那里',
      贼冷: '很冷',
      贼热: '很热',
      贼脏: '很脏',
      贼吵: '很吵',
      贼疼: '很疼',
      贼难受: '很难受',
      叮叮咣咣: '吵吵闹闹',
      叮咣乱响: '吵得很',
      叮咣响: '吵得很',
      叮当乱响: '吵得很',
      干仗: '打架',
      走不动道: '走不动',
      吃没了: '吃完了',
      整不明白: '弄不明白',
      整不会: '学不会',
    },
    source:
      'general usage: northern and north-eastern Mandarin words against Putonghua, as residents from the north say them',
  },
  {
    // Sichuan and Chongqing: 莫得 (have not), 啥子 (what), 屋头 (at home), 一哈 (a moment),
    // 脑壳 (head), 老汉儿 (father), 巴适 (comfortable, fine), 耍 (play, pass the time), 晓得 (know).
    words: {
      莫得: '没有',
      没得: '没有',
      没得说: '没得说',
      啥子: '什么',
      屋头: '家里',
      一哈: '一下',
      脑壳痛: '头痛',
      脑壳疼: '头疼',
      脑壳昏: '头晕',
      脑壳晕: '头晕',
      脑壳: '头',
      老汉儿: '父亲',
      娃儿: '孩子',
      不巴适: '不舒服',
      巴适: '舒服',
      好耍: '好玩',
      耍的: '玩的',
      耍一哈: '玩一下',
      去耍: '去玩',
      地方耍: '地方玩',
      耍处: '玩的地方',
      晓得: '知道',
      咋个: '怎么',
      好多钱: '多少钱',
      摆龙门阵: '聊天',
      摆一哈: '聊一下',
      坝坝舞: '广场舞',
      坝坝宴: '酒席',
      点不燃: '点不着',
      打不燃: '打不着',
      孃孃: '阿姨',
      嬢嬢: '阿姨',
    },
    source:
      'general usage: Sichuan and Chongqing words against Putonghua, as residents from the south-west say them',
  },
  {
    // Shanghainese-flavoured writing: 阿拉 (we, I), 侬 (you), 伐 closing a question, 屋里厢
    // (at home), 姆妈 (mother), 今朝 (today), 钞票 (money), 烧饭 (cook).
    words: {
      阿拉: '我们',
      侬: '你',
      伐: '吗',
      砍伐: '砍伐',
      步伐: '步伐',
      采伐: '采伐',
      屋里厢: '家里',
      姆妈: '妈妈',
      今朝: '今天',
      明朝: '明天',
      钞票: '钱',
      烧饭: '做饭',
      不灵光: '不好',
      啥地方: '哪里',
      困觉: '睡觉',
      辰光: '时候',
      寻个: '找个',
      寻份: '找份',
      寻点: '找点',
      寻人一道: '找人一起',
      寻人陪: '找人陪',
      寻伴: '找伴',
      一道去: '一起去',
      一道玩: '一起玩',
    },
    source:
      'general usage: Shanghainese words written in Chinese characters against Putonghua, as Shanghai residents write them',
  },
  {
    // Hokkien and Taiwanese-flavoured Mandarin: 厝 (house), 阮 before family or home (my,
    // our), 头路 (a job), 揪团 (get a group together), 头壳 (head), 破病 (fall ill).
    words: {
      阮厝: '我家',
      阮家: '我家',
      阮阿: '我阿',
      阮老: '我老',
      厝里: '家里',
      厝内: '家里',
      来厝: '来家',
      回厝: '回家',
      头路: '工作',
      揪团: '组团',
      揪人: '约人',
      头壳痛: '头痛',
      头壳: '头',
      破病: '生病',
      呷饭: '吃饭',
      歹势: '不好意思',
    },
    source: 'general usage: Hokkien (Minnan) words in Taiwan and Fujian Mandarin against Putonghua',
  },
  {
    // Handwriting input: a character that looks like the right one, in the word it spoils
    // (己经 for 已经, 还末 for 还未, 拔打 for 拨打, 等侯 for 等候).
    words: {
      己经: '已经',
      早己: '早已',
      还末: '还未',
      末来: '未来',
      末找到: '未找到',
      拔打: '拨打',
      拔个电话: '拨个电话',
      拔电话: '拨电话',
      拔号: '拨号',
      等侯: '等候',
      侯诊: '候诊',
      问侯: '问候',
      侯车: '候车',
      // 歺 is the street form of 餐 (快歺, 送歺 on shop signs), no other word's.
      歺: '餐',
    },
    source:
      'general usage: look-alike characters that handwriting recognition puts in common words (己/已, 末/未, 拔/拨, 侯/候), and the street form 歺 of 餐',
  },
];
