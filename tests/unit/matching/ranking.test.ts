// The ranking rules: own grid first, closed and full lower but still listed, urgency, ties by id,
// reasons that explain the score, and clear errors for malformed queries.
import { describe, expect, it } from 'vitest';
import type { CommonNeed } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMatcher } from '../../../electron/services/matching/index.js';
import { ask, byId, demoMatcher, rankedIds, smallHours, wednesdayMorning } from './demoMatcher.js';
import { alwaysOpen, neverOpen, resource } from './syntheticResources.js';

const leakNeed: CommonNeed = {
  id: 'leak',
  category: 'basic-living',
  title: { 'zh-CN': '漏水', 'zh-TW': '漏水', en: 'Leak' },
  description: { 'zh-CN': '漏水', 'zh-TW': '漏水', en: 'Leak' },
  keywords: ['漏水', '水管'],
  urgentByDefault: true,
};

describe('grid preference', () => {
  it('puts the resident’s own property office first, the other grids’ offices lower', () => {
    for (const [gridId, office] of [
      ['yangguang', 'property-yangguang'],
      ['xfl-north', 'property-xfl-north'],
      ['jinxiu', 'property-jinxiu'],
    ] as const) {
      const matches = demoMatcher.match(
        ask('basic-living', '', { needId: 'property-repair', gridId }),
        6,
      );
      expect(matches[0]?.resource.id, gridId).toBe(office);
      expect(matches[0]?.reasons).toContainEqual({
        kind: 'own-grid',
        gridId,
        points: expect.any(Number),
      });
      const others = matches.slice(1).filter((match) => match.resource.id.startsWith('property-'));
      expect(others.length, gridId).toBeGreaterThanOrEqual(3);
    }
  });

  it('ranks own grid, then community-wide, then another grid, all else equal', () => {
    const matcher = createMatcher({
      needs: [],
      resources: [
        resource('other-grid', { gridId: 'b' }),
        resource('community-wide', { gridId: null }),
        resource('own-grid', { gridId: 'a' }),
      ],
    });
    const ids = matcher
      .match(ask('basic-living', '水管漏水', { gridId: 'a' }), 5)
      .map((m) => m.resource.id);
    expect(ids).toEqual(['own-grid', 'community-wide', 'other-grid']);
  });

  it('prefers community-wide resources when the resident’s grid is unknown', () => {
    const matcher = createMatcher({
      needs: [],
      resources: [resource('grid-bound', { gridId: 'a' }), resource('community-wide')],
    });
    const ids = matcher.match(ask('basic-living', '水管漏水'), 5).map((m) => m.resource.id);
    expect(ids).toEqual(['community-wide', 'grid-bound']);
  });
});

describe('closed and full resources', () => {
  const matcher = createMatcher({
    needs: [leakNeed],
    resources: [
      resource('a-closed', { hours: neverOpen }),
      resource('b-full', { capacity: { limit: 3, inUse: 3 } }),
      resource('c-open-free', { capacity: { limit: 3, inUse: 1 } }),
    ],
  });

  it('ranks them below an open resource with room, and still lists them', () => {
    const matches = matcher.match(ask('basic-living', '水管漏水'), 5);
    // Not urgent: a closed service calls back tomorrow, a full one cannot take you at all.
    expect(matches.map((m) => m.resource.id)).toEqual(['c-open-free', 'a-closed', 'b-full']);
    expect(byId(matches, 'b-full')).toMatchObject({ hasCapacity: false, openNow: true });
    expect(byId(matches, 'a-closed')).toMatchObject({ hasCapacity: true, openNow: false });
  });

  it('ranks a closed resource below a full one when the need is urgent', () => {
    const matches = matcher.match(ask('basic-living', '', { needId: 'leak' }), 5);
    expect(matches.map((m) => m.resource.id)).toEqual(['c-open-free', 'b-full', 'a-closed']);
  });

  it('never hides every resource: all closed and full are still listed', () => {
    const closedAndFull = createMatcher({
      needs: [],
      resources: [
        resource('x', { hours: neverOpen, capacity: { limit: 1, inUse: 1 } }),
        resource('y', { hours: neverOpen, capacity: { limit: 2, inUse: 2 } }),
      ],
    });
    const matches = closedAndFull.match(ask('basic-living', '水管漏水'), 5);
    expect(matches.map((m) => m.resource.id)).toEqual(['x', 'y']);
    expect(matches.every((m) => !m.openNow && !m.hasCapacity)).toBe(true);
  });

  it('keeps a full but clearly right service first (the home nursing station is full)', () => {
    const matches = demoMatcher.match(ask('health-medical', '老伴瘫痪在床,需要护士上门换药'), 3);
    expect(matches[0]?.resource.id).toBe('home-nursing');
    expect(matches[0]?.hasCapacity).toBe(false);
  });

  it('keeps a closed but clearly right service first for a non-urgent need at night', () => {
    const matches = demoMatcher.match(
      ask('health-medical', '', { needId: 'health-checkup', at: smallHours }),
      3,
    );
    expect(matches[0]?.resource.id).toBe('health-station');
    expect(matches[0]?.openNow).toBe(false);
  });
});

describe('urgency', () => {
  const matcher = createMatcher({
    needs: [leakNeed, { ...leakNeed, id: 'leak-calm', urgentByDefault: false }],
    resources: [
      resource('a-closed', { hours: neverOpen }),
      resource('b-open', { hours: alwaysOpen }),
    ],
  });
  const gap = (query: Parameters<typeof matcher.match>[0]) => {
    const [first, second] = matcher.match(query, 2);
    expect(first?.resource.id).toBe('b-open');
    return (first?.score ?? 0) - (second?.score ?? 0);
  };

  it('values "open now" more for an urgent need, whether tapped, chosen or written', () => {
    const calm = gap(ask('basic-living', '', { needId: 'leak-calm' }));
    expect(gap(ask('basic-living', '', { needId: 'leak' }))).toBeGreaterThan(calm);
    expect(gap(ask('basic-living', '', { needId: 'leak-calm', urgent: true }))).toBeGreaterThan(
      calm,
    );
    expect(gap(ask('basic-living', '水管漏水,很紧急'))).toBeGreaterThan(calm);
    expect(gap(ask('basic-living', '', { needId: 'leak', urgent: false }))).toBe(calm);
  });

  it('sends "someone has fallen" at one in the morning to the emergency team, open', () => {
    const [first] = demoMatcher.match(
      ask('safety-emergency', '', { needId: 'someone-fell', at: smallHours }),
      3,
    );
    expect(first?.resource.id).toBe('emergency-team');
    expect(first?.openNow).toBe(true);
  });
});

describe('deterministic ties', () => {
  const same = ['c-team', 'a-team', 'b-team'].map((id) => resource(id));

  it('breaks equal scores by id, whatever the input order', () => {
    for (const order of [same, [...same].reverse(), [same[1], same[2], same[0]]]) {
      const matcher = createMatcher({ needs: [], resources: order.filter((r) => r !== undefined) });
      const matches = matcher.match(ask('basic-living', '水管'), 3);
      expect(matches.map((m) => m.resource.id)).toEqual(['a-team', 'b-team', 'c-team']);
      expect(new Set(matches.map((m) => m.score)).size).toBe(1);
    }
  });

  it('gives the same answer every time for the same query', () => {
    const query = ask('basic-living', '', { needId: 'property-repair' });
    const first = demoMatcher.match(query, 10);
    for (let i = 0; i < 5; i += 1) expect(demoMatcher.match(query, 10)).toEqual(first);
  });

  it('returns the same top entries whatever the limit', () => {
    const query = ask('social-cultural', '想参加活动');
    const all = rankedIds(query, 50);
    for (const limit of [1, 2, 3, 5, 8])
      expect(rankedIds(query, limit)).toEqual(all.slice(0, limit));
  });
});

describe('reasons', () => {
  it('add up to the score', () => {
    for (const query of [
      ask('basic-living', '家里水管漏水,需要紧急维修', { gridId: 'xfl-north' }),
      ask('health-medical', '', { needId: 'counselling', at: smallHours }),
      ask('safety-emergency', 'my father fell and cannot get up'),
      ask('basic-living', '有人摔倒了'),
      ask('safety-emergency', '', { urgent: true }),
    ]) {
      for (const match of demoMatcher.match(query, 5)) {
        const sum = match.reasons.reduce((total, reason) => total + reason.points, 0);
        expect(sum, match.resource.id).toBeCloseTo(match.score, 1);
      }
    }
  });

  it('name the synonym group when the resident used another word', () => {
    const [first] = demoMatcher.match(ask('basic-living', '楼上渗水到我家天花板'), 1);
    expect(first?.reasons).toContainEqual({
      kind: 'keyword',
      term: '管道维修',
      via: 'synonym',
      points: expect.any(Number),
    });
  });

  it('show the resident’s own English word, not its stem', () => {
    const [first] = demoMatcher.match(ask('health-medical', 'I need my medicine delivered'), 1);
    expect(first?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'keyword', term: 'medicine', via: 'word' }),
    );
  });

  it('list a resource from another category only when the words point to it', () => {
    const matches = demoMatcher.match(ask('basic-living', '有人摔倒了'), 20);
    const fall = byId(matches, 'emergency-team');
    expect(fall).toBeDefined();
    expect(fall?.reasons.some((reason) => reason.kind === 'category')).toBe(false);
    expect(fall?.reasons).toContainEqual({
      kind: 'described-category',
      category: 'safety-emergency',
      points: expect.any(Number),
    });
    for (const match of matches) {
      expect(
        match.reasons.some((reason) => reason.kind === 'category' || reason.kind === 'keyword'),
        match.resource.id,
      ).toBe(true);
    }
  });
});

describe('requests that name nothing the matcher knows', () => {
  it('the emergency button (safety, no need, no words) lists first aid, then the police', () => {
    const ids = rankedIds(ask('safety-emergency', '', { urgent: true, at: smallHours }), 3);
    expect(ids.slice(0, 2)).toEqual(['emergency-team', 'police-room']);
  });

  it('an unknown word still reaches the general service of the category', () => {
    expect(rankedIds(ask('health-medical', '我说不清楚是怎么回事')).slice(0, 2).sort()).toEqual([
      'family-doctor-team',
      'health-station',
    ]);
    expect(rankedIds(ask('education-employment', ''))[0]).toBe('employment-station');
  });

  it('lets words that point to another category win over the chosen category’s unrelated services', () => {
    const [first] = demoMatcher.match(ask('basic-living', '有人摔倒了'), 1);
    expect(first?.resource.id).toBe('emergency-team');
  });
});

describe('queries and data', () => {
  it('returns nothing for limit 0 and rejects a negative or fractional limit', () => {
    expect(demoMatcher.match(ask('basic-living', '漏水'), 0)).toEqual([]);
    expect(() => demoMatcher.match(ask('basic-living', '漏水'), -1)).toThrow(RangeError);
    expect(() => demoMatcher.match(ask('basic-living', '漏水'), 1.5)).toThrow(RangeError);
  });

  it('rejects an invalid date and an unknown category', () => {
    expect(() =>
      demoMatcher.match(ask('basic-living', '漏水', { at: new Date('nonsense') }), 3),
    ).toThrow(TypeError);
    expect(() =>
      demoMatcher.match({ ...ask('basic-living', '漏水'), category: 'cooking' as never }, 3),
    ).toThrow(RangeError);
  });

  it('ignores an unknown need id and still ranks by category and words', () => {
    expect(rankedIds(ask('basic-living', '水管漏水', { needId: 'no-such-need' }))[0]).toBe(
      'repair-team',
    );
  });

  it('lists every category resource when there is nothing to go on', () => {
    const inCategory = demoCommunity.resources.filter((r) =>
      r.categories.includes('education-employment'),
    );
    const matches = demoMatcher.match(ask('education-employment', ''), 100);
    expect(matches.map((m) => m.resource.id).sort()).toEqual(inCategory.map((r) => r.id).sort());
  });

  it('reports duplicate ids and unknown grids instead of refusing to match', () => {
    const matcher = createMatcher({
      needs: [leakNeed, leakNeed],
      resources: [resource('twin'), resource('twin'), resource('lost', { gridId: 'nowhere' })],
      grids: [],
    });
    expect(matcher.problems).toEqual([
      'duplicate resource id "twin"',
      'duplicate need id "leak"',
      'resource "lost" names unknown grid "nowhere"',
    ]);
    expect(matcher.match(ask('basic-living', '漏水'), 5)).toHaveLength(3);
  });

  it('has no problems with the demo community', () => {
    expect(demoMatcher.problems).toEqual([]);
  });

  it('uses a fixed instant, not the machine clock', () => {
    expect(wednesdayMorning.toISOString()).toBe('2025-03-05T02:00:00.000Z');
  });
});

describe('places and clauses the need itself names', () => {
  it('puts the room in the building the need names first, with no grid given', () => {
    expect(rankedIds(ask('social-cultural', '4号楼那个活动室现在还开着吗，想去打会儿牌'))[0]).toBe(
      'activity-room-xfl-north',
    );
  });

  it('reads the grid an estate name places the need in, with no grid given', () => {
    expect(rankedIds(ask('social-cultural', '我住和平里，想找个下棋的地方'))[0]).toBe(
      'activity-room-heping',
    );
  });

  it('does not let a purpose clause outweigh the ask', () => {
    const matches = demoMatcher.match(ask('education-employment', '想考个电工证，好找工作'), 2);
    expect(matches[0]?.resource.id).toBe('skills-school');
  });

  it('does not reread a real word typed as a homophone of another term', () => {
    const ids = rankedIds(ask('social-cultural', '天天在家坐着，有没有什么事可以做'), 3);
    expect(ids).not.toContain('police-room');
  });

  it('reads a job of any trade or workplace as work, in scope', () => {
    const answer = demoMatcher.answer(ask('education-employment', '想在这边找个超市收银的活'), 3);
    expect(answer.results[0]?.resource.id).toBe('employment-station');
  });

  it('sends wages owed to staff, the story’s duration not taken for the ask', () => {
    const answer = demoMatcher.answer(
      ask('education-employment', '在工地干了半年，老板拖着工资不给，三个月了'),
      3,
    );
    expect(answer.outcome).toBe('for-staff');
  });

  it('rewards being open at the time the need names, not now', () => {
    const ids = rankedIds(ask('education-employment', '周末想找人给孩子辅导作业'), 2);
    expect(ids[0]).toBe('tutoring-volunteers');
  });

  it('still reports open now, not open at the time named', () => {
    const [first] = demoMatcher.match(ask('education-employment', '周末想找人给孩子辅导作业'), 1);
    expect(first?.openNow).toBe(false);
    expect(first?.reasons.some((reason) => reason.kind === 'open')).toBe(true);
  });
});
