// A busy day past 9,999 requests: the sequence goes on with five digits, the resident's request
// is saved, printed and found again by any of its codes, and the emergency button keeps the top
// hundred numbers when even those run out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

const draft: RequestDraft = {
  category: 'basic-living',
  needId: null,
  description: '楼道灯坏了',
  urgency: 'normal',
  contact: { phone: '13812345678' },
  language: 'zh-CN',
};

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

const setLastSeq = (seq: number) =>
  kiosk.runtime.db.prepare('UPDATE daily_sequences SET last_seq = ?').run(seq);

describe('a day past 9,999 requests', () => {
  it('numbers the next request 10000, prints it on one line and finds it by every code', async () => {
    await kiosk.call('submitRequest', draft);
    setLastSeq(9_999);
    const submitted = await kiosk.call('submitRequest', draft);
    expect(submitted.ticket).toBe('A03-1128-10000');
    expect(submitted.lookupCode).toMatch(/^A03-20261128-10000-[0-9A-Z]{6}-[0-9A-Z]{10}$/);

    await kiosk.runtime.printing.idle();
    const receipt = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!receipt) throw new Error('nothing printed');
    const lines = receiptText(receipt).split('\n');
    expect(lines.some((line) => line.includes('A03-1128-10000'))).toBe(true);

    const byDigits = await kiosk.call('getRequestStatus', { ticket: '112810000' });
    expect(byDigits).toMatchObject({ ticket: 'A03-1128-10000', access: 'stage' });
    expect((await kiosk.call('getRequestStatus', { ticket: 'A03-1128-10000' })).ticket).toBe(
      'A03-1128-10000',
    );
    const full = await kiosk.call('getRequestStatus', { ticket: submitted.lookupCode });
    expect(full.access).toBe('full');
    // The request of the day's first hour is still its own.
    const firstTicket = `A03-1128-${String(firstSeq()).padStart(4, '0')}`;
    const first = await kiosk.call('getRequestStatus', { ticket: firstTicket.slice(4) });
    expect(first.ticket).toBe(firstTicket);
  });

  it('keeps the last hundred numbers for the emergency button', async () => {
    await kiosk.call('submitRequest', draft);
    setLastSeq(99_899);
    expect(await failure(kiosk.call('submitRequest', draft))).toMatchObject({
      code: 'unavailable',
      message: 'day-full',
    });
    const emergency = await kiosk.call('submitEmergency', { language: 'zh-CN' });
    expect(emergency.ticket).toBe('A03-1128-99900');
  });
});

function firstSeq(): number {
  const row = kiosk.runtime.db.prepare('SELECT min(daily_seq) AS seq FROM requests').get() as {
    seq: number;
  };
  return row.seq;
}
