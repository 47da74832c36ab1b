// The reference centre (npm run centre, and npm start's demo) names its services after the
// kiosk's own need ids: with no mapping file at all, the guess must file every need under its
// own code, so the demo needs no configuration.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { migrate } from '../../../db/migrate.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { computeMapping } from '../../../electron/services/platform/effectiveMapping.js';
import { emptyMapping } from '../../../electron/services/platform/mappingFile.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import type { PlatformService } from '../../../electron/services/upload/centreGateway.js';
import { buildCatalog } from '../../../centre/server/catalog/catalog.js';

describe('the reference centre’s services', () => {
  it('map every demo need to its own code and every category to its own "other"', () => {
    const community = CommunityData.parse(demoCommunity);
    // As open311Service renders them: name in the locale, group = category, keywords listed.
    const services: PlatformService[] = [...buildCatalog(community).values()].map((entry) => ({
      code: entry.code,
      name: entry.name['zh-CN'],
      description: entry.description['zh-CN'],
      group: entry.category,
      keywords: [...entry.keywords],
      type: 'batch',
      // Their definitions hold only the kiosk's own fact codes; none is needed to map.
      metadata: false,
    }));
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    saveGoodRefresh(db, {
      at: '2026-11-28T00:00:00.000Z',
      services: services.map((service) => ({ code: service.code, service, definition: null })),
    });
    const mapping = computeMapping(
      community,
      emptyMapping,
      openServiceCatalog(db, createMemoryLogger()),
    );
    for (const need of community.needs) {
      expect(mapping.needs.get(need.id), need.id).toMatchObject({
        origin: 'guess',
        serviceCode: need.id,
        accepted: true,
      });
    }
    for (const category of community.categories) {
      expect(mapping.categories.get(category.id)?.serviceCode).toBe(`${category.id}-other`);
    }
    expect(mapping.emergency).toMatchObject({ accepted: true });
  });
});
