// A request whose words signal danger reaches a strict Open311 platform urgent, with the danger
// named in its description's facts line ("危险 flood"), though the resident tapped "normal":
// the platform's staff see both that it is urgent and why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { parseFactsLine } from '../../../upstream/wire/factsLine.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { type StrictCentre, type StrictRecord, startStrictCentre } from './support/strictCentre.js';

const root = mkdtempSync(join(tmpdir(), 'kiosk-danger-'));
let centre: StrictCentre;
let kiosk: TestKiosk;

beforeAll(async () => {
  centre = await startStrictCentre(join(root, 'centre'));
  kiosk = await startTestKiosk({
    dataDir: join(root, 'kiosk'),
    now: new Date(),
    env: { ...centre.kioskEnv, KIOSK_STATUS_POLL_SECONDS: '3600' },
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

async function onPlatform(ticket: string): Promise<StrictRecord> {
  return vi.waitFor(
    async () => {
      const [found] = await centre.requestsWithTicket(ticket);
      if (!found) throw new Error(`${ticket} is not on the platform yet`);
      return found;
    },
    { timeout: 15_000, interval: 50 },
  );
}

describe('danger words on the way to the platform', () => {
  it('forwards the request urgent, naming the danger in the facts line', async () => {
    const saved = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: 'pipe-leak',
      description: '水管爆了，家里进水了',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
      location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元501' },
    });
    expect(findRequestByTicket(kiosk.runtime.db, saved.ticket)?.dangerKinds).toBe('flood');
    const record = await onPlatform(saved.ticket);
    const facts = parseFactsLine(record.description);
    expect(facts).toMatchObject({ ticket: saved.ticket, urgency: 'urgent', danger: 'flood' });
    // The resident's words come first, untouched.
    expect(record.description.startsWith('水管爆了，家里进水了')).toBe(true);
  });

  it('names a person missing now as the danger, for the platform’s staff', async () => {
    const saved = await kiosk.call('submitRequest', {
      category: 'safety-emergency',
      needId: 'missing-elder',
      description: '我爸早上出门遛弯，到现在还没回来',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
    });
    expect(findRequestByTicket(kiosk.runtime.db, saved.ticket)?.dangerKinds).toBe('missing');
    const facts = parseFactsLine((await onPlatform(saved.ticket)).description);
    expect(facts).toMatchObject({ ticket: saved.ticket, urgency: 'urgent', danger: 'missing' });
  });

  it('forwards an ordinary request with no danger named', async () => {
    const saved = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: 'pipe-leak',
      description: '厨房水管有点渗水',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
      location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元502' },
    });
    const facts = parseFactsLine((await onPlatform(saved.ticket)).description);
    expect(facts).toMatchObject({ ticket: saved.ticket, urgency: 'normal' });
    expect(facts?.danger).toBeUndefined();
  });
});
