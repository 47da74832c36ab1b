// How long the printer keeps its connection: per operation, for a hold after it, or for ever,
// on the in-memory link and a manual clock.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../hardware/link/manualClock.js';
import { HeldConnection } from '../../../../hardware/printer/driver/heldConnection.js';
import { virtualPrinterLink } from '../../../../hardware/printer/virtual/virtualLink.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';

function setUp(holdMs: number) {
  const clock = new ManualClock();
  const link = virtualPrinterLink(new VirtualPrinter());
  return { clock, link, held: new HeldConnection(link, holdMs, clock) };
}

describe('the held printer connection', () => {
  it('with hold 0, closes as soon as the operation is released', async () => {
    const { link, held } = setUp(0);
    const connection = await held.acquire();
    expect(link.isConnected).toBe(true);
    await held.release();
    expect(connection.isClosed).toBe(true);
    expect(await connection.closed).toBeUndefined(); // closed by us, not lost
    expect(held.current).toBeUndefined();
    const next = await held.acquire();
    expect(next).not.toBe(connection);
  });

  it('with a hold, keeps it for that long after the last operation, and reuses it', async () => {
    const { clock, link, held } = setUp(5_000);
    const first = await held.acquire();
    await held.release();
    await clock.advance(4_000);
    expect(await held.acquire()).toBe(first); // within the hold: same connection, timer off
    await held.release();
    await clock.advance(4_999);
    expect(link.isConnected).toBe(true);
    await clock.advance(1);
    expect(link.isConnected).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });

  it('with hold Infinity, keeps it until closed, and reopens one that was lost', async () => {
    const { clock, link, held } = setUp(Number.POSITIVE_INFINITY);
    const first = await held.acquire();
    await held.release();
    await clock.advance(3_600_000);
    expect(held.current).toBe(first);
    link.unplug();
    link.plugIn();
    expect(held.current).toBeUndefined();
    const second = await held.acquire();
    expect(second).not.toBe(first);
    await held.close();
    expect(second.isClosed).toBe(true);
  });

  it('shares one open between callers that ask at once', async () => {
    const { held } = setUp(0);
    const [a, b] = await Promise.all([held.acquire(), held.acquire()]);
    expect(a).toBe(b);
  });
});
