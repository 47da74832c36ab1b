import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptQrCodes, receiptText } from '../../../hardware/printer/index.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

describe('a status slip', () => {
  it('prints the ticket, its QR code, the three stages and the last update, in the chosen language', async () => {
    const submitted = await kiosk.call('submitRequest', {
      category: 'basic-living',
      needId: null,
      description: '',
      urgency: 'normal',
      contact: { phone: '13812345678', name: '张三明' },
      language: 'zh-CN',
    });
    await kiosk.runtime.printing.idle();
    const outcome = await kiosk.call('printStatusSlip', {
      ticket: submitted.ticket,
      proof: { kind: 'phone-last-four', digits: '5678' },
      language: 'en',
    });
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: outcome.jobId })).toMatchObject({
      state: 'printed',
    });
    const slip = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!slip) throw new Error('nothing printed');
    const text = receiptText(slip);
    expect(text).toContain('Progress slip');
    expect(text).toContain(submitted.ticket);
    expect(text).toMatch(/Accepted\s+2026-11-28 09:30/);
    expect(text).toMatch(/In progress\s+not yet/);
    expect(text).not.toContain('张');
    expect(receiptQrCodes(slip).map((qr) => qr.payload)).toEqual([submitted.lookupCode]);
  });

  it('is refused for an unknown ticket without printing anything', async () => {
    await expect(
      kiosk.call('printStatusSlip', {
        ticket: '11289999',
        proof: { kind: 'phone-last-four', digits: '5678' },
        language: 'zh-CN',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(kiosk.runtime.devices.printer.virtualPrinter?.receipts).toHaveLength(0);
  });
});
