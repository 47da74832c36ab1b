import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { readCatalogState } from '../../../db/repositories/platformCatalog.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import {
  type Timers,
  createServiceDiscovery,
} from '../../../electron/services/platform/serviceDiscovery.js';
import type {
  PlatformDefinition,
  PlatformService,
} from '../../../electron/services/upload/centreGateway.js';
import { mealsDefinition, strictService, strictServices } from './strictServices.js';

/** A platform whose answers the test sets before each refresh. */
function scriptedPlatform() {
  const platform = {
    services: (): Promise<PlatformService[]> => Promise.resolve(strictServices),
    definition: (code: string): Promise<PlatformDefinition> =>
      code === 'MEALS'
        ? Promise.resolve(mealsDefinition)
        : Promise.reject(new Error(`no definition for ${code}`)),
    calls: 0,
  };
  return {
    platform,
    gateway: {
      getServices: () => {
        platform.calls += 1;
        return platform.services();
      },
      getServiceDefinition: (code: string) => platform.definition(code),
    },
  };
}

function setUp() {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  const logger = createMemoryLogger();
  const catalog = openServiceCatalog(db, logger);
  const clock = { now: new Date('2026-11-28T01:00:00Z') };
  const { platform, gateway } = scriptedPlatform();
  const discovery = createServiceDiscovery({
    db,
    gateway,
    catalog,
    logger,
    now: () => clock.now,
    refreshMs: 60 * 60_000,
  });
  return { db, logger, catalog, clock, platform, discovery };
}

describe('service discovery', () => {
  it('caches the list and each declared definition, and offers what it read', async () => {
    const { db, catalog, discovery } = setUp();
    expect(catalog.accepted()).toEqual([]);
    expect(await discovery.refresh()).toEqual({
      kind: 'refreshed',
      services: strictServices.length,
      withdrawn: [],
      definitionProblems: [],
    });
    expect(catalog.standing('MEALS')).toMatchObject({
      kind: 'accepted',
      definition: { serviceCode: 'MEALS', attributes: expect.any(Array) as unknown },
    });
    expect(catalog.counts()).toEqual({ accepted: strictServices.length, withdrawn: 0 });
    // A restart reads the same copy back from SQLite.
    expect(openServiceCatalog(db, createMemoryLogger()).accepted()).toEqual(catalog.accepted());
  });

  it('keeps the last good copy when the platform is down or answers nonsense', async () => {
    const { db, catalog, clock, platform, discovery, logger } = setUp();
    await discovery.refresh();
    const good = catalog.accepted();
    clock.now = new Date('2026-11-28T02:00:00Z');
    platform.services = () => Promise.reject(new Error('connect ECONNREFUSED'));
    expect(await discovery.refresh()).toEqual({ kind: 'failed', reason: 'connect ECONNREFUSED' });
    platform.services = () => Promise.resolve([]);
    expect(await discovery.refresh()).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('listed no services') as unknown,
    });
    platform.services = () =>
      Promise.resolve([strictService('BIN'), { ...strictService('BIN'), name: 'twice' }]);
    expect(await discovery.refresh()).toMatchObject({
      reason: expect.stringContaining('share a code') as unknown,
    });
    platform.services = () =>
      Promise.resolve([{ code: '', name: 'no code' }] as unknown as PlatformService[]);
    expect(await discovery.refresh()).toMatchObject({ kind: 'failed' });
    expect(catalog.accepted()).toEqual(good);
    expect(readCatalogState(db)).toMatchObject({
      fetchedAt: '2026-11-28T01:00:00.000Z',
      attemptedAt: '2026-11-28T02:00:00.000Z',
      lastError: expect.stringContaining('invalid service list') as unknown,
    });
    expect(logger.lines.some((line) => line.includes('keeping the last good copy'))).toBe(true);
  });

  it('flags a service that disappears as withdrawn, and un-flags it when it returns', async () => {
    const { catalog, clock, platform, discovery } = setUp();
    await discovery.refresh();
    clock.now = new Date('2026-11-28T03:00:00Z');
    platform.services = () => Promise.resolve(strictServices.filter((s) => s.code !== 'BIN'));
    expect(await discovery.refresh()).toMatchObject({ withdrawn: ['BIN'] });
    expect(catalog.standing('BIN')).toMatchObject({
      kind: 'withdrawn',
      since: '2026-11-28T03:00:00.000Z',
    });
    expect(catalog.counts()).toEqual({ accepted: strictServices.length - 1, withdrawn: 1 });
    platform.services = () => Promise.resolve(strictServices);
    await discovery.refresh();
    expect(catalog.standing('BIN').kind).toBe('accepted');
  });

  it('keeps a definition it knew when re-reading it fails; never offers one it never read', async () => {
    const { catalog, platform, discovery, logger } = setUp();
    const withNotes = strictServices.map((s) =>
      s.code === 'NOISE' ? { ...s, metadata: true } : s,
    );
    platform.services = () => Promise.resolve(withNotes);
    expect(await discovery.refresh()).toMatchObject({ definitionProblems: ['NOISE'] });
    expect(catalog.standing('NOISE').kind).toBe('no-definition');
    expect(logger.lines.some((l) => l.includes('not offered') && l.includes('NOISE'))).toBe(true);

    platform.definition = () => Promise.reject(new Error('HTTP 503'));
    expect(await discovery.refresh()).toMatchObject({ definitionProblems: ['MEALS', 'NOISE'] });
    expect(catalog.standing('MEALS')).toMatchObject({ kind: 'accepted' });
    platform.definition = () => Promise.resolve({ ...mealsDefinition, serviceCode: 'BIN' });
    await discovery.refresh();
    expect(catalog.standing('MEALS')).toMatchObject({ definition: mealsDefinition });
  });

  it('refreshes at start and then every interval until stopped', async () => {
    const { db, catalog, logger } = setUp();
    const { platform, gateway } = scriptedPlatform();
    const pending: { callback: () => void; ms: number }[] = [];
    const timers: Timers = {
      setTimeout: (callback, ms) => pending.push({ callback, ms }),
      clearTimeout: () => pending.splice(0),
    };
    let refreshed = 0;
    const discovery = createServiceDiscovery({
      db,
      gateway,
      catalog,
      logger,
      now: () => new Date('2026-11-28T01:00:00Z'),
      refreshMs: 15 * 60_000,
      timers,
      onRefreshed: () => (refreshed += 1),
    });
    const firstDone = new Promise<void>((resolve) => {
      const check = () => (pending.length > 0 ? resolve() : setImmediate(check));
      check();
    });
    discovery.start();
    await firstDone;
    expect(platform.calls).toBe(1);
    expect(refreshed).toBe(1);
    expect(pending.map((p) => p.ms)).toEqual([15 * 60_000]);
    // The next tick comes only when the timer fires: no overlapping refreshes.
    const next = pending.splice(0)[0];
    const secondDone = new Promise<void>((resolve) => {
      const check = () => (pending.length > 0 ? resolve() : setImmediate(check));
      check();
    });
    next?.callback();
    await secondDone;
    expect(platform.calls).toBe(2);
    await discovery.stop();
    expect(pending).toEqual([]);
  });

  it('tries a failed refresh again soon, backing off to the interval, and resets when it works', async () => {
    const { db, catalog, logger } = setUp();
    const { platform, gateway } = scriptedPlatform();
    const pending: { callback: () => void; ms: number }[] = [];
    const timers: Timers = {
      setTimeout: (callback, ms) => pending.push({ callback, ms }),
      clearTimeout: () => pending.splice(0),
    };
    const discovery = createServiceDiscovery({
      db,
      gateway,
      catalog,
      logger,
      now: () => new Date('2026-11-28T01:00:00Z'),
      refreshMs: 60_000,
      retryMs: 5_000,
      timers,
    });
    const nextWait = async (run: () => void): Promise<number> => {
      const scheduled = new Promise<number>((resolve) => {
        const check = () => {
          const next = pending.splice(0)[0];
          if (next) {
            waiting = next.callback;
            resolve(next.ms);
          } else setImmediate(check);
        };
        check();
      });
      run();
      return scheduled;
    };
    let waiting: () => void = () => undefined;
    platform.services = () => Promise.reject(new Error('connect ECONNREFUSED'));
    const waits = [await nextWait(() => discovery.start())];
    for (let i = 0; i < 4; i += 1) waits.push(await nextWait(() => waiting()));
    expect(waits).toEqual([5_000, 10_000, 20_000, 40_000, 60_000]);
    expect(platform.calls).toBe(5);

    // It works: back to the interval.
    platform.services = () => Promise.resolve(strictServices);
    expect(await nextWait(() => waiting())).toBe(60_000);
    // A list read, but a declared definition not: soon again, from the start of the back-off.
    platform.definition = () => Promise.reject(new Error('timeout'));
    expect(await nextWait(() => waiting())).toBe(5_000);
    platform.definition = () => Promise.resolve(mealsDefinition);
    expect(await nextWait(() => waiting())).toBe(60_000);
    expect(platform.calls).toBe(8);
    expect(readCatalogState(db)?.lastError).toBeNull();
    await discovery.stop();
  });
});
