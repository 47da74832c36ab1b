// The kiosk stands in a public lobby: whoever walks up (or a local client) may type anything,
// guess tickets, or press Send a thousand times. Each case here was a way in before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { recordStage } from '../../../db/repositories/requestStatus.js';
import { maxPrintedNoteChars } from '../../../electron/services/receipts/statusSlip.js';
import { unseal } from '../../../electron/services/security/sealedFields.js';
import { receiptText } from '../../../hardware/printer/index.js';
import { failWritesAfter } from '../../support/diskFullSeam.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk();
});
afterEach(async () => {
  await kiosk.stop();
});

const draft = (overrides: Partial<RequestDraft> = {}): RequestDraft => ({
  category: 'basic-living',
  needId: null,
  description: '楼道灯坏了',
  urgency: 'normal',
  contact: { phone: '13812345678' },
  language: 'zh-CN',
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

const later = (ms: number) => {
  kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms);
};

function personalOf(ticket: string): Record<string, unknown> {
  const stored = findRequestByTicket(kiosk.runtime.db, ticket);
  if (!stored?.personalSealed) throw new Error('not stored');
  return unseal(kiosk.runtime.keys, stored.personalSealed) as Record<string, unknown>;
}

describe('what a resident types', () => {
  it('is stored and printed without controls, bidi overrides or zero-width characters', async () => {
    const submitted = await kiosk.call(
      'submitRequest',
      draft({
        description: '楼道\u0000灯\u202e坏了\u200b\r\n三楼',
        contact: { phone: '13812345678', name: '张\u202e三\u200d明\u0007' },
      }),
    );
    expect(submitted.maskedName).toBe('张*明');
    expect(personalOf(submitted.ticket)).toMatchObject({
      name: '张三明',
      description: '楼道灯坏了\n三楼',
    });
  });

  it('refuses a name that is nothing but invisible characters', async () => {
    expect(
      await failure(
        kiosk.call(
          'submitRequest',
          draft({ contact: { phone: '13812345678', name: '\u200b\u202e' } }),
        ),
      ),
    ).toMatchObject({ code: 'invalid-input' });
  });

  it('keeps no ID number typed into the description or an answer, only the rest', async () => {
    const submitted = await kiosk.call(
      'submitRequest',
      draft({ description: '我的身份证 110105 19490101 0017，灯坏了' }),
    );
    const personal = personalOf(submitted.ticket);
    expect(personal.description).toBe('我的身份证 [身份证号已隐去]，灯坏了');
    expect(JSON.stringify(personal)).not.toMatch(/19490101/);
  });
});

describe('ordinary requests from one client', () => {
  it('are limited to 10 a minute, in plain terms, and the emergency button is not', async () => {
    for (let index = 0; index < 10; index += 1) await kiosk.call('submitRequest', draft());
    expect(await failure(kiosk.call('submitRequest', draft()))).toMatchObject({
      code: 'not-allowed',
      message: 'too-many-requests',
    });
    expect((await kiosk.call('submitEmergency', { language: 'zh-CN' })).emergency).toBe(true);
    later(61_000);
    expect((await kiosk.call('submitRequest', draft())).ticket).toMatch(/^A03-1128-\d{4}$/);
  });

  it('are limited to 120 an hour, so one client cannot use up the day', async () => {
    for (let index = 0; index < 120; index += 1) {
      if (index % 10 === 0) later(60_001);
      await kiosk.call('submitRequest', draft());
    }
    later(60_001);
    expect(await failure(kiosk.call('submitRequest', draft()))).toMatchObject({
      message: 'too-many-requests',
    });
  });
});

describe('the emergency button', () => {
  it('gets a number when the day’s ordinary numbers are used up', async () => {
    await kiosk.call('submitRequest', draft());
    kiosk.runtime.db.prepare('UPDATE daily_sequences SET last_seq = 99899').run();
    expect(await failure(kiosk.call('submitRequest', draft()))).toMatchObject({
      code: 'unavailable',
      message: 'day-full',
    });
    const emergency = await kiosk.call('submitEmergency', { language: 'zh-CN' });
    expect(emergency.ticket).toBe('A03-1128-99900');
    expect(emergency.hotline).toMatch(/\d/);
  });

  it('answers "unavailable" (the screen keeps its numbers) when the disk refuses every write', async () => {
    const seam = failWritesAfter(kiosk.runtime.db, 0);
    try {
      expect(await failure(kiosk.call('submitEmergency', { language: 'zh-CN' }))).toMatchObject({
        code: 'unavailable',
        message: 'emergency-not-saved',
      });
    } finally {
      seam.remove();
    }
    expect(kiosk.logs.join('\n')).toContain('emergency not saved');
    expect(kiosk.runtime.db.prepare('SELECT COUNT(*) AS n FROM requests').get()).toEqual({ n: 0 });
    // Once the disk has room again, the button works.
    expect((await kiosk.call('submitEmergency', { language: 'zh-CN' })).emergency).toBe(true);
  });
});

describe('checking a request', () => {
  async function finished(note = '师傅已经换好了灯泡。') {
    const submitted = await kiosk.call('submitRequest', draft());
    const stored = findRequestByTicket(kiosk.runtime.db, submitted.ticket);
    if (!stored) throw new Error('not stored');
    recordStage(kiosk.runtime.db, stored.id, {
      stage: 'done',
      at: '2026-11-28T03:00:00.000Z',
      handlerNote: note,
      updatedAt: '2026-11-28T03:00:00.000Z',
    });
    return submitted;
  }

  it('by its typed ticket shows only the stage', async () => {
    const submitted = await finished();
    const digits = submitted.ticket.replace(/\D/g, '').slice(2);
    const status = await kiosk.call('getRequestStatus', { ticket: digits });
    expect(status).toMatchObject({
      access: 'stage',
      ticket: submitted.ticket,
      stage: 'done',
      category: null,
      need: null,
      urgency: null,
      emergency: null,
      handlerNote: null,
      rating: null,
    });
    for (const refused of [
      kiosk.call('printStatusSlip', { ticket: digits, language: 'zh-CN' }),
      kiosk.call('rateRequest', { ticket: digits, stars: 5, tags: [] }),
    ]) {
      expect(await failure(refused)).toMatchObject({
        code: 'not-allowed',
        message: 'proof-needed',
      });
    }
  });

  it('shows the rest with the phone’s last four digits or the QR code', async () => {
    const submitted = await finished();
    const byPhone = await kiosk.call('getRequestStatus', {
      ticket: submitted.ticket,
      proof: { kind: 'phone-last-four', digits: '5678' },
    });
    expect(byPhone).toMatchObject({ access: 'full', handlerNote: '师傅已经换好了灯泡。' });
    const byQr = await kiosk.call('getRequestStatus', { ticket: submitted.lookupCode });
    expect(byQr).toMatchObject({ access: 'full', category: 'basic-living' });
    expect(
      await kiosk.call('rateRequest', {
        ticket: submitted.ticket,
        stars: 5,
        tags: [],
        proof: { kind: 'phone-last-four', digits: '5678' },
      }),
    ).toMatchObject({ stars: 5 });
  });

  it('shows the rest with the ID card the request was made with, and not with another', async () => {
    await kiosk.call('placeDemoCard', { cardId: 'han-resident' });
    const read = await kiosk.call('readCard', { waitMs: 10_000 });
    if (read.outcome !== 'card') throw new Error('no card');
    const withCard = await kiosk.call(
      'submitRequest',
      draft({ contact: { cardToken: read.card.token } }),
    );
    const byCard = await kiosk.call('getRequestStatus', {
      ticket: withCard.ticket,
      proof: { kind: 'card', cardToken: read.card.token },
    });
    expect(byCard.access).toBe('full');
    const someoneElses = await kiosk.call('submitRequest', draft());
    expect(
      await failure(
        kiosk.call('getRequestStatus', {
          ticket: someoneElses.ticket,
          proof: { kind: 'card', cardToken: read.card.token },
        }),
      ),
    ).toMatchObject({ code: 'not-allowed', message: 'proof-wrong' });
  });

  it('refuses a forged QR code and wrong digits, and stops answering after 5 wrong tries a minute', async () => {
    const submitted = await finished();
    const forged = `${submitted.lookupCode.slice(0, -10)}0000000000`;
    expect(await failure(kiosk.call('getRequestStatus', { ticket: forged }))).toMatchObject({
      code: 'not-found',
    });
    for (const digits of ['0000', '1111', '2222', '3333']) {
      expect(
        await failure(
          kiosk.call('getRequestStatus', {
            ticket: submitted.ticket,
            proof: { kind: 'phone-last-four', digits },
          }),
        ),
      ).toMatchObject({ code: 'not-allowed', message: 'proof-wrong' });
    }
    const right = { ticket: submitted.ticket, proof: { kind: 'phone-last-four', digits: '5678' } };
    expect(await failure(kiosk.call('getRequestStatus', right as never))).toMatchObject({
      code: 'not-allowed',
      message: 'too-many-tries',
    });
    later(60_001);
    expect((await kiosk.call('getRequestStatus', right as never)).access).toBe('full');
  });

  it('prints a long note as a few lines and a pointer to the screen and the hotline', async () => {
    const submitted = await finished('说'.repeat(6000));
    const status = await kiosk.call('getRequestStatus', { ticket: submitted.lookupCode });
    expect([...(status.handlerNote ?? '')].length).toBe(2000);
    await kiosk.runtime.printing.idle();
    await kiosk.call('printStatusSlip', { ticket: submitted.lookupCode, language: 'zh-CN' });
    await kiosk.runtime.printing.idle();
    const slip = kiosk.runtime.devices.printer.virtualPrinter?.lastReceipt;
    if (!slip) throw new Error('nothing printed');
    const text = receiptText(slip);
    // The note's own characters, and the two of the label (办理人说明) and the pointer (说明较长).
    const printed = (text.match(/说/g)?.length ?? 0) - 2;
    expect(printed).toBeGreaterThan(40);
    expect(printed).toBeLessThan(maxPrintedNoteChars);
    expect(text).toContain('全文请在屏幕上查看');
    expect(text.split('\n').length).toBeLessThan(40);
  });
});
