// A platform the kiosk does not control may send anything as a service name, group, description,
// question or choice label, and the kiosk shows and prints it. These catalogs are hostile on
// purpose: control characters, bidi overrides, 100 KB names, 10,000 choices.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { questionsOf } from '../../../electron/services/platform/attributeQuestions.js';
import {
  maxChoices,
  maxKeywords,
  platformTextLimits,
} from '../../../electron/services/platform/platformText.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import { createServiceDiscovery } from '../../../electron/services/platform/serviceDiscovery.js';
import type {
  PlatformDefinition,
  PlatformService,
} from '../../../electron/services/upload/centreGateway.js';
import { isPlainText } from '../../../text/plainText.js';
import { dietAttribute, mealsDefinition, strictServices } from './strictServices.js';

function discover(services: unknown, definition: unknown = mealsDefinition) {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  const logger = createMemoryLogger();
  const catalog = openServiceCatalog(db, logger);
  const discovery = createServiceDiscovery({
    db,
    gateway: {
      getServices: () => Promise.resolve(services as PlatformService[]),
      getServiceDefinition: () => Promise.resolve(definition as PlatformDefinition),
    },
    catalog,
    logger,
    now: () => new Date('2026-11-28T01:00:00Z'),
    refreshMs: 3_600_000,
  });
  return { db, logger, catalog, discovery };
}

const [water, electric, ...others] = strictServices;
if (!water || !electric) throw new Error('the strict platform lists its services');

const withService = (overrides: Partial<PlatformService>): PlatformService[] => [
  { ...water, ...overrides },
  electric,
  ...others,
];

const everyShownText = (service: PlatformService): string[] => [
  service.name,
  service.description ?? '',
  service.group ?? '',
  ...service.keywords,
];

describe('a hostile platform catalog', () => {
  it('has its control, bidi and zero-width characters taken out of every shown text', async () => {
    const { catalog, discovery } = discover(
      withService({
        name: 'Water\u0000 leak\u202e 漏水\u200b报修\u0007',
        description: 'Call\u001b[2J us\u2066 now\r\nplease',
        group: '\u202dHousing\u0085',
        keywords: ['\u0000', 'wa\u200bter', 'pipe\u202e'],
      }),
    );
    expect(await discovery.refresh()).toMatchObject({ kind: 'refreshed' });
    const water = catalog.known('WTR-LEAK')?.service;
    expect(water).toMatchObject({
      name: 'Water leak 漏水报修',
      description: 'Call[2J us now\nplease',
      group: 'Housing',
      keywords: ['water', 'pipe'],
    });
    for (const { service } of catalog.accepted()) {
      for (const text of everyShownText(service)) {
        expect(isPlainText(text, { multiline: true }), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('has a 100 KB name cut with an ellipsis, not refused, and the refresh stays quick', async () => {
    const huge = '漏水'.repeat(50_000) + 'x'.repeat(100_000);
    const { catalog, discovery } = discover(
      withService({
        name: huge,
        description: huge,
        group: huge,
        keywords: Array.from({ length: 5_000 }, (_, index) => `kw${index}${'y'.repeat(1_000)}`),
      }),
    );
    const started = performance.now();
    expect(await discovery.refresh()).toMatchObject({ kind: 'refreshed' });
    expect(performance.now() - started).toBeLessThan(2_000);
    const water = catalog.known('WTR-LEAK')?.service;
    expect([...(water?.name ?? '')]).toHaveLength(platformTextLimits.serviceName);
    expect(water?.name.endsWith('…')).toBe(true);
    expect(water?.name.startsWith('漏水漏水')).toBe(true);
    expect([...(water?.description ?? '')].length).toBeLessThanOrEqual(
      platformTextLimits.description,
    );
    expect([...(water?.group ?? '')].length).toBeLessThanOrEqual(platformTextLimits.group);
    expect(water?.keywords).toHaveLength(maxKeywords);
    expect(water?.keywords.every((k) => [...k].length <= platformTextLimits.keyword)).toBe(true);
  });

  it('skips a service whose name is nothing but control characters, with a log line', async () => {
    const { catalog, discovery, logger } = discover(
      withService({ name: '\u0000\u0001\u202e\u200b\u0007' }),
    );
    expect(await discovery.refresh()).toMatchObject({ kind: 'refreshed' });
    expect(catalog.known('WTR-LEAK')).toBeUndefined();
    expect(catalog.known('ELEC-FAULT')).toBeDefined();
    expect(logger.lines.join('\n')).toContain('no readable name');
    expect(logger.lines.join('\n')).toContain('WTR-LEAK');
  });

  it('fails the refresh (keeping the last good copy) when no name is readable at all', async () => {
    const { discovery } = discover(
      strictServices.map((service) => ({ ...service, name: '\u202e\u0000' })),
    );
    expect(await discovery.refresh()).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('readable name'),
    });
  });

  it('shows 10,000 choices as the first few hundred, and skips choices without a label', async () => {
    const choices = Array.from({ length: 10_000 }, (_, index) => ({
      key: `k${index}`,
      name: index % 2 === 0 ? `选项\u202e${index}` : '\u0000\u200b',
    }));
    const { catalog, discovery, logger } = discover(strictServices, {
      ...mealsDefinition,
      attributes: [
        { ...dietAttribute, description: '饮食\u0007要求\u2067', values: choices },
        ...mealsDefinition.attributes.slice(1),
      ],
    });
    expect(await discovery.refresh()).toMatchObject({ kind: 'refreshed', definitionProblems: [] });
    const diet = questionsOf(catalog.known('MEALS')?.definition ?? null).find(
      (question) => question.code === 'diet',
    );
    expect(diet?.description).toBe('饮食要求');
    expect(diet?.values).toHaveLength(maxChoices);
    expect(diet?.values[0]).toEqual({ key: 'k0', name: '选项0' });
    expect(diet?.values.every((value) => isPlainText(value.name, { multiline: false }))).toBe(true);
    const log = logger.lines.join('\n');
    expect(log).toContain('without a readable label');
    expect(log).toContain('too many choices');
  });

  it('does not offer a service whose required question cannot be read', async () => {
    const { catalog, discovery, logger } = discover(strictServices, {
      ...mealsDefinition,
      attributes: [
        { ...dietAttribute, values: [{ key: 'normal', name: '\u202e' }] },
        ...mealsDefinition.attributes.slice(1),
      ],
    });
    expect(await discovery.refresh()).toMatchObject({
      kind: 'refreshed',
      definitionProblems: ['MEALS'],
    });
    expect(catalog.standing('MEALS').kind).toBe('no-definition');
    expect(logger.lines.join('\n')).toContain('required attribute diet');
  });

  it('leaves out an optional question without readable text', async () => {
    const { catalog, discovery } = discover(strictServices, {
      ...mealsDefinition,
      attributes: mealsDefinition.attributes.map((attribute) =>
        attribute.code === 'delivery_days'
          ? { ...attribute, description: '\u0000\u202a' }
          : attribute,
      ),
    });
    await discovery.refresh();
    const codes = questionsOf(catalog.known('MEALS')?.definition ?? null).map((q) => q.code);
    expect(codes).toEqual(['diet']);
  });

  it('cleans a cache written before these rules, when the kiosk starts', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const hostile = [
      { ...water, name: 'Water\u202e leak' },
      { ...electric, name: '\u0000' },
    ];
    saveGoodRefresh(db, {
      at: '2026-11-28T00:00:00.000Z',
      services: hostile.map((service) => ({ code: service.code, service, definition: null })),
    });
    const logger = createMemoryLogger();
    const catalog = openServiceCatalog(db, logger);
    expect(catalog.known('WTR-LEAK')?.service.name).toBe('Water leak');
    expect(catalog.known('ELEC-FAULT')).toBeUndefined();
    expect(logger.lines.join('\n')).toContain('no readable name');
  });
});
