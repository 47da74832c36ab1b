import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { waitingEntries } from '../../../db/repositories/outbox.js';
import { jobsNeedingReprint } from '../../../db/repositories/printJobs.js';
import { receiptQrCodes, receiptText } from '../../../hardware/printer/index.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

const idNumberPattern = /[1-9]\d{16}[\dXx]/;
/** A database's first day starts at random (1001–5000); the QR adds installation and secret. */
const firstDayTicket = /^A03-1128-(1\d{3}|[234]\d{3}|5000)$/;
const qrCodeOf = (ticket: string) =>
  new RegExp(`^A03-20261128-${ticket.slice(-4)}-[0-9A-F]{6}-[0-9A-HJKMNP-TV-Z]{10}$`);
const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水，需要紧急维修',
  urgency: 'urgent',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
  ...overrides,
});

async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; path?: unknown[] }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('submitRequest', () => {
  it('saves the request with a ticket, an accepted status and an outbox entry before answering', async () => {
    const result = await kiosk.call('submitRequest', draft());
    expect(result.ticket).toMatch(firstDayTicket);
    expect(result.lookupCode).toMatch(qrCodeOf(result.ticket));
    expect(result.maskedName).toBe('张*明');
    expect(result.upstream).toBe('queued');
    expect(result.receipt.state).toBe('printing');
    const [entry] = waitingEntries(kiosk.runtime.db);
    expect(entry).toMatchObject({ kind: 'request', priority: 1, state: 'waiting' });
    expect(entry?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    const status = await kiosk.call('getRequestStatus', { ticket: result.lookupCode });
    expect(status).toMatchObject({
      access: 'full',
      stage: 'accepted',
      stages: [{ stage: 'accepted', at: result.createdAt }, { at: null }, { at: null }],
    });
  });

  it('stores no name, phone or description in plain text', async () => {
    await kiosk.call('submitRequest', draft());
    const row = kiosk.runtime.db.prepare('SELECT * FROM requests').get() as Record<string, unknown>;
    const plain = JSON.stringify({ ...row, personal_sealed: null });
    expect(plain).not.toContain('13812345678');
    expect(plain).not.toContain('张三明');
    expect(plain).not.toContain('水管');
    expect((row.personal_sealed as Buffer).toString('utf8')).not.toContain('1381234');
  });

  it('prints a receipt with the ticket, its QR look-up code, the matches and no ID number', async () => {
    const result = await kiosk.call('submitRequest', draft());
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: result.receipt.jobId })).toMatchObject({
      state: 'printed',
    });
    const printed = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!printed) throw new Error('nothing printed');
    const text = receiptText(printed);
    expect(text).toContain(result.ticket);
    expect(text).toContain('张*明');
    expect(text).not.toContain('张三明');
    expect(receiptQrCodes(printed).map((qr) => qr.payload)).toEqual([result.lookupCode]);
    // Only confident resources are shown: fewer than three when fewer are good.
    expect(result.matches.length).toBeGreaterThan(0);
    for (const match of result.matches) expect(text).toContain(match.phone);
    expect(idNumberPattern.test(text)).toBe(false);
  });

  it('keeps the request and a reprintable job when the printer is out of paper', async () => {
    kiosk.runtime.devices.printer.virtualPrinter?.setCondition({ paperOut: true });
    const result = await kiosk.call('submitRequest', draft());
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: result.receipt.jobId })).toMatchObject({
      state: 'failed',
      problem: 'paper-out',
    });
    expect(jobsNeedingReprint(kiosk.runtime.db).map((job) => job.id)).toEqual([
      result.receipt.jobId,
    ]);
    expect((await kiosk.call('getRequestStatus', { ticket: result.ticket })).stage).toBe(
      'accepted',
    );
  });

  it('refuses bad input with clear codes and stores nothing', async () => {
    expect(
      await errorOf(kiosk.call('submitRequest', draft({ contact: { phone: '12345' } }))),
    ).toMatchObject({
      code: 'invalid-input',
      message: 'contact.phone: phone-invalid',
    });
    expect(await errorOf(kiosk.call('submitRequest', draft({ contact: {} })))).toMatchObject({
      code: 'invalid-input',
      message: 'contact.phone: phone-or-card-required',
    });
    expect(
      await errorOf(kiosk.call('submitRequest', { ...draft(), category: '' as never })),
    ).toMatchObject({
      code: 'invalid-input',
      path: ['category'],
    });
    expect(
      await errorOf(kiosk.call('submitRequest', draft({ description: '水'.repeat(501) }))),
    ).toMatchObject({
      code: 'invalid-input',
      message: 'description: description-too-long',
    });
    expect(
      await errorOf(kiosk.call('submitRequest', draft({ needId: 'no-such-need' }))),
    ).toMatchObject({
      code: 'invalid-input',
      message: 'need-unknown',
    });
    expect(
      await errorOf(kiosk.call('submitRequest', draft({ contact: { cardToken: 'forgotten' } }))),
    ).toMatchObject({
      code: 'invalid-input',
      message: 'card-expired',
    });
    expect(kiosk.runtime.db.prepare('SELECT COUNT(*) AS n FROM requests').get()).toEqual({ n: 0 });
  });

  it('accepts a landline with its area code, and no name at all', async () => {
    const result = await kiosk.call('submitRequest', draft({ contact: { phone: '010-65123456' } }));
    expect(result.maskedName).toBeNull();
  });
});

describe('ticket numbers', () => {
  it('continue across restarts and start again each day', async () => {
    const first = (await kiosk.call('submitRequest', draft())).ticket;
    expect(first).toMatch(firstDayTicket);
    await kiosk.restart();
    const second = (await kiosk.call('submitRequest', draft())).ticket;
    expect(Number(second.slice(-4))).toBe(Number(first.slice(-4)) + 1);
    kiosk.clock.now = new Date('2026-11-28T16:30:00Z'); // 00:30 on the 29th in Shanghai
    expect((await kiosk.call('submitRequest', draft())).ticket).toBe('A03-1129-0001');
  });

  it('can repeat after a year, but the QR look-up code never does', async () => {
    await kiosk.call('submitRequest', draft()); // the database's first day
    kiosk.clock.now = new Date('2026-11-29T01:30:00Z');
    const first = await kiosk.call('submitRequest', draft());
    expect(first.ticket).toBe('A03-1129-0001');
    kiosk.clock.now = new Date('2027-11-29T01:30:00Z');
    const nextYear = await kiosk.call('submitRequest', draft());
    expect(nextYear.ticket).toBe(first.ticket);
    expect(nextYear.lookupCode).not.toBe(first.lookupCode);
    expect((await kiosk.call('getRequestStatus', { ticket: first.lookupCode })).createdAt).toBe(
      first.createdAt,
    );
    expect((await kiosk.call('getRequestStatus', { ticket: '11290001' })).createdAt).toBe(
      nextYear.createdAt,
    );
  });

  it('do not repeat the morning’s tickets, nor their look-up codes, after a data-dir reset', async () => {
    kiosk.clock.now = new Date('2026-11-27T01:30:00Z');
    await kiosk.call('submitRequest', draft()); // a kiosk in service since yesterday…
    kiosk.clock.now = new Date('2026-11-28T01:30:00Z');
    const before = await kiosk.call('submitRequest', draft());
    expect(before.ticket).toBe('A03-1128-0001');
    // …whose data dir is wiped at noon: the same kiosk id, a new database.
    const afterReset = await startTestKiosk({ now: new Date('2026-11-28T04:00:00Z') });
    try {
      const again = await afterReset.call('submitRequest', draft());
      expect(again.ticket).toMatch(firstDayTicket);
      // A new installation: the centre is never sent the same look-up code twice.
      const sent = (code: string) => code.split('-').slice(0, 4).join('-');
      expect(sent(again.lookupCode)).not.toBe(sent(before.lookupCode));
      expect(again.lookupCode.split('-')[4]).not.toBe(before.lookupCode.split('-')[4]);
    } finally {
      await afterReset.stop();
    }
  });
});

describe('emergency', () => {
  it('goes to the front of the outbox, with whatever identity is at hand', async () => {
    await kiosk.call('submitRequest', draft({ urgency: 'normal' }));
    await kiosk.call('submitRequest', draft());
    const emergency = await kiosk.call('submitEmergency', { language: 'zh-CN' });
    expect(emergency).toMatchObject({
      emergency: true,
      category: 'safety-emergency',
      urgency: 'urgent',
      maskedName: null,
    });
    expect(emergency.hotline).toMatch(/\d/);
    expect(waitingEntries(kiosk.runtime.db).map((entry) => entry.priority)).toEqual([0, 1, 2]);
  });
});
