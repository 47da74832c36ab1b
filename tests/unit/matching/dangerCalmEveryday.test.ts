// Everyday complaints that hold a danger word stay calm (a switch that does nothing, water that
// comes up each time one showers, breathlessness every winter, a fall that nearly happened, a
// bedridden parent who cannot get up), while the same words about a person, or with a sign that
// it is bad now, still offer the emergency call.
import { describe, expect, it } from 'vitest';
import { demoMatcher } from './demoMatcher.js';

const danger = (text: string) => demoMatcher.danger(text, null)?.kinds ?? [];

describe('everyday complaints with a danger word', () => {
  it.each([
    '电视遥控器按了半天没反应',
    '门口那个按钮按下去没反应，门也不开',
    '厨房水池一放水就漫出来，满地都是',
    '每年冬天老伴儿就喘得厉害，想找大夫看看',
    '楼门口的台阶坏了，老人差点绊倒',
    '老头子在家躺着起不来炕，想找人来家打针',
    '马桶按了冲水没反应',
    '洗衣机按了开始键没动静',
    '洗澡的时候水漫到脚面，半天才下去',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });

  it.each([
    ['叫我爸半天没反应', 'medical'],
    ['按了半天门铃，里面的老人没反应', 'medical'],
    ['一到冬天就喘得厉害，现在喘不上气了', 'medical'],
    ['我爸一到冬天就胸口疼得厉害，现在满头大汗', 'medical'],
    ['一进门就闻到很大的煤气味', 'gas'],
    ['他差点摔倒，现在站不起来了', 'fall'],
    ['我妈卧床好几年了，今天从床上摔下来起不来了', 'fall'],
    ['厕所一冲水就往外冒，满屋子都是水，关不住', 'flood'],
    ['浴缸的水下不去，都漫到客厅了', 'flood'],
  ])('"%s" is still %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });
});
