// Who comes first where the danger kind alone does not say: water coming in from a drain or
// the street is the flood depot's, a burst pipe in the home the plumbers'; a worry about a fall
// is the property office's and a fire hazard the fire station's, not the emergency team's; a gas
// smell with a headache is the gas service's first, a faint beside it the emergency team's.
import { describe, expect, it } from 'vitest';
import { ask, demoMatcher, rankedIds } from './demoMatcher.js';

describe('the first resource for a danger, by what the words say', () => {
  it('sends water coming up from a drain to the flood depot, a burst pipe to the plumbers', () => {
    expect(rankedIds(ask('basic-living', '下水道往上冒水，屋里全是水'))[0]).toBe(
      'disaster-supplies',
    );
    expect(rankedIds(ask('basic-living', '地漏往外反水，臭水漫了一地，客厅都泡上了'))[0]).toBe(
      'disaster-supplies',
    );
    expect(rankedIds(ask('basic-living', '卫生间水管爆了，水哗哗往外喷，地上全是水'))[0]).toBe(
      'repair-team',
    );
    expect(rankedIds(ask('basic-living', '楼上漏水，我家满地都是水'))[0]).toBe('repair-team');
  });

  it('reads a worry or a judgement as the reason, not the ask', () => {
    expect(rankedIds(ask('basic-living', '楼道灯不亮，怕老人摔倒'))[0]).toMatch(/^property-/);
    expect(rankedIds(ask('safety-emergency', '电动车在楼道充电，太危险了'))[0]).toBe(
      'fire-station',
    );
  });

  it('puts the gas service first for a gas smell with a headache, the emergency team for a faint', () => {
    const headache = demoMatcher.answer(ask('health-medical', '廚房有股瓦斯味，我媽說頭痛想吐'), 3);
    expect(headache.danger?.kinds).toEqual(['gas']);
    expect(headache.results[0]?.resource.id).toBe('gas-heating-station');
    const faint = demoMatcher.answer(ask('basic-living', '煤气味很重，我爸晕倒了'), 3);
    expect(faint.danger?.kinds).toEqual(['medical', 'gas']);
  });
});
