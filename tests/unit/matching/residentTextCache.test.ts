// The matcher caches the normalised forms of the directory's own short texts (keywords, titles),
// which repeat on every request. It once cached residents' descriptions as well, when short: two
// strings per request kept until 50,000 had gathered, the soak's largest growing memory and
// residents' words held long after their visit. Matching many distinct descriptions must leave
// the caches as they were after the first request.
import { describe, expect, it } from 'vitest';
import { cachedTextCount, residentText } from '../../../electron/services/matching/text.js';
import { ask, demoMatcher } from './demoMatcher.js';

const needs = ['pipe-leak', 'power-cut', 'rubbish-removal', 'chronic-followup', null] as const;

describe('what residents typed', () => {
  it('is not kept in the matcher’s caches, however many distinct requests it answers', () => {
    const answerOne = (n: number) =>
      demoMatcher.answer(
        ask('basic-living', `第${n}号：楼道灯坏了，ＡＢＣ`, {
          needId: needs[n % needs.length] ?? null,
        }),
        3,
      );
    for (let n = 0; n < needs.length; n += 1) answerOne(n);
    const warm = cachedTextCount();
    for (let n = needs.length; n < 2_000; n += 1) answerOne(n);
    expect(cachedTextCount()).toBe(warm);
  });

  it('is normalised as the directory’s texts are: full-width folded, Traditional to Simplified', () => {
    expect(residentText('ＡＢＣ 漏水 電梯壞了 can’t')).toBe('abc 漏水 电梯坏了 cant');
  });
});
