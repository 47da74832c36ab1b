// The words grown from data join the groups they name, once each, and say where they came from;
// a pet's noise is a neighbour's noise, while a lost pet still goes to staff.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { grownTerms, withGrownTerms } from '../../../electron/services/matching/grownSynonyms.js';
import { defaultSynonyms } from '../../../electron/services/matching/index.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('grown synonyms', () => {
  it('joins every grown word to its group, once, and names a source for each entry', () => {
    for (const entry of grownTerms) {
      expect(entry.source).toMatch(/^(tuning|resource|need|general): \S/);
      const group = defaultSynonyms[entry.category].find((g) => g.id === entry.group);
      const first =
        entry.chinese.split(/\s+/).filter(Boolean)[0] ?? entry.english?.split(',')[0]?.trim();
      expect(first).toBeDefined();
      expect(group?.terms).toContain(first);
    }
    for (const groups of Object.values(defaultSynonyms)) {
      for (const group of groups) expect(new Set(group.terms).size).toBe(group.terms.length);
    }
  });

  it('refuses an entry naming no group', () => {
    expect(() =>
      withGrownTerms(defaultSynonyms, [
        { category: 'basic-living', group: 'no-such-group', chinese: '词', source: 'tuning: x' },
      ]),
    ).toThrow(/no-such-group/);
  });
});

describe('a pet in the words', () => {
  const matcher = demoMatcher();
  const answer = (description: string) =>
    matcher.answer(
      { category: 'safety-emergency', needId: null, description, gridId: null, at },
      3,
    );

  it('barking upstairs is a neighbour dispute', () => {
    expect(answer('楼上的狗天天叫，吵得没法睡').results[0]?.resource.id).toBe('mediation-room');
  });

  it('a bark a few words after the dog is still its noise', () => {
    expect(answer('邻居家的狗天天半夜叫').results[0]?.resource.id).toBe('mediation-room');
  });

  it('a lost dog is still nothing the community does', () => {
    expect(answer('我的狗不见了').outcome).toBe('for-staff');
  });
});

describe('everyday words, third pass', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) =>
    matcher.answer({ category, needId: null, description, gridId: null, at }, 3).results[0]
      ?.resource.id;

  it.each([
    ['health-medical', '想打流感疫苗', 'health-station'],
    ['health-medical', '我家孩子老是尿床', 'health-station'],
    ['safety-emergency', '我爷爷记性不好，怕他出门找不着家', 'missing-search-team'],
    ['health-medical', '白天想把老爷子送到有人看着的地方', 'day-care-centre'],
    ['safety-emergency', 'the people upstairs play loud music every night', 'mediation-room'],
  ] as const)('%s: "%s" reaches %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});
