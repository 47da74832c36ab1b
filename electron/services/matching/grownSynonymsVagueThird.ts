// Needs told vaguely, third round (issue 15, "nothing fits" precision: an in-scope need that
// reaches no service goes to staff). Every entry starts from a miss of the thirty-fifth batch
// (all tuning; named in its source) and adds the family of words residents use for that
// circumstance, not the one sentence's words: a little money to earn, a trade to learn, a boss
// of one's own, a phone's voice messages, fishing and songbirds, a game of cards or chess, a
// flat too quiet, an uneasy walk home, things that keep going missing. No "who × what" phrase
// products (characterEvidence.ts): a few phrases per family, each checked against the pinned
// characters of grownSynonyms.test.ts.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this circumstance, told vaguely (batch 35)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const vagueThirdGrownTerms: readonly GrownTerms[] = [
  {
    category: 'education-employment',
    group: 'jobs',
    // A little money to earn, said as the wish (想挣点…), not as a job; not 挣点 alone, which also
    // ends a wish to learn a trade (想学按摩推拿挣点钱: the skills school), nor 零花钱 (its 花
    // would leave the gardening group's character).
    chinese: '想挣点 想赚点 想多挣点 想多赚点 想挣俩钱 外快 挣外快 赚外快 补贴家用 差事 找个差事',
    english: 'pocket money, earn a little, odd jobs, side income',
    source: tuning('想挣点零花钱; 退休了还想发挥点余热，挣点'),
  },
  {
    category: 'education-employment',
    group: 'training',
    // A trade to learn, said as the trade or as "a skill to live by".
    chinese:
      '学理发 学美发 学本事 学点本事 学技术 学门技术 学个技术 学门手艺 学个手艺 学厨艺 学烹饪 学面点 学电焊 学焊工 学按摩 学推拿 学修车',
    english: 'learn a trade, learn hairdressing, learn to cook',
    source: tuning('想学理发; 想学点本事好找活'),
  },
  {
    category: 'education-employment',
    group: 'digital',
    // The phone's voice messages and short videos, which a grandchild sends.
    chinese: '语音消息 发语音 听语音 语音听不了 听不了语音 短视频 刷视频 发视频',
    english: 'voice message, voice messages, short videos',
    source: tuning('孙子发的语音听不了'),
  },
  {
    category: 'education-employment',
    group: 'startup',
    // Being one's own boss, a small trade of one's own.
    chinese: '当老板 做老板 自己当老板 自己干 做小生意 小生意 做点生意 做买卖 小买卖',
    english: 'be my own boss, small business, run my own business',
    source: tuning('想自己当老板'),
  },
  {
    category: 'social-cultural',
    group: 'hobbies',
    // Pastimes by their everyday names: fishing, songbirds, fish and flowers, collecting.
    chinese: '养鸟 遛鸟 鸟友 集邮 收藏 弹琴 电子琴 葫芦丝 吹笛子 拉琴 票友 唱戏',
    english: 'fishing, birds, songbirds, stamp collecting',
    // Not fishing: its 钓 would point a place to fish (nothing the community has) at the groups.
    source: tuning('喜欢养鸟，找个伴'),
  },
  {
    category: 'social-cultural',
    group: 'games',
    // A game of cards or chess, said as the players say it.
    chinese: '杀一盘 杀两盘 下一盘 下两盘 搓两圈 搓麻 搓麻将 三缺一 凑一桌 牌搭子 棋友 掼蛋 打扑克',
    english: 'a game of chess, a round of mahjong',
    source: tuning('找人杀一盘'),
  },
  {
    category: 'social-cultural',
    group: 'fitness',
    // Stiff legs and a wish to move them: exercise, said as the body's wish.
    chinese:
      '动弹动弹 想动弹 活动筋骨 活动活动筋骨 松松筋骨 舒展筋骨 伸伸胳膊 伸伸腿 抻抻筋 练练身子',
    english: 'stretch my legs, loosen up, keep moving',
    source: tuning('腿脚想动弹动弹'),
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    // A flat too quiet, a day too dull: told as the feeling.
    chinese: '怪闷的 好闷 闷得很 闷死了 无聊 好无聊 没意思 没个说话的 没人说说话 没人陪 心里空落落',
    english: 'bored, so bored, nobody to talk to',
    source: tuning('一个人怪闷的'),
  },
  {
    category: 'safety-emergency',
    group: 'patrol',
    // An uneasy walk home, a dark estate: eyes on the estate at night, not a danger.
    chinese:
      '回家心里发毛 瘆得慌 瘆人 走夜路 不敢走夜路 晚上不敢出门 天黑不敢出门 晚上回家怕 晚上回家害怕',
    english: 'scared walking home at night, uneasy at night',
    source: tuning('晚上回家心里发毛; 小区晚上黑灯瞎火的，怕'),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // Things that keep going missing, a parcel taken: petty theft, the police room's.
    chinese:
      '丢了好几回 老丢东西 总丢东西 东西老丢 丢了东西 被人拿走 被拿走 快递被拿 快递被偷 快递丢了 快递老丢',
    english: 'things keep going missing, parcel stolen',
    source: tuning('最近丢了好几回东西; 快递老被人拿走'),
  },
  {
    category: 'education-employment',
    group: 'jobs',
    // Still able to work and wanting to: told as "a bit more work", not as a job.
    chinese: '想再干点 再干点活 还想干点 还能干活 想找点事做 找点事干',
    english: 'still want to work, some work to do',
    source: `${general}; probe: 退休金不够花，想再干点`,
  },
  {
    category: 'education-employment',
    group: 'training',
    // Learning to mend things as a trade.
    chinese: '学修手机 学修电器 学修家电 学维修 学家电维修',
    english: 'learn to repair phones, learn appliance repair',
    source: `${general}; probe: 想学修手机`,
  },
  {
    category: 'education-employment',
    group: 'reading',
    // A few books to borrow, named by their kind.
    chinese: '借几本 借本书 菜谱 小说 看小说 杂志 看杂志',
    english: 'novels, magazines, cookbooks',
    source: `${general}; probe: 想借几本菜谱`,
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // A lock tampered with, a bank card "frozen" by a message: the police room's.
    chinese: '被人动过 锁被动过 门被人动过 锁眼被堵 门上有记号 卡被冻结 冻结了 安全账户',
    english: 'lock tampered with, account frozen',
    source: `${general}; probes: 家门锁好像被人动过; 收到短信说我医保卡冻结了`,
  },
];
