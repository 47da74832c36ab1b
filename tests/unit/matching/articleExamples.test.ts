// The source document's three example needs (§3.1). Its keyword-overlap scorer matched the
// leaking pipe only on "维修"; here the repair team must come first, and the other two must reach
// the clinic and the job services a person would send them to.
import { describe, expect, it } from 'vitest';
import { ask, demoMatcher, rankedIds, smallHours } from './demoMatcher.js';

describe('the source article’s example needs', () => {
  it('101 老人需要定期体检和慢性病管理 → the community health station, then the family doctors', () => {
    const ids = rankedIds(ask('health-medical', '老人需要定期体检和慢性病管理'));
    expect(ids[0]).toBe('health-station');
    expect(ids[1]).toBe('family-doctor-team');
  });

  it('102 年轻人想找工作,需要职业培训 → the skills school and the employment service point', () => {
    const ids = rankedIds(ask('education-employment', '年轻人想找工作,需要职业培训'));
    expect(ids.slice(0, 2).sort()).toEqual(['employment-station', 'skills-school']);
  });

  it('103 家里水管漏水,需要紧急维修 → the repair team first, by a clear margin', () => {
    const [first, second] = demoMatcher.match(ask('basic-living', '家里水管漏水,需要紧急维修'), 3);
    expect(first?.resource.id).toBe('repair-team');
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'keyword', term: '水管', via: 'word' }),
        expect.objectContaining({ kind: 'keyword', term: '漏水', via: 'word' }),
      ]),
    );
    expect((first?.score ?? 0) - (second?.score ?? 0)).toBeGreaterThan(20);
  });

  it('103 also reaches the repair team in other words: 渗水, 爆管, "burst pipe"', () => {
    for (const description of [
      '楼上渗水到我家天花板',
      '厨房水管爆管了',
      'A burst pipe is flooding my kitchen',
    ]) {
      expect(rankedIds(ask('basic-living', description))[0], description).toBe('repair-team');
    }
  });

  it('103 at one in the morning, tapped as the common need: the 24-hour repair team, open', () => {
    const [first] = demoMatcher.match(
      ask('basic-living', '', { needId: 'pipe-leak', at: smallHours }),
      3,
    );
    expect(first?.resource.id).toBe('repair-team');
    expect(first?.openNow).toBe(true);
  });
});
