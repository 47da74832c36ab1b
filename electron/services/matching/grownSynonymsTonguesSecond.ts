// Chinese words grown for needs typed in other tongues, second round (issue 15, the round of
// the 32nd batch). Dialect words are read as Putonghua first (regionalWordsMainland.ts: 耍 is
// 玩, 摆一哈 is 聊一下, 莫得 is 没有), so the words here are the Putonghua a dialect sentence
// becomes, written for the whole family of that circumstance. Each entry names its source: a
// miss of the batch's tuning cases, or phrasings written beside it to find the family.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents from other regions say of this circumstance (round of batch 32)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const tonguesSecondGrownTerms: readonly GrownTerms[] = [
  {
    // Nothing to do and a place wanted to pass the time: the activity rooms.
    category: 'social-cultural',
    group: 'games',
    chinese:
      '没什么玩的 没有什么玩的 没啥玩的 没得玩 找个地方玩 找地方玩 有地方玩 地方玩一下 玩一下 好玩的地方 玩的地方 去哪里玩一下',
    source: tuning('平时莫得啥子耍的，想找个地方耍一哈'),
  },
  {
    // Opening a small eatery of one's own: the start-up mentors.
    category: 'education-employment',
    group: 'startup',
    chinese:
      '小馆子 开馆子 开个馆子 开小馆子 开饭馆 开个饭馆 开小饭馆 开餐馆 开小吃店 开个面馆 摆摊 摆个摊 开个小店 自己开店 自己做生意 做点小生意',
    source: tuning('想自己开个小馆子，不晓得咋个弄'),
  },
  {
    // The heart as the seat of feeling (心头 in the south-west, 心里 elsewhere): low in spirits.
    category: 'health-medical',
    group: 'mental',
    chinese:
      '心头不舒服 心里不舒服 心头难受 心头堵 心里堵 心头闷 心里闷得慌 心里不痛快 心头不痛快 心里不好受 心头不好受',
    source: tuning('心头不巴适，老是睡不着，想找人摆一哈'),
  },
  {
    // 读书 is going to school in Hong Kong, Taiwan and the south (个仔读书跟唔上): schoolwork
    // that lags behind wants a tutor, not the library's reading.
    category: 'education-employment',
    group: 'tutoring',
    chinese: '读书跟不上 读书不好 读书不行 读书吃力 读书成绩 补习 想补习 找人补习 补一下课',
    source: tuning('個仔讀書跟唔上，想搵人補習'),
  },
  {
    // Someone to come and keep one company, whoever is asked for it (a volunteer, a neighbour).
    category: 'social-cultural',
    group: 'companionship',
    chinese: '来陪陪我 陪陪我 来陪我 陪我说说话 陪我聊聊 过来陪陪 来家里陪陪',
    source: tuning('想拔个电话给志愿者，让他们来陪陪我'),
  },
];
