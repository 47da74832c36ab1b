// "Requests on this kiosk" and reprints through the kiosk's own dispatcher, on the demo kiosk
// with its simulated printer: found by ticket, phone digits, date and stage with only masked
// fields in sight; a receipt that failed for want of paper is reprinted once the paper is back,
// marked "补打 · 工作人员 王丽" on paper (in English too for an English receipt), linked to the job
// it repeats, and audited; a reprint of a reprint carries one mark, not two.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { readPrintJob } from '../../../db/repositories/printJobs.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
let token: string;
const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水',
  urgency: 'normal',
  contact: { phone: '13812345678', name: '张三明' },
  language: 'zh-CN',
  ...overrides,
});

const lastReceiptText = () => {
  const receipt = printer().receipts.at(-1);
  if (!receipt) throw new Error('nothing printed');
  // A 58 mm line holds 32 columns: the mark wraps before its time, which stays whole.
  return receiptText(receipt).replace(/\n/g, ' ');
};

const printer = () => {
  const virtual = kiosk.runtime.devices.printer.virtualPrinter;
  if (!virtual) throw new Error('the demo kiosk has a simulated printer');
  return virtual;
};

beforeAll(async () => {
  kiosk = await startTestKiosk({ env: { KIOSK_SUBMISSIONS_PER_HOUR: '1000' } });
  expect(
    await runStaffCommand(['add', 'wang.li', '王丽'], {
      db: kiosk.runtime.db,
      readPin: () => Promise.resolve('246810'),
      out: () => {},
      err: (line) => {
        throw new Error(line);
      },
      now: () => kiosk.clock.now,
      randomBytes,
    }),
  ).toBe(0);
  const signIn = await kiosk.call('staffSignIn', { pin: '246810' });
  if (signIn.outcome !== 'signed-in') throw new Error('not signed in');
  token = signIn.session.token;
}, 30_000);

afterAll(async () => {
  await kiosk.stop();
});

describe('requests on this kiosk', () => {
  it('finds by ticket, phone digits, date and stage, showing masked fields only', async () => {
    const first = await kiosk.call('submitRequest', draft());
    const second = await kiosk.call(
      'submitRequest',
      draft({ contact: { phone: '13900001111' }, language: 'en' }),
    );
    await kiosk.runtime.printing.idle();
    const tickets = async (query: Record<string, string>) =>
      (await kiosk.call('findStaffRequests', { token, ...query })).requests.map((r) => r.ticket);
    expect(await tickets({ phoneDigits: '5678' })).toEqual([first.ticket]);
    expect(await tickets({ phoneDigits: '1111' })).toEqual([second.ticket]);
    // A part of the ticket: its day and number (the number alone may also be another's day).
    expect(await tickets({ ticket: first.ticket.slice(4) })).toEqual([first.ticket]);
    expect(await tickets({ date: '2026-11-28', stage: 'accepted' })).toEqual([
      second.ticket,
      first.ticket,
    ]);
    expect(await tickets({ date: '2026-11-27' })).toEqual([]);
    expect(await tickets({ stage: 'done' })).toEqual([]);

    const detail = await kiosk.call('getStaffRequestDetail', { token, ticket: first.ticket });
    expect(detail.request).toMatchObject({
      ticket: first.ticket,
      maskedName: '张*明',
      maskedPhone: '138****5678',
      stage: 'accepted',
    });
    expect(detail.printJobs).toMatchObject([{ purpose: 'request', state: 'printed' }]);
    expect(JSON.stringify(detail)).not.toContain('13812345678');
    expect(JSON.stringify(detail)).not.toContain('张三明');
    // The audit names what was searched by, never the digits.
    const finds = allAuditRows(kiosk.runtime.db).filter((row) => row.action === 'find-requests');
    expect(finds.map((row) => row.detail.by)).toContain('phoneDigits');
    expect(JSON.stringify(finds)).not.toContain('5678');
  });
});

describe('reprints', () => {
  it('reprints a receipt that failed for want of paper, marked on paper, once paper is back', async () => {
    printer().setCondition({ paperOut: true });
    const saved = await kiosk.call('submitRequest', draft({ language: 'en' }));
    await kiosk.runtime.printing.idle();
    const failed = await kiosk.call('getStaffFailedPrints', { token });
    expect(failed.jobs).toMatchObject([
      { jobId: saved.receipt.jobId, ticket: saved.ticket, state: 'failed', problem: 'paper-out' },
    ]);

    printer().setCondition({ paperOut: false });
    const printedBefore = printer().receipts.length;
    const reprint = await kiosk.call('staffReprint', { token, jobId: saved.receipt.jobId });
    expect(reprint.jobId).not.toBe(saved.receipt.jobId);
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: reprint.jobId })).toMatchObject({
      state: 'printed',
    });
    const receipts = printer().receipts;
    expect(receipts).toHaveLength(printedBefore + 1);
    const text = lastReceiptText();
    expect(text).toContain('REPRINT · staff 王丽 · 2026-11-28 09:30');
    expect(text).toContain('补打 · 工作人员 王丽 · 2026-11-28 09:30');
    expect(text).toContain(saved.ticket);
    expect(readPrintJob(kiosk.runtime.db, saved.receipt.jobId)?.state).toBe('reprinted');
    expect((await kiosk.call('getStaffFailedPrints', { token })).jobs).toEqual([]);
    const detail = await kiosk.call('getStaffRequestDetail', { token, ticket: saved.ticket });
    expect(detail.printJobs.map((job) => [job.state, job.reprintOf])).toEqual([
      ['printed', saved.receipt.jobId],
      ['reprinted', null],
    ]);
    const audited = allAuditRows(kiosk.runtime.db).filter((row) => row.action === 'reprint');
    expect(audited.at(-1)).toMatchObject({
      staffId: 'wang.li',
      detail: { ticket: saved.ticket, wasFailed: true },
    });

    // A reprint of the reprint repeats the first document with one fresh mark.
    const again = await kiosk.call('staffReprint', { token, jobId: reprint.jobId });
    await kiosk.runtime.printing.idle();
    expect(await kiosk.call('getReceiptOutcome', { jobId: again.jobId })).toMatchObject({
      state: 'printed',
    });
    const last = lastReceiptText();
    expect(last.split('补打').length - 1).toBe(1);
  });

  it('refuses a reprint without a staff session, and of a job that does not exist', async () => {
    await expect(
      kiosk.call('staffReprint', { token: 'not-a-session-token-at-all', jobId: 'x' }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(kiosk.call('staffReprint', { token, jobId: 'no-such-job' })).rejects.toMatchObject(
      { code: 'not-found' },
    );
  });
});
