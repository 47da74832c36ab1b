// A programme the resident watched, told as how a wish came to mind, is the story: the wish
// after it is the need, and the set inside the programme's name is no set to mend. A drama asked
// for is still out of scope (circumstanceMedia.ts).
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const shown = (category: CategoryId, description: string) =>
  matcher
    .answer({ category, needId: null, description, gridId: null, at }, 3)
    .results.map((result) => result.resource.id);

describe('a programme watched, told as the story', () => {
  it.each([
    ['education-employment', '电视剧里的月嫂挣得挺多，我也想学', ['skills-school']],
    [
      'social-cultural',
      '看连续剧里有人练书法，我也想报个班',
      ['elder-university', 'interest-groups'],
    ],
    ['social-cultural', '电影里老人跳广场舞挺精神，我也想跳', ['culture-centre']],
  ] as const)('%s: "%s" reaches %j', (category, description, ids) => {
    expect(ids).toContain(shown(category, description)[0]);
  });

  it('does not send the television inside the programme to the menders', () => {
    expect(shown('education-employment', '看了个电视剧讲月嫂，我也想学这个挣钱')).not.toContain(
      'handyman-volunteers',
    );
    expect(shown('basic-living', '电视坏了，只有声音没有图像')[0]).toBe('handyman-volunteers');
  });

  it('keeps a drama asked for out of scope', () => {
    expect(shown('social-cultural', '给我推荐个好看的电视剧')).toEqual([]);
    expect(shown('social-cultural', '最近有什么好看的连续剧')).toEqual([]);
  });
});
