// Submitting against a strict platform the kiosk has already read: the catalogue the resident
// sees, the platform's questions checked at submit, the chosen place sealed with the personal
// fields, and the service code stored on the request row.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { openDatabase } from '../../../db/openDatabase.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { unseal } from '../../../electron/services/security/sealedFields.js';
import type { PlatformService } from '../../../electron/services/upload/centreGateway.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { mealsDefinition, strictServices } from '../../unit/platform/strictServices.js';

let kiosk: TestKiosk | undefined;
let root: string | undefined;
afterEach(async () => {
  await kiosk?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
  kiosk = undefined;
  root = undefined;
});

/** A kiosk whose catalogue cache already holds the platform, pointed at a centre that is down. */
async function kioskOnStrictPlatform(
  options: { services?: PlatformService[]; mapping?: unknown } = {},
): Promise<TestKiosk> {
  root = mkdtempSync(join(tmpdir(), 'kiosk-platform-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  const seeded = openDatabase(join(dataDir, 'kiosk.sqlite'));
  saveGoodRefresh(seeded, {
    at: '2026-11-28T00:00:00.000Z',
    services: (options.services ?? strictServices).map((s) => ({
      code: s.code,
      service: s,
      definition: s.code === 'MEALS' ? mealsDefinition : null,
    })),
  });
  seeded.close();
  if (options.mapping !== undefined)
    writeFileSync(join(dataDir, 'service-mapping.json'), JSON.stringify(options.mapping));
  kiosk = await startTestKiosk({
    dataDir,
    env: {
      // Nothing listens here: discovery fails and the cached copy stands.
      KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/',
      KIOSK_LATITUDE: '39.9289',
      KIOSK_LONGITUDE: '116.4883',
      KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
    },
  });
  return kiosk;
}

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: 'meal-service',
  description: '想订午餐',
  urgency: 'normal',
  contact: { phone: '13812345678' },
  language: 'zh-CN',
  ...overrides,
});

async function errorOf(promise: Promise<unknown>): Promise<{ message: string; path?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; path?: unknown };
  }
  throw new Error('expected the call to fail');
}

function sealedOf(k: TestKiosk, ticket: string): Record<string, unknown> {
  const row = findRequestByTicket(k.runtime.db, ticket);
  if (!row?.personalSealed) throw new Error('nothing sealed');
  return unseal(k.runtime.keys, row.personalSealed) as Record<string, unknown>;
}

describe('requests on a strict platform', () => {
  it('offers the mapped needs with their questions, and tells staff how the mapping stands', async () => {
    const k = await kioskOnStrictPlatform({ mapping: { needs: { 'reading-room': null } } });
    const catalog = await k.call('getCatalog', {});
    const needs = catalog.categories.flatMap((c) => c.needs);
    expect(needs.map((n) => n.id)).not.toContain('reading-room');
    expect(needs.find((n) => n.id === 'meal-service')?.questions.map((q) => q.code)).toEqual([
      'diet',
      'delivery_days',
    ]);
    const info = await k.call('getKioskInfo', {});
    expect(info.platform).toMatchObject({
      configured: true,
      servicesFetchedAt: '2026-11-28T00:00:00.000Z',
      servicesAccepted: strictServices.length,
      needsHidden: 1,
      emergency: { serviceCode: 'SAFETY-URGENT', source: 'guess', problem: null },
      directorySource: 'demo-seed',
    });
  });

  it('checks the answers at submit and seals them with the typed address', async () => {
    const k = await kioskOnStrictPlatform();
    expect(await errorOf(k.call('submitRequest', draft()))).toMatchObject({
      code: 'invalid-input',
      message: 'attribute-required',
      path: ['attributes', 'diet'],
    });
    expect(
      await errorOf(k.call('submitRequest', draft({ attributes: { diet: 'halal' } }))),
    ).toMatchObject({ message: 'attribute-not-a-choice', path: ['attributes', 'diet'] });
    expect(
      await errorOf(k.call('submitRequest', draft({ attributes: { diet: 'soft', floor: '3' } }))),
    ).toMatchObject({ message: 'attribute-undeclared', path: ['attributes', 'floor'] });

    const saved = await k.call(
      'submitRequest',
      draft({
        attributes: { diet: 'soft', delivery_days: ['mon', 'fri'] },
        location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元501' },
      }),
    );
    const row = findRequestByTicket(k.runtime.db, saved.ticket);
    expect(row).toMatchObject({ serviceCode: 'MEALS', mappingSource: 'guess' });
    const plain = JSON.stringify({ ...row, personalSealed: null });
    expect(plain).not.toContain('3号楼');
    expect(plain).not.toContain('soft');
    expect(sealedOf(k, saved.ticket)).toEqual({
      name: null,
      phone: '13812345678',
      description: '想订午餐',
      attributes: { diet: 'soft', delivery_days: ['mon', 'fri'] },
      location: { lat: null, long: null, address: '幸福里小区3号楼 2单元501' },
    });
  });

  it('uses the card’s address only when a card was read, and the kiosk’s place otherwise', async () => {
    const k = await kioskOnStrictPlatform();
    expect(
      await errorOf(
        k.call('submitRequest', draft({ needId: 'pipe-leak', location: { kind: 'card-address' } })),
      ),
    ).toMatchObject({ message: 'card-address-unavailable', path: ['location'] });
    expect(
      await errorOf(
        k.call(
          'submitRequest',
          draft({
            category: 'education-employment',
            needId: 'job-info',
            location: { kind: 'typed', building: '3号楼' },
          }),
        ),
      ),
    ).toMatchObject({ message: 'location-not-asked', path: ['location'] });

    await k.call('placeDemoCard', { cardId: 'han-resident' });
    const read = await k.call('readCard', { waitMs: 10_000 });
    if (read.outcome !== 'card') throw new Error('the demo card was not read');
    const atHome = await k.call(
      'submitRequest',
      draft({
        needId: 'pipe-leak',
        contact: { cardToken: read.card.token },
        location: { kind: 'card-address' },
      }),
    );
    expect(sealedOf(k, atHome.ticket).location).toEqual({
      lat: null,
      long: null,
      address: '北京市朝阳区幸福里小区3号楼2单元501室',
    });
    expect(findRequestByTicket(k.runtime.db, atHome.ticket)?.serviceCode).toBe('WTR-LEAK');

    const atKiosk = await k.call(
      'submitRequest',
      draft({ category: 'education-employment', needId: 'job-info' }),
    );
    expect(sealedOf(k, atKiosk.ticket).location).toEqual({
      lat: 39.9289,
      long: 116.4883,
      address: '幸福里路8号社区服务中心大厅',
    });
  });

  it('refuses a need the platform does not take, but saves an emergency whatever maps', async () => {
    const k = await kioskOnStrictPlatform({
      services: strictServices.filter(
        (s) => !['SAFETY-URGENT', 'OTHER', 'PATROL'].includes(s.code),
      ),
    });
    expect(
      await errorOf(
        k.call('submitRequest', draft({ category: 'safety-emergency', needId: 'patrol' })),
      ),
    ).toMatchObject({ message: 'need-not-offered', path: ['needId'] });
    const info = await k.call('getKioskInfo', {});
    expect(info.platform.emergency.problem).toContain('maps to no service the platform accepts');
    expect(k.logs.some((line) => line.includes('emergency button has a problem'))).toBe(true);
    const emergency = await k.call('submitEmergency', { phone: '13812345678', language: 'zh-CN' });
    expect(findRequestByTicket(k.runtime.db, emergency.ticket)).toMatchObject({
      emergency: true,
      serviceCode: null,
      mappingSource: null,
    });
  });
});
