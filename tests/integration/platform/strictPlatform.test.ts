// The kiosk against a platform it has never seen: the reference centre in strict mode (its own
// codes, string booleans, jurisdiction_id required, unknown fields refused, Idempotency-Key
// ignored, generic-first errors, de-duplication, no extensions), a real server on a free port,
// and the kiosk's whole runtime in-process on a temp data dir. Everything the kiosk knows of the
// platform comes through discovery; everything the platform holds is read back through its own
// HTTP surface and counted by the ticket in each description's facts line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { readPlatformServices } from '../../../db/repositories/platformCatalog.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { parseFactsLine } from '../../../upstream/wire/factsLine.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { strictOpen311Validators } from './support/open311Schemas.js';
import { type StrictCentre, type StrictRecord, startStrictCentre } from './support/strictCentre.js';

const root = mkdtempSync(join(tmpdir(), 'kiosk-strict-'));
let centre: StrictCentre;
let kiosk: TestKiosk;

const kioskPlace = {
  KIOSK_LATITUDE: '39.9289',
  KIOSK_LONGITUDE: '116.4883',
  KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅',
  // Polls only when the test moves the kiosk's clock on.
  KIOSK_STATUS_POLL_SECONDS: '3600',
};

beforeAll(async () => {
  centre = await startStrictCentre(join(root, 'centre'));
  kiosk = await startTestKiosk({
    dataDir: join(root, 'kiosk'),
    now: new Date(),
    env: { ...centre.kioskEnv, ...kioskPlace },
  });
  await vi.waitFor(
    async () => {
      const info = await kiosk.call('getKioskInfo', {});
      if (info.platform.servicesFetchedAt === null) throw new Error('not read yet');
    },
    { timeout: 15_000, interval: 50 },
  );
});

afterAll(async () => {
  await kiosk?.stop();
  await centre?.close();
  rmSync(root, { recursive: true, force: true });
});

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: 'pipe-leak',
  description: '厨房水管漏水',
  urgency: 'normal',
  contact: { phone: '13812345678' },
  language: 'zh-CN',
  location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元501' },
  ...overrides,
});

/** Waits until the platform holds a record with this ticket, then gives every such record. */
async function onPlatform(ticket: string): Promise<StrictRecord[]> {
  return vi.waitFor(
    async () => {
      const found = await centre.requestsWithTicket(ticket);
      if (found.length === 0) throw new Error(`${ticket} is not on the platform yet`);
      return found;
    },
    { timeout: 15_000, interval: 50 },
  );
}

/** Waits until the kiosk has settled the request's outbox entry (sent, found or dead). */
async function settled(k: TestKiosk, ticket: string): Promise<{ state: string; id: number }> {
  return vi.waitFor(
    () => {
      const row = k.runtime.db
        .prepare(
          `SELECT o.id, o.state FROM outbox o JOIN requests r ON r.id = o.request_id
           WHERE r.ticket = ? AND o.kind = 'request'`,
        )
        .get(ticket) as { id: number; state: string } | undefined;
      if (!row || row.state === 'waiting' || row.state === 'held')
        throw new Error(`${ticket} is still ${row?.state ?? 'unsaved'}`);
      return row;
    },
    { timeout: 15_000, interval: 50 },
  );
}

describe('the kiosk on a strict Open311 platform it has never seen', () => {
  it('reads the platform’s services and definitions and caches them', async () => {
    const listed = (await centre.get('services.json', { jurisdiction_id: 'xingfuli' })).body as {
      service_code: string;
      metadata: string;
    }[];
    const cached = readPlatformServices(kiosk.runtime.db);
    expect(cached.map((s) => s.code).sort()).toEqual(listed.map((s) => s.service_code).sort());
    expect(cached.every((s) => s.withdrawnAt === null)).toBe(true);
    // A definition for exactly the services the platform says have one ("metadata": "true").
    const withDefinition = listed.filter((s) => s.metadata === 'true').map((s) => s.service_code);
    expect(
      cached
        .filter((s) => s.definition !== null)
        .map((s) => s.code)
        .sort(),
    ).toEqual(withDefinition.sort());
    const meals = cached.find((s) => s.code === 'MEALS')?.definition as {
      attributes: { code: string; required: boolean; values: { key: string }[] }[];
    };
    // "required": "true" on the wire is read as a boolean.
    expect(meals.attributes.find((a) => a.code === 'diet')).toMatchObject({ required: true });

    const info = await kiosk.call('getKioskInfo', {});
    expect(info.platform).toMatchObject({
      configured: true,
      lastRefreshError: null,
      servicesAccepted: listed.length,
      servicesWithdrawn: 0,
      emergency: { serviceCode: 'SAFETY-URGENT', source: 'guess', problem: null },
    });
    expect(info.platform.needsOffered + info.platform.needsHidden).toBeGreaterThan(0);
  });

  it('asks the platform’s own required question for meals', async () => {
    const catalog = await kiosk.call('getCatalog', {});
    const meals = catalog.categories.flatMap((c) => c.needs).find((n) => n.id === 'meal-service');
    const diet = meals?.questions.find((q) => q.code === 'diet');
    expect(diet).toMatchObject({ required: true });
    await expect(
      kiosk.call('submitRequest', draft({ needId: 'meal-service', location: undefined })),
    ).rejects.toMatchObject({ code: 'invalid-input', message: 'attribute-required' });
  });

  it('files a pipe leak under the platform’s leak code by guess, exactly once, with its facts line', async () => {
    const saved = await kiosk.call('submitRequest', draft());
    expect(findRequestByTicket(kiosk.runtime.db, saved.ticket)).toMatchObject({
      serviceCode: 'WTR-LEAK',
      mappingSource: 'guess',
    });
    await settled(kiosk, saved.ticket);
    const records = await onPlatform(saved.ticket);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.service_code).toBe('WTR-LEAK');
    expect(record?.description.startsWith('厨房水管漏水')).toBe(true);
    expect(parseFactsLine(record?.description)).toMatchObject({
      kioskId: 'A03',
      ticket: saved.ticket,
      // The receipt's QR adds a secret that is never sent: the platform gets the stored code.
      lookupCode: findRequestByTicket(kiosk.runtime.db, saved.ticket)?.lookupCode,
      category: 'basic-living',
    });
    expect(record?.address).toBe('幸福里小区3号楼 2单元501');
  });

  it('sends the answered diet question and the platform takes the request once', async () => {
    const before = (await centre.stats()).requests;
    const saved = await kiosk.call(
      'submitRequest',
      draft({
        needId: 'meal-service',
        description: '想订午餐',
        attributes: { diet: 'soft', meals: ['lunch', 'dinner'] },
        location: undefined,
      }),
    );
    expect((await settled(kiosk, saved.ticket)).state).toBe('sent');
    const records = await onPlatform(saved.ticket);
    expect(records.map((r) => r.service_code)).toEqual(['MEALS']);
    const id = records[0]?.service_request_id ?? '';
    expect(centre.storedAttributes(id)).toEqual({ diet: 'soft', meals: 'lunch,dinner' });
    expect((await centre.stats()).requests).toBe(before + 1);
    expect(findRequestByTicket(kiosk.runtime.db, saved.ticket)?.serviceCode).toBe('MEALS');
  });

  it('files the emergency button under the platform’s urgent service', async () => {
    const saved = await kiosk.call('submitEmergency', { phone: '13900001111', language: 'zh-CN' });
    await settled(kiosk, saved.ticket);
    const records = await onPlatform(saved.ticket);
    expect(records.map((r) => r.service_code)).toEqual(['SAFETY-URGENT']);
    expect(parseFactsLine(records[0]?.description)).toMatchObject({ emergency: true });
  });

  it('shows the handler closing a request, with the note, on “check my request”', async () => {
    const saved = await kiosk.call('submitRequest', draft({ description: '卫生间水龙头漏水' }));
    await settled(kiosk, saved.ticket);
    const [record] = await onPlatform(saved.ticket);
    expect(record?.status).toBe('open');
    const note = '师傅已上门更换水龙头';
    const closed = await centre.stage(record?.service_request_id ?? '', 'done', note);
    expect(closed).toMatchObject({ status: 'closed', status_notes: note });

    // The next status poll is due once the kiosk's clock has moved past the poll interval.
    kiosk.clock.now = new Date(kiosk.clock.now.getTime() + 3_600_000 + 1_000);
    const status = await vi.waitFor(
      async () => {
        // The receipt's QR code opens the whole status, the handler's note included.
        const reply = await kiosk.call('getRequestStatus', { ticket: saved.lookupCode });
        if (reply.stage !== 'done') throw new Error(`still ${reply.stage}`);
        return reply;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(status.handlerNote).toBe(note);
    expect(status.stages.find((s) => s.stage === 'done')?.at).not.toBeNull();
  });

  it('sent only what the published Open311 schemas allow, as the platform lists it', async () => {
    const validators = strictOpen311Validators();
    const listed = await centre.requests();
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(validators['requests.json'](listed)).toEqual([]);
    for (const record of listed) {
      const one = await centre.get(`requests/${record.service_request_id}.json`, {
        jurisdiction_id: 'xingfuli',
        api_key: centre.kioskEnv.KIOSK_UPSTREAM_API_KEY ?? '',
      });
      expect(validators['requests.json'](one.body)).toEqual([]);
    }
    const services = await centre.get('services.json', { jurisdiction_id: 'xingfuli' });
    expect(validators['services.json'](services.body)).toEqual([]);
    // Every record came from the kiosk, carries its facts line, and no attribute was ignored.
    expect(listed.every((r) => parseFactsLine(r.description)?.kioskId === 'A03')).toBe(true);
    expect(centre.notes.filter((n) => n.includes('ignored attribute'))).toEqual([]);
  });
});
