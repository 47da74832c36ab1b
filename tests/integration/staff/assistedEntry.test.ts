// Assisted entry (代办) through the kiosk's own dispatcher on a real data dir, the gate the HTTP
// host and IPC both use: a request entered by a signed-in staff member is stored as theirs, audited
// with its ticket and never the resident's ID or phone, printed with the staff-help line; the
// host refuses "assisted" without a live session, without a phone, or confirmed with a card that
// is not the resident's.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmergencyDraft, RequestDraft } from '../../../contract/index.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { getRequest } from '../../../db/repositories/requests.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';
import { verifyAuditChain } from '../../../electron/services/staff/auditChain.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const rightPin = '246810';
const residentPhone = '13812345678';
let kiosk: TestKiosk;

async function addStaff(id: string, name: string): Promise<void> {
  const code = await runStaffCommand(['add', id, name], {
    db: kiosk.runtime.db,
    readPin: () => Promise.resolve(rightPin),
    out: () => {},
    err: (line) => {
      throw new Error(line);
    },
    now: () => kiosk.clock.now,
    randomBytes,
  });
  expect(code).toBe(0);
}

async function staffToken(): Promise<string> {
  const result = await kiosk.call('staffSignIn', { pin: rightPin });
  if (result.outcome !== 'signed-in') throw new Error(`not signed in: ${result.outcome}`);
  return result.session.token;
}

async function readCard(cardId: 'han-resident' | 'minority-resident'): Promise<string> {
  await kiosk.call('placeDemoCard', { cardId });
  const read = await kiosk.call('readCard', { waitMs: 10_000 });
  if (read.outcome !== 'card') throw new Error(`no card: ${JSON.stringify(read)}`);
  await kiosk.call('placeDemoCard', { cardId: null });
  // The reader must see the card leave before it reads one again.
  await vi.waitFor(
    async () => expect((await kiosk.call('getCardReaderState', {})).state).toBe('waiting'),
    { timeout: 5_000 },
  );
  return read.card.token;
}

const tap = { by: 'resident-tap', readBackMs: 4_200 } as const;

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '厨房水管漏水',
  urgency: 'normal',
  contact: { phone: residentPhone, name: '张三明' },
  language: 'zh-CN',
  ...overrides,
});

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

const requestCount = () =>
  (kiosk.runtime.db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n;
const assistedRows = () =>
  allAuditRows(kiosk.runtime.db).filter((row) => row.action.startsWith('assisted'));

beforeEach(async () => {
  kiosk = await startTestKiosk();
  await addStaff('wang.li', '王丽');
}, 30_000);
afterEach(async () => {
  await kiosk.stop();
});

describe('a request entered by staff for a resident', () => {
  it('is stored as assisted by that staff member, audited and printed with the staff-help line', async () => {
    const token = await staffToken();
    expect(await kiosk.call('staffStartAssisted', { token, journey: 'askForHelp' })).toEqual({
      journey: 'askForHelp',
      staff: { name: '王丽' },
    });
    const result = await kiosk.call(
      'submitRequest',
      draft({ assisted: { token, confirmation: tap } }),
    );
    expect(result.assistedBy).toBe('王丽');
    const stored = kiosk.runtime.db
      .prepare('SELECT id FROM requests WHERE ticket = ?')
      .get(result.ticket) as { id: number };
    expect(getRequest(kiosk.runtime.db, stored.id)?.assistedBy).toBe('wang.li');

    const rows = assistedRows();
    expect(rows.map((row) => [row.staffId, row.action])).toEqual([
      ['wang.li', 'assisted-start'],
      ['wang.li', 'assisted-submission'],
    ]);
    expect(rows[1]?.detail).toEqual({
      ticket: result.ticket,
      emergency: false,
      confirmedBy: 'resident-tap',
      readBackMs: 4_200,
      journeyCard: null,
    });
    // What the rows say (their hashes are hex, which may hold any digits).
    const audit = JSON.stringify(
      allAuditRows(kiosk.runtime.db).map((row) => [row.staffId, row.action, row.detail]),
    );
    expect(audit).not.toContain(residentPhone);
    expect(audit).not.toMatch(/\d{7,}/);
    expect(verifyAuditChain(allAuditRows(kiosk.runtime.db))).toMatchObject({ intact: true });

    await kiosk.runtime.printing.idle();
    const printed = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!printed) throw new Error('nothing printed');
    expect(receiptText(printed)).toContain('工作人员代办：王丽');
  });

  it('says so on the receipt in the resident’s language', async () => {
    const token = await staffToken();
    for (const [language, line] of [
      ['en', 'Entered with staff help: 王丽'],
      ['zh-TW', '工作人員代辦：王丽'],
    ] as const) {
      await kiosk.call(
        'submitRequest',
        draft({ language, assisted: { token, confirmation: tap } }),
      );
      await kiosk.runtime.printing.idle();
      const printed = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
      if (!printed) throw new Error('nothing printed');
      expect(receiptText(printed)).toContain(line);
    }
  });

  it('leaves a resident’s own request unmarked, on the receipt and in the audit', async () => {
    const result = await kiosk.call('submitRequest', draft());
    expect(result.assistedBy).toBeNull();
    await kiosk.runtime.printing.idle();
    const printed = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!printed) throw new Error('nothing printed');
    expect(receiptText(printed)).not.toContain('代办');
    expect(assistedRows()).toEqual([]);
  });

  it('is refused without a live staff session, and nothing is saved', async () => {
    const forged = { token: 'x'.repeat(43), confirmation: tap };
    expect(await errorOf(kiosk.call('submitRequest', draft({ assisted: forged })))).toMatchObject({
      code: 'unauthorized',
      message: 'assisted-needs-staff-session',
    });
    const token = await staffToken();
    await kiosk.call('staffSignOut', { token, reason: 'sign-out' });
    expect(
      await errorOf(kiosk.call('submitRequest', draft({ assisted: { token, confirmation: tap } }))),
    ).toMatchObject({ code: 'unauthorized' });
    // Two idle minutes lock a session: it cannot be used for an assisted request after that.
    const idleToken = await staffToken();
    kiosk.clock.now = new Date(kiosk.clock.now.getTime() + 120_000);
    expect(
      await errorOf(
        kiosk.call('submitEmergency', {
          phone: residentPhone,
          language: 'zh-CN',
          assisted: { token: idleToken, confirmation: tap },
        }),
      ),
    ).toMatchObject({ code: 'unauthorized' });
    expect(
      await errorOf(kiosk.call('staffStartAssisted', { token, journey: 'checkRequest' })),
    ).toMatchObject({ code: 'unauthorized' });
    expect(requestCount()).toBe(0);
    expect(assistedRows()).toEqual([]);
  });

  it('needs a phone number, even with the resident’s card, and for an emergency too', async () => {
    const token = await staffToken();
    const cardToken = await readCard('han-resident');
    expect(
      await errorOf(
        kiosk.call(
          'submitRequest',
          draft({ contact: { cardToken }, assisted: { token, confirmation: tap } }),
        ),
      ),
    ).toMatchObject({
      code: 'invalid-input',
      message: 'assisted-phone-required',
      path: ['contact', 'phone'],
    });
    const emergency: EmergencyDraft = {
      cardToken,
      language: 'zh-CN',
      assisted: { token, confirmation: tap },
    };
    expect(await errorOf(kiosk.call('submitEmergency', emergency))).toMatchObject({
      code: 'invalid-input',
      message: 'assisted-phone-required',
      path: ['phone'],
    });
    expect(requestCount()).toBe(0);
    const sent = await kiosk.call('submitEmergency', { ...emergency, phone: residentPhone });
    expect(sent.emergency).toBe(true);
    expect(assistedRows().at(-1)?.detail).toMatchObject({
      ticket: sent.ticket,
      emergency: true,
    });
  });
});

describe('the resident confirming with their ID card', () => {
  it('is accepted with the card used in the journey and recorded as such', async () => {
    const token = await staffToken();
    const cardToken = await readCard('han-resident');
    const confirmCard = await readCard('han-resident');
    const result = await kiosk.call(
      'submitRequest',
      draft({
        contact: { cardToken, phone: residentPhone },
        assisted: { token, confirmation: { by: 'resident-card', cardToken: confirmCard } },
      }),
    );
    expect(assistedRows().at(-1)?.detail).toEqual({
      ticket: result.ticket,
      emergency: false,
      confirmedBy: 'resident-card',
      readBackMs: null,
      journeyCard: true,
    });
  });

  it('is refused with another person’s card or the staff member’s own card', async () => {
    const token = await staffToken();
    const cardToken = await readCard('han-resident');
    const otherCard = await readCard('minority-resident');
    expect(
      await errorOf(
        kiosk.call(
          'submitRequest',
          draft({
            contact: { cardToken, phone: residentPhone },
            assisted: { token, confirmation: { by: 'resident-card', cardToken: otherCard } },
          }),
        ),
      ),
    ).toMatchObject({ code: 'not-allowed', message: 'assisted-card-not-the-residents' });

    // The staff member binds their own card; confirming with it is never the resident's word.
    await kiosk.call('staffBindCard', { token, cardToken: otherCard });
    const staffCard = await readCard('minority-resident');
    expect(
      await errorOf(
        kiosk.call(
          'submitRequest',
          draft({
            assisted: { token, confirmation: { by: 'resident-card', cardToken: staffCard } },
          }),
        ),
      ),
    ).toMatchObject({ code: 'not-allowed', message: 'assisted-confirmed-with-staff-card' });
    expect(requestCount()).toBe(0);
  });
});

describe('the confirmation’s shape at the boundary', () => {
  it('refuses an assisted flag that is not a session token and a confirmation', async () => {
    for (const assisted of [
      true,
      { token: 'short', confirmation: tap },
      { token: 'x'.repeat(43) },
    ]) {
      const reply = await kiosk.runtime.dispatch('submitRequest', { ...draft(), assisted });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
