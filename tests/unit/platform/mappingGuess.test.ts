import { describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { computeMapping } from '../../../electron/services/platform/effectiveMapping.js';
import { emptyMapping } from '../../../electron/services/platform/mappingFile.js';
import {
  groupMatchesCategory,
  guessEmergencyService,
  guessNeedService,
} from '../../../electron/services/platform/mappingGuess.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { databaseWithStrictPlatform, strictService, strictServices } from './strictServices.js';

const community = CommunityData.parse(demoCommunity);
const category = (id: string) => {
  const found = community.categories.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};
const need = (id: string) => {
  const found = community.needs.find((n) => n.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the automatic first guess', () => {
  it('files the demo community’s needs under a strict platform’s own codes', () => {
    const catalog = openServiceCatalog(databaseWithStrictPlatform(), createMemoryLogger());
    const mapping = computeMapping(community, emptyMapping, catalog);
    const guessed = Object.fromEntries(
      [...mapping.needs].map(([id, line]) => [id, `${line.origin}:${line.serviceCode}`]),
    );
    expect(guessed).toMatchObject({
      'pipe-leak': 'guess:WTR-LEAK',
      'water-electric-repair': 'guess:ELEC-FAULT',
      'power-cut': 'guess:ELEC-FAULT',
      'rubbish-removal': 'guess:BIN',
      'meal-service': 'guess:MEALS',
      'chronic-followup': 'guess:CHRONIC',
      'home-nursing': 'guess:HOMEVISIT',
      'job-info': 'guess:JOBS',
      'skills-training': 'guess:JOBS',
      'sports-culture': 'guess:ACTIVITY',
      'interest-groups': 'guess:ACTIVITY',
      'neighbour-dispute': 'guess:NOISE',
      patrol: 'guess:PATROL',
      'someone-fell': 'guess:SAFETY-URGENT',
      'gas-leak': 'guess:SAFETY-URGENT',
      // Nothing on this platform is about drains or heating: "something else" takes them.
      'drain-blocked': 'fallback:OTHER',
      'heating-gas': 'fallback:OTHER',
      'reading-room': 'fallback:OTHER',
    });
    for (const line of mapping.categories.values())
      expect(line).toMatchObject({ origin: 'guess', serviceCode: 'OTHER', accepted: true });
    expect(mapping.emergency).toMatchObject({
      origin: 'guess',
      serviceCode: 'SAFETY-URGENT',
      accepted: true,
    });
    // Every need lands somewhere the platform accepts: the fallback catches the rest.
    for (const line of mapping.needs.values()) expect(line.accepted).toBe(true);
  });

  it('does not let one shared word decide (heating’s 燃气 is not a gas leak)', () => {
    expect(
      guessNeedService(need('heating-gas'), category('basic-living'), strictServices),
    ).toBeNull();
  });

  it('refuses to choose between two equally good services', () => {
    const twins = strictServices
      .filter((s) => s.code === 'PATROL')
      .flatMap((s) => [
        { ...s, code: 'SEC-1' },
        { ...s, code: 'SEC-2' },
      ]);
    expect(guessNeedService(need('patrol'), category('safety-emergency'), twins)).toBeNull();
  });

  it('prefers a platform code that is the need’s own id (the reference centre’s scheme)', () => {
    const reference = [
      { ...strictService('WTR-LEAK'), code: 'pipe-leak', name: '管道漏水', keywords: ['漏水'] },
      strictService('WTR-LEAK'),
    ];
    expect(guessNeedService(need('pipe-leak'), category('basic-living'), reference)?.code).toBe(
      'pipe-leak',
    );
  });

  it('reads Open311 groups against the category’s titles and hints', () => {
    expect(groupMatchesCategory('Housing & Repairs', category('basic-living'))).toBe(true);
    expect(groupMatchesCategory('basic-living', category('basic-living'))).toBe(true);
    expect(groupMatchesCategory('看病护理', category('health-medical'))).toBe(true);
    expect(groupMatchesCategory('Public order', category('basic-living'))).toBe(false);
    expect(groupMatchesCategory(null, category('basic-living'))).toBe(false);
  });

  it('finds no emergency service on a platform without one', () => {
    expect(guessEmergencyService(strictServices.filter((s) => s.code !== 'SAFETY-URGENT'))).toBe(
      null,
    );
  });
});
