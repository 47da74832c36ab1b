// Hong Kong (written Cantonese) and Taiwan words, each beside the mainland word every keyword,
// synonym and danger word is written in. They are read after Traditional characters fold to
// Simplified, so each regional word is written here in its folded form (嗰 folds to 𠮶, 搵 to
// 揾, 係 to 系). Function words come with the words they are glued to where one alone would
// misread a mainland word (仲 alone is also 仲裁; 塞 alone is also 塞车).

export interface RegionalWords {
  /** Regional word (folded to Simplified) → the mainland word. */
  words: Readonly<Record<string, string>>;
  source: string;
}

export const regionalWordGroups: readonly RegionalWords[] = [
  {
    // Written Cantonese grammar: negation, aspect, pronouns, demonstratives, question words.
    words: {
      冇: '没有',
      唔该: '谢谢',
      唔: '不',
      咗: '了',
      嘅: '的',
      哋: '们',
      佢: '他',
      喺: '在',
      𠮶度: '那里',
      𠮶个: '那个',
      𠮶: '那',
      呢度: '这里',
      呢个: '这个',
      啲: '些',
      咁: '这么',
      乜嘢: '什么',
      嘢: '东西',
      点样: '怎么',
      点解: '为什么',
      边度: '哪里',
      边个: '谁',
      几时: '什么时候',
      而家: '现在',
      啱啱: '刚刚',
      头先: '刚才',
      琴日: '昨天',
      寻日: '昨天',
      听日: '明天',
      今日: '今天',
      好似: '好像',
      仲喺: '还在',
      仲有: '还有',
      畀: '给',
      攞: '拿',
      嚟: '来',
      睇: '看',
      揾: '找',
      瞓: '睡',
      系咪: '是不是',
      返工: '上班',
      放工: '下班',
      叫极: '怎么叫',
      嚟整: '来修',
      整返: '修好',
    },
    source:
      'general usage: written Cantonese function words and their Putonghua equivalents, as Hong Kong residents write them',
  },
  {
    // Things in a home and an estate, with the names Hong Kong gives them.
    words: {
      屋企: '家里',
      水喉: '水龙头',
      水喉管: '水管',
      爆水喉: '爆管',
      冷气机: '空调',
      冷气: '空调',
      升降机: '电梯',
      䢂: '电梯',
      雪柜: '冰箱',
      塞咗: '堵了',
      塞住: '堵住',
      渠塞: '下水道堵',
      火牛: '充电器',
      执屋: '收拾屋子',
      屋苑: '小区',
      管理处: '物业',
      隔篱: '隔壁',
      后楼梯: '楼梯',
      灭火筒: '灭火器',
      工人姐姐: '保姆',
      水浸: '进水',
    },
    source:
      'general usage: Hong Kong names for household things and estate facilities against the mainland words',
  },
  {
    // Health, help and danger as Hong Kong says them.
    words: {
      跌低: '摔倒',
      起唔到身: '起不来',
      企唔起: '站不起来',
      郁唔到: '动不了',
      唔郁: '不动',
      行唔到: '走不了',
      跌亲: '摔了',
      仆亲: '摔了',
      晕低: '晕倒',
      睇医生: '看医生',
      睇病: '看病',
      覆诊: '复诊',
      物理治疗: '康复训练',
      老人院: '养老院',
      白车: '救护车',
      救伤车: '救护车',
      差佬: '警察',
      贼仔: '小偷',
      倾偈: '聊天',
      搵工: '找工作',
      揾工: '找工作',
      份工: '工作',
    },
    source:
      'general usage: Hong Kong words for illness, falls, emergencies, the police and work, against the mainland words',
  },
  {
    // Taiwan Mandarin where it differs from the mainland.
    words: {
      瓦斯炉: '燃气灶',
      瓦斯费: '燃气费',
      计程车: '出租车',
      机车: '摩托车',
      网路: '网络',
      讯号: '信号',
      资源回收: '垃圾分类',
      看诊: '看病',
      健保: '医保',
      便当: '盒饭',
      管委会: '物业',
      保全: '保安',
      宅配: '快递',
      脚踏车: '自行车',
    },
    source: 'general usage: Taiwan Mandarin words against mainland Putonghua',
  },
];
