import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordStage } from '../../../db/repositories/requestStatus.js';
import { waitingEntries } from '../../../db/repositories/outbox.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { productionEnv } from '../../support/productionEnv.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

async function readDemoCard(cardId: 'han-resident' | 'bad-check-digit' | 'minority-resident') {
  await kiosk.call('placeDemoCard', { cardId });
  return kiosk.call('readCard', { waitMs: 10_000 });
}

describe('reading an ID card for a journey', () => {
  it('hands the page a name, a masked number and a token, never the number', async () => {
    const result = await readDemoCard('han-resident');
    if (result.outcome !== 'card') throw new Error(`no card: ${JSON.stringify(result)}`);
    expect(result.card.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(JSON.stringify(result)).not.toMatch(/\d{17}[\dX]/);
    expect(kiosk.logs.join('\n')).not.toMatch(/\d{17}[\dX]/);
  });

  it('turns a card with a bad check digit into a plain category the screen can explain', async () => {
    const result = await readDemoCard('bad-check-digit');
    expect(result).toMatchObject({ outcome: 'error', category: 'card-rejected' });
  });

  it('says no-card when nothing is placed in time', async () => {
    expect(await kiosk.call('readCard', { waitMs: 500 })).toEqual({ outcome: 'no-card' });
  });

  it('finds the requests made with the same card, and forgets the card when the visit ends', async () => {
    const read = await readDemoCard('han-resident');
    if (read.outcome !== 'card') throw new Error('no card');
    const submitted = await kiosk.call('submitRequest', {
      category: 'health-medical',
      needId: null,
      description: '',
      urgency: 'normal',
      contact: { cardToken: read.card.token },
      language: 'zh-CN',
    });
    expect(submitted.maskedName).toMatch(/\*/);
    const stored = findRequestByTicket(kiosk.runtime.db, submitted.ticket);
    expect(stored?.idHash).toMatch(/^[0-9a-f]{64}$/);
    const mine = await kiosk.call('findMyRequests', { cardToken: read.card.token });
    expect(mine.requests.map((request) => request.ticket)).toEqual([submitted.ticket]);

    await kiosk.call('endVisit', {});
    await expect(
      kiosk.call('findMyRequests', { cardToken: read.card.token }),
    ).rejects.toMatchObject({ message: 'card-expired' });
    // The same card read in a later visit finds it again.
    await kiosk.call('placeDemoCard', { cardId: null });
    // The reader must see the card leave before it reads one again (HARDWARE.md, behaviour).
    await vi.waitFor(
      async () => expect((await kiosk.call('getCardReaderState', {})).state).toBe('waiting'),
      {
        timeout: 5_000,
      },
    );
    const again = await readDemoCard('han-resident');
    if (again.outcome !== 'card') throw new Error('no card');
    expect(
      (await kiosk.call('findMyRequests', { cardToken: again.card.token })).requests,
    ).toHaveLength(1);
  });

  it('gives up a pending read when the visit ends, so the next resident’s card is not taken', async () => {
    const pending = kiosk.call('readCard', { waitMs: 20_000 });
    await kiosk.call('endVisit', {});
    expect(await pending).toEqual({ outcome: 'no-card' });
  });

  it('places a demo resident of the community in their grid, with the grid worker on the result', async () => {
    const read = await readDemoCard('han-resident');
    if (read.outcome !== 'card') throw new Error('no card');
    expect(read.card.gridId).not.toBeNull();
    const submitted = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: '',
      urgency: 'normal',
      contact: { cardToken: read.card.token },
      language: 'zh-CN',
    });
    expect(submitted.gridContact?.workerName).toMatch(/^\p{Script=Han}{2,4}$/u);
  });

  it('has no demo cards outside demo mode: the call does not exist there', async () => {
    await kiosk.stop();
    const root = mkdtempSync(join(tmpdir(), 'kiosk-prod-'));
    kiosk = await startTestKiosk({ dataDir: root, env: productionEnv(root) });
    await expect(kiosk.call('placeDemoCard', { cardId: 'han-resident' })).rejects.toMatchObject({
      code: 'unknown-call',
    });
    await kiosk.stop();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('rating a request', () => {
  it('is allowed once the request is done, stored, and queued for the centre', async () => {
    const submitted = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: '',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
    });
    await expect(
      kiosk.call('rateRequest', { ticket: submitted.lookupCode, stars: 5, tags: [] }),
    ).rejects.toMatchObject({
      code: 'not-allowed',
      message: 'not-done-yet',
    });
    const request = findRequestByTicket(kiosk.runtime.db, submitted.ticket);
    if (!request) throw new Error('missing');
    recordStage(kiosk.runtime.db, request.id, {
      stage: 'done',
      at: '2026-11-29T02:00:00Z',
      handlerNote: '已更换水管',
      updatedAt: '2026-11-29T02:00:00Z',
    });

    expect(
      await kiosk.call('rateRequest', {
        ticket: submitted.lookupCode,
        stars: 4,
        tags: ['fast', 'polite', 'fast'],
      }),
    ).toEqual({
      ticket: submitted.ticket,
      stars: 4,
      tags: ['fast', 'polite'],
    });
    const status = await kiosk.call('getRequestStatus', {
      ticket: submitted.ticket,
      proof: { kind: 'phone-last-four', digits: '5678' },
    });
    expect(status).toMatchObject({
      access: 'full',
      stage: 'done',
      handlerNote: '已更换水管',
      rating: { stars: 4 },
    });
    expect(waitingEntries(kiosk.runtime.db).map((entry) => entry.kind)).toEqual([
      'request',
      'rating',
    ]);
    await expect(
      kiosk.call('rateRequest', { ticket: submitted.lookupCode, stars: 1, tags: [] }),
    ).rejects.toMatchObject({
      message: 'already-rated',
    });
    await expect(
      kiosk.call('rateRequest', { ticket: submitted.lookupCode, stars: 6, tags: [] }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('answers an unknown ticket with not-found', async () => {
    await expect(kiosk.call('getRequestStatus', { ticket: '11289999' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
