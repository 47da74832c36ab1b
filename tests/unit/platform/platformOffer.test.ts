import { describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import {
  type ServiceMappingFile,
  emptyMapping,
} from '../../../electron/services/platform/mappingFile.js';
import { createPlatformOffer } from '../../../electron/services/platform/platformOffer.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import type { PlatformService } from '../../../electron/services/upload/centreGateway.js';
import { databaseWithStrictPlatform, strictServices } from './strictServices.js';

const community = CommunityData.parse(demoCommunity);
const kioskPlace = { latitude: 39.9289, longitude: 116.4883, address: '幸福里路8号 大厅' };

function offerOn(options: {
  services?: PlatformService[];
  configured?: boolean;
  mappingFile?: ServiceMappingFile;
  neverRead?: boolean;
}) {
  const db = databaseWithStrictPlatform(options.services);
  if (options.neverRead) db.prepare('DELETE FROM platform_catalog_state').run();
  const logger = createMemoryLogger();
  const catalog = openServiceCatalog(db, logger);
  const offer = createPlatformOffer({
    configured: options.configured ?? true,
    catalog,
    mappingFile: options.mappingFile ?? emptyMapping,
    directory: { data: () => community, source: () => 'demo-seed' },
    kioskPlace,
    logger,
  });
  return { db, logger, catalog, offer };
}

const offeredNeeds = (offer: ReturnType<typeof offerOn>['offer']) =>
  offer.catalog().categories.flatMap((c) => c.needs.map((n) => n.id));

describe('what residents are offered', () => {
  it('offers every need with no centre configured, and before the platform was ever read', () => {
    for (const options of [{ configured: false }, { neverRead: true }]) {
      const { offer } = offerOn(options);
      expect(offeredNeeds(offer)).toHaveLength(community.needs.length);
      expect(
        offer.choose({ category: 'basic-living', needId: 'pipe-leak', emergency: false }),
      ).toEqual({
        offered: true,
        serviceCode: null,
        mappingSource: null,
        questions: [],
        location: 'choice',
      });
    }
  });

  it('hides needs that map to nothing the platform accepts now', () => {
    // A platform with no "other" service: needs the guess cannot place have nowhere to go.
    const { offer } = offerOn({
      services: strictServices.filter((s) => s.code !== 'OTHER'),
      mappingFile: { needs: { patrol: null }, categories: {} },
    });
    const offered = offeredNeeds(offer);
    expect(offered).toContain('pipe-leak');
    expect(offered).toContain('meal-service');
    expect(offered).not.toContain('patrol');
    expect(offered).not.toContain('drain-blocked');
    expect(offered).not.toContain('reading-room');
    const basic = offer.catalog().categories.find((c) => c.id === 'basic-living');
    expect(basic?.other).toBeNull();
    expect(offer.info()).toMatchObject({
      configured: true,
      needsOffered: offered.length,
      needsHidden: community.needs.length - offered.length,
    });
  });

  it('asks the platform’s questions and where, for needs that happen at home', () => {
    const { offer } = offerOn({});
    const needs = offer.catalog().categories.flatMap((c) => c.needs);
    const meals = needs.find((n) => n.id === 'meal-service');
    expect(meals?.location).toBe('choice');
    expect(meals?.questions.map((q) => [q.code, q.required])).toEqual([
      ['diet', true],
      ['delivery_days', false],
    ]);
    expect(needs.find((n) => n.id === 'job-info')).toMatchObject({
      location: 'kiosk',
      questions: [],
    });
    expect(offer.catalog().categories[0]?.other).toEqual({ location: 'choice', questions: [] });
  });

  it('reports an emergency button that maps to nothing, in the log and for staff', () => {
    const { offer, logger } = offerOn({
      services: strictServices.filter((s) => !['SAFETY-URGENT', 'OTHER'].includes(s.code)),
    });
    offer.checkEmergency();
    expect(offer.info().emergency).toEqual({
      serviceCode: null,
      source: null,
      problem: expect.stringContaining('maps to no service the platform accepts') as unknown,
    });
    const errors = logger.lines.filter((line) => line.includes('"level":"error"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('emergency button');
    offer.checkEmergency();
    expect(logger.lines.filter((line) => line.includes('"level":"error"'))).toHaveLength(1);

    const fine = offerOn({});
    expect(fine.offer.info().emergency).toEqual({
      serviceCode: 'SAFETY-URGENT',
      source: 'guess',
      problem: null,
    });
  });

  it('resolves at send time: the saved code while accepted, a staff problem once withdrawn', () => {
    const { db, catalog, offer } = offerOn({});
    const saved = {
      category: 'basic-living',
      needId: 'meal-service',
      emergency: false,
      serviceCode: 'MEALS',
      mappingSource: 'guess' as const,
    };
    expect(offer.resolveService(saved)).toEqual({
      serviceCode: 'MEALS',
      declaredAttributes: ['diet', 'ticket', 'delivery_days'],
      mapping: { source: 'guess', needId: 'meal-service', category: 'basic-living' },
    });
    // Saved before the platform was known: mapped now.
    expect(
      offer.resolveService({ ...saved, serviceCode: null, mappingSource: null }),
    ).toMatchObject({
      serviceCode: 'MEALS',
      mapping: { source: 'guess' },
    });
    expect(
      offer.resolveService({
        category: 'safety-emergency',
        needId: null,
        emergency: true,
        serviceCode: null,
        mappingSource: null,
      }),
    ).toMatchObject({ serviceCode: 'SAFETY-URGENT', declaredAttributes: [] });

    saveGoodRefresh(db, {
      at: '2026-11-29T00:00:00.000Z',
      services: strictServices
        .filter((s) => s.code !== 'MEALS')
        .map((s) => ({ code: s.code, service: s, definition: null })),
    });
    catalog.reload();
    expect(offer.resolveService(saved)).toEqual({
      problem: expect.stringMatching(
        /^Saved under MEALS for need meal-service \(basic-living\), but the platform no longer lists MEALS \(withdrawn 2026-11-29T00:00:00.000Z\)\. Map the need/,
      ) as unknown,
    });
    // Not offered any more either: the guess falls back to "other" for new requests.
    expect(
      offer.choose({ category: 'basic-living', needId: 'meal-service', emergency: false }),
    ).toMatchObject({ serviceCode: 'OTHER', mappingSource: 'fallback' });
  });

  it('sends the kiosk’s configured place for requests about the kiosk', () => {
    expect(offerOn({}).offer.kioskLocation()).toEqual({
      lat: 39.9289,
      long: 116.4883,
      address: '幸福里路8号 大厅',
    });
  });
});
