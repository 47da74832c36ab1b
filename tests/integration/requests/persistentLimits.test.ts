// The lobby's limits are counted in SQLite: restarting the kiosk (or crashing it on purpose)
// must not hand a guesser fresh tries or a flooder a fresh hour. The clock is the test's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
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

const later = (ms: number) => {
  kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms);
};

const eventCount = (name: string): number =>
  (
    kiosk.runtime.db
      .prepare('SELECT count(*) AS n FROM rate_limit_events WHERE limit_name = ?')
      .get(name) as { n: number }
  ).n;

describe('the submissions limit', () => {
  it('still holds after a restart on the same data dir, and lapses on the clock', async () => {
    for (let index = 0; index < 10; index += 1) await kiosk.call('submitRequest', draft);
    await kiosk.restart();
    expect(await failure(kiosk.call('submitRequest', draft))).toMatchObject({
      code: 'not-allowed',
      message: 'too-many-requests',
    });
    // The emergency button is never limited, and is not counted.
    expect((await kiosk.call('submitEmergency', { language: 'zh-CN' })).emergency).toBe(true);
    expect(eventCount('submissions')).toBe(10);
    later(60_001);
    await kiosk.restart();
    expect((await kiosk.call('submitRequest', draft)).ticket).toMatch(/^A03-1128-\d{4}$/);
  });

  it('counts the hour across restarts too', async () => {
    for (let index = 0; index < 120; index += 1) {
      if (index % 10 === 0) {
        later(60_001);
        await kiosk.restart();
      }
      await kiosk.call('submitRequest', draft);
    }
    later(60_001);
    await kiosk.restart();
    expect(await failure(kiosk.call('submitRequest', draft))).toMatchObject({
      message: 'too-many-requests',
    });
    later(3_600_000);
    expect((await kiosk.call('submitRequest', draft)).ticket).toMatch(/^A03-1128-\d{4}$/);
  });
});

describe('the ticket-guessing limit', () => {
  it('still holds after a restart, lapses after its minute, and old rows are pruned', async () => {
    const submitted = await kiosk.call('submitRequest', draft);
    for (const digits of ['0000', '1111', '2222', '3333', '4444']) {
      expect(
        await failure(
          kiosk.call('getRequestStatus', {
            ticket: submitted.ticket,
            proof: { kind: 'phone-last-four', digits },
          }),
        ),
      ).toMatchObject({ message: 'proof-wrong' });
      // A crash loop between every try.
      await kiosk.restart();
    }
    const right = {
      ticket: submitted.ticket,
      proof: { kind: 'phone-last-four' as const, digits: '5678' },
    };
    expect(await failure(kiosk.call('getRequestStatus', right))).toMatchObject({
      code: 'not-allowed',
      message: 'too-many-tries',
    });
    expect(eventCount('ticket-wrong-tries')).toBe(5);
    later(60_001);
    expect((await kiosk.call('getRequestStatus', right)).access).toBe('full');
    // Past the window the rows go: the table does not grow for ever.
    expect(eventCount('ticket-wrong-tries')).toBe(0);
  });

  it('ignores events from a clock that was set ahead, once the clock is right again', async () => {
    const submitted = await kiosk.call('submitRequest', draft);
    const wrong = {
      ticket: submitted.ticket,
      proof: { kind: 'phone-last-four' as const, digits: '0000' },
    };
    later(24 * 3_600_000);
    for (let index = 0; index < 5; index += 1) await failure(kiosk.call('getRequestStatus', wrong));
    later(-24 * 3_600_000);
    await kiosk.restart();
    const right = { ...wrong, proof: { kind: 'phone-last-four' as const, digits: '5678' } };
    expect((await kiosk.call('getRequestStatus', right)).access).toBe('full');
  });
});
