// The emergency button must work when everything else in the lobby has failed at once: the
// day's ordinary numbers used up, the submissions limit reached, the printer out of paper and
// not answering, and the centre's link accepting connections but never answering (a hung
// Wi-Fi). The centre's timeout is set to two minutes, longer than the test may run: if the
// button waited on the network, on the printer or on a counter, the call would not return.
import { type Server, type Socket, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../contract/index.js';
import { findRequestByTicket } from '../../../db/repositories/requests.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

let blackhole: Server;
let held: Socket[];
let kiosk: TestKiosk;

beforeEach(async () => {
  held = [];
  blackhole = createServer((socket) => {
    held.push(socket);
    socket.on('error', () => socket.destroy());
    socket.resume();
  });
  await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
  const { port } = blackhole.address() as AddressInfo;
  kiosk = await startTestKiosk({
    env: {
      KIOSK_UPSTREAM_URL: `http://127.0.0.1:${port}/`,
      KIOSK_UPSTREAM_TIMEOUT_MS: '120000',
    },
  });
});
afterEach(async () => {
  // The link is cut first: a stopping kiosk waits for its calls in flight, which never end here.
  blackhole.close();
  for (const socket of held) socket.destroy();
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

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { message: string }).message;
  }
  throw new Error('expected the call to be refused');
}

describe('the emergency button with everything else failing', () => {
  it('saves, numbers and queues the call first, and tells the resident the hotline', async () => {
    // Ten ordinary requests use up the minute's limit; then the day's numbers run out.
    for (let index = 0; index < 10; index += 1) await kiosk.call('submitRequest', draft);
    expect(await refusal(kiosk.call('submitRequest', draft))).toBe('too-many-requests');
    kiosk.runtime.db.prepare('UPDATE daily_sequences SET last_seq = 99899').run();
    const printer = kiosk.runtime.devices.printer.virtualPrinter;
    if (!printer) throw new Error('the test kiosk prints to the simulated printer');
    printer.setCondition({ paperOut: true, answersStatus: false });

    const emergency = await kiosk.call('submitEmergency', { language: 'zh-CN' });

    expect(emergency).toMatchObject({ emergency: true, ticket: 'A03-1128-99900' });
    expect(emergency.hotline).toMatch(/\d/);
    const stored = findRequestByTicket(kiosk.runtime.db, emergency.ticket);
    expect(stored?.emergency).toBe(true);
    // Queued ahead of the ten ordinary requests (which the worker may be holding in flight).
    const queued = kiosk.runtime.db
      .prepare('SELECT request_id AS requestId, priority FROM outbox ORDER BY priority, id')
      .all() as { requestId: number; priority: number }[];
    expect(queued).toHaveLength(11);
    expect(queued[0]).toEqual({ requestId: stored?.id, priority: 0 });
  });
});
