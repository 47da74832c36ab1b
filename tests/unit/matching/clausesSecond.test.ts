// Probes of the kinds the 33rd batch taught (needs typed under the wrong tile, mixed needs):
// fresh phrasings, not taken from any batch, pinned so the general rules keep holding.
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../contract/community.js';
import { ask, demoMatcher } from './demoMatcher.js';

const first = (category: CategoryId, description: string, gridId: string | null = null) =>
  demoMatcher.answer(ask(category, description, { gridId }), 3).results[0]?.resource.id;

describe('clauses, second round', () => {
  it('reads where the resident is now as the story, not the need', () => {
    expect(first('social-cultural', '在活动室打麻将呢，想起来家里药没了，谁能送点来')).toBe(
      'pharmacy',
    );
    expect(first('social-cultural', '我正在广场上遛弯呢，家里厕所堵了')).toBe('repair-team');
    // With nothing else known, the place is what the need is about.
    expect(first('social-cultural', '我在图书室看书呢，想问问能不能借回家')).toBe(
      'community-library',
    );
  });

  it('takes the first-named need before an afterthought', () => {
    expect(first('basic-living', '厨房水管漏了，另外问一下垃圾桶能不能多放一个')).toBe(
      'repair-team',
    );
  });

  it('names the grid by the area in its name', () => {
    expect(first('basic-living', '我是幸福里北区的，楼道灯不亮了')).toBe('property-xfl-north');
  });

  it('reads circumstance as circumstance', () => {
    expect(first('social-cultural', '儿女都在外地，一到过节就孤孤单单的')).toBe(
      'companion-volunteers',
    );
    expect(first('health-medical', '我妈记性越来越差，白天想找个地方托管她')).toBe(
      'day-care-centre',
    );
    expect(first('education-employment', '失业了想学个技术，将来好找活')).toBe('skills-school');
  });

  it('hears no danger in looking for work, and a shop to open as a start-up', () => {
    const answer = demoMatcher.answer(ask('basic-living', '儿子一直没找到工作，社区能帮帮忙吗'), 3);
    expect(answer.danger).toBeNull();
    expect(answer.results[0]?.resource.id).toBe('employment-station');
    expect(first('safety-emergency', '我想盘个小超市，不知道从哪下手')).toBe('startup-mentors');
  });
});
