// More regional words for everyday needs (issue 15, the round of the 47th batch), in the same
// shape as regionalWords.ts and read by the same pass in fold.ts, after Traditional characters
// fold to Simplified (so 搵 is written 揾 here). Words a danger or sense pattern already spells in
// dialect (阿妈, 阿爷, 返屋企) are left alone, and a two-character word that starts a longer
// common one is written with it (冇返 with 冇返工, so "not at work" is not "not back").
import type { RegionalWords } from './regionalWords.js';

export const everydayRegionalGroups: readonly RegionalWords[] = [
  {
    // Written Cantonese for comings and goings, the time of day and the people about: 朝早
    // (morning), 冇返 (not back), 成日 (all day, always), 生面人 (a stranger), 行来行去 (walking
    // up and down), 揾啲嘢做 (look for something to do: work).
    words: {
      朝早: '早上',
      朝头早: '早上',
      冇返: '没回来',
      冇返嚟: '没回来',
      冇返屋企: '没回家',
      冇返工: '没上班',
      冇返学: '没上学',
      未返屋企: '还没回家',
      成日: '整天',
      生面人: '陌生人',
      生面口: '生面孔',
      行来行去: '走来走去',
      行嚟行去: '走来走去',
      揾啲嘢做: '找工作',
      揾份嘢做: '找工作',
    },
    source:
      'general usage: written Cantonese for the time of day, comings and goings, strangers and looking for work, against Putonghua',
  },
  {
    // Shanghainese for playing, feeling unwell and things broken: 白相 (play, pass the time),
    // 勿适意 (unwell), 勿 glued to its verb (not), 坏脱 (broken), 寻开心 stays as it is (to tease).
    words: {
      白相相: '玩玩',
      白相: '玩',
      勿适意: '不舒服',
      适意: '舒服',
      勿晓得: '不知道',
      勿会: '不会',
      勿灵: '不灵',
      勿来事: '不行',
      勿好: '不好',
      坏脱了: '坏了',
      坏脱: '坏了',
      烧脱了: '烧坏了',
    },
    source:
      'general usage: Shanghainese words written in Chinese characters for playing, feeling unwell and things broken, against Putonghua',
  },
  {
    // The older and other names of school subjects, as grandparents say them: 算术 (the old
    // name of maths at primary school), 英文 (English), 国文 and 国语 (Chinese, in Taiwan and the
    // old usage). 算数 is left alone: 说话算数 is keeping one's word.
    words: {
      算术: '数学',
      英文: '英语',
      国文: '语文',
      国语课: '语文课',
    },
    source:
      'general usage: older and regional names of school subjects against the names schools on the mainland use',
  },
];
