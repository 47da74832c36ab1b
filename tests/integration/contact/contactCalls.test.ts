// "Contact the centre" through the kiosk's dispatcher: the grid worker from the card read in
// this visit (the card's address never leaves the services, nor reaches the log), a street from
// the list, service points of the same grid first, the contact slip on the simulated printer,
// and a production kiosk with a provisioned directory and with none at all.
import { afterEach, describe, expect, it } from 'vitest';
import { receiptQrCodes, receiptText } from '../../../hardware/printer/index.js';
import { provisionProductionKiosk } from '../../support/productionEnv.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let kiosk: TestKiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

async function readDemoCard(
  k: TestKiosk,
  cardId: 'han-resident' | 'long-term-resident' | 'minority-resident',
) {
  // The simulated reader connects just after start: wait for that event, not for a time.
  let state = (await k.call('getCardReaderState', {})).state;
  while (state === 'stopped' || state === 'disconnected')
    state = (await k.call('waitCardReaderState', { seenState: state, waitMs: 5_000 })).state;
  await k.call('placeDemoCard', { cardId });
  const read = await k.call('readCard', { waitMs: 10_000 });
  if (read.outcome !== 'card') throw new Error(`card not read: ${JSON.stringify(read)}`);
  return read.card;
}

describe('contact info on the demo kiosk', () => {
  it('finds the grid worker of the card’s address and puts that grid’s service points first', async () => {
    kiosk = await startTestKiosk();
    const card = await readDemoCard(kiosk, 'han-resident');
    const info = await kiosk.call('getContactInfo', { by: 'card', cardToken: card.token });
    expect(info.directory).toBe('full');
    expect(info.centre).toMatchObject({ hotline: '010-65781234', openNow: true });
    expect(info.centre.name['zh-CN']).toBe('幸福里社区服务中心');
    expect(info.centre.hoursText?.['zh-CN']).toContain('周一至周五');
    expect(info.place).toMatchObject({
      outcome: 'grids',
      grids: [{ gridId: 'xfl-north', worker: { name: '王秀英', phone: '13520418836' } }],
    });
    expect(card.gridId).toBe('xfl-north');
    const first = info.servicePoints[0];
    expect(first?.sameGrid).toBe(true);
    const firstOther = info.servicePoints.findIndex((point) => !point.sameGrid);
    expect(firstOther).toBeGreaterThan(0);
    expect(info.servicePoints.slice(firstOther).every((point) => !point.sameGrid)).toBe(true);
    expect(JSON.stringify(info)).not.toContain('2单元501');
    expect(kiosk.logs.join('\n')).not.toContain('幸福里小区3号楼');
  });

  it('says a card from elsewhere fits no grid and offers the streets', async () => {
    kiosk = await startTestKiosk();
    const card = await readDemoCard(kiosk, 'minority-resident');
    const info = await kiosk.call('getContactInfo', { by: 'card', cardToken: card.token });
    expect(info.place).toEqual({ outcome: 'no-grid', street: null });
    expect(info.streets.map((street) => street.key)).toEqual([
      '幸福里小区',
      '和平路',
      '和平里胡同',
      '阳光花园小区',
      '锦绣家园小区',
      '建设东街',
    ]);
    expect(info.streets.find((street) => street.key === '和平路')?.gridIds).toEqual([
      'heping',
      'jianshe',
    ]);
  });

  it('shows every grid of a chosen street with its part of it', async () => {
    kiosk = await startTestKiosk();
    const info = await kiosk.call('getContactInfo', { by: 'street', street: '和平路' });
    if (info.place.outcome !== 'grids') throw new Error('no grids');
    expect(info.place.grids.map((grid) => [grid.gridId, grid.worker.name])).toEqual([
      ['heping', '张丽华'],
      ['jianshe', '赵海燕'],
    ]);
    expect(info.place.grids[1]?.rules).toEqual([
      {
        street: '和平路',
        streetEn: 'Heping Road',
        numbers: { from: 28, to: 28 },
        // The street as each language's screen names it.
        streetName: { 'zh-CN': '和平路', 'zh-TW': '和平路', en: 'Heping Road' },
      },
    ]);
    await expect(
      kiosk.call('getContactInfo', { by: 'street', street: '不存在路' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a card token from an ended visit', async () => {
    kiosk = await startTestKiosk();
    const card = await readDemoCard(kiosk, 'long-term-resident');
    await kiosk.call('endVisit', {});
    await expect(
      kiosk.call('getContactInfo', { by: 'card', cardToken: card.token }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('prints a contact slip whose QR code rings the grid worker', async () => {
    kiosk = await startTestKiosk();
    const info = await kiosk.call('getContactInfo', { by: 'street', street: '和平里胡同' });
    const points = info.servicePoints.slice(0, 2).map((point) => point.id);
    const outcome = await kiosk.call('printContactSlip', {
      language: 'zh-TW',
      gridId: 'heping',
      servicePointIds: points,
      call: 'grid-worker',
    });
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: outcome.jobId })).toMatchObject({
      state: 'printed',
    });
    const slip = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!slip) throw new Error('nothing printed');
    const text = receiptText(slip);
    expect(text).toContain('聯絡單');
    expect(text).toContain('網格員: 张丽华');
    expect(text).toContain('18610395572');
    expect(text).toMatch(/服務熱線\s+010-65781234/);
    expect(receiptQrCodes(slip).map((qr) => qr.payload)).toEqual(['tel:18610395572']);
    await expect(
      kiosk.call('printContactSlip', {
        language: 'zh-CN',
        gridId: 'no-such-grid',
        servicePointIds: [],
        call: 'hotline',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('contact info on a production kiosk', () => {
  const dataDir = () => join(mkdtempSync(join(tmpdir(), 'kiosk-contact-')), 'data');

  it('uses a provisioned directory without address rules: its grid by keyword, the street list by area', async () => {
    const dir = dataDir();
    kiosk = await startTestKiosk({ dataDir: dir, env: provisionProductionKiosk(dir) });
    const info = await kiosk.call('getContactInfo', { by: 'centre' });
    expect(info.directory).toBe('full');
    expect(info.centre.hotline).toBe('12345');
    expect(info.streets).toEqual([
      {
        key: 'grid:xy-1',
        name: {
          'zh-CN': '向阳小区1–4号楼',
          'zh-TW': '向陽小區1–4號樓',
          en: 'Xiangyang Estate, Buildings 1–4',
        },
        gridIds: ['xy-1'],
      },
    ]);
    const street = await kiosk.call('getContactInfo', { by: 'street', street: 'grid:xy-1' });
    expect(street.place).toMatchObject({ outcome: 'grids', grids: [{ worker: { name: '赵明' } }] });
  });

  it('says plainly it has no grids when the directory is hotline-only', async () => {
    const dir = dataDir();
    kiosk = await startTestKiosk({
      dataDir: dir,
      env: provisionProductionKiosk(dir, { directory: false }),
    });
    const info = await kiosk.call('getContactInfo', { by: 'centre' });
    expect(info).toMatchObject({
      directory: 'hotline-only',
      centre: { hotline: '12345', hoursText: null, address: null, openNow: null },
      streets: [],
      servicePoints: [],
    });
    await expect(
      kiosk.call('printContactSlip', {
        language: 'zh-CN',
        gridId: 'centre',
        servicePointIds: [],
        call: 'grid-worker',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const slip = await kiosk.call('printContactSlip', {
      language: 'zh-CN',
      gridId: null,
      servicePointIds: [],
      call: 'hotline',
    });
    // Printed to the provisioned printer's device file: the hotline's tel: link is in its bytes.
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: slip.jobId })).toMatchObject({
      state: 'printed',
    });
    expect(readFileSync(join(dir, 'printer.bin')).includes('tel:12345')).toBe(true);
  });
});
