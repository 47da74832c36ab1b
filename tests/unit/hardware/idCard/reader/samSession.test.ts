import { describe, expect, it } from 'vitest';
import { samRequest } from '../../../../../hardware/idCard/protocol/commands.js';
import { SamSession } from '../../../../../hardware/idCard/reader/samSession.js';
import { MemoryLink } from '../../../../../hardware/link/memoryLink.js';
import { ReaderSimulator } from '../../../../../hardware/idCard/simulator/readerSimulator.js';
import { ManualClock } from '../../../../../hardware/link/manualClock.js';

const policy = { timeoutMs: 1000, retries: 2 };

async function setup() {
  const clock = new ManualClock();
  const simulator = new ReaderSimulator({ clock });
  const transport = new MemoryLink(simulator);
  const connection = await transport.open();
  const session = new SamSession(connection, clock);
  return { clock, simulator, transport, session };
}

describe('SAM session', () => {
  it('returns the reply and its status', async () => {
    const { session } = await setup();
    const result = await session.execute(samRequest('samStatus'), policy);
    expect(result).toMatchObject({ ok: true, status: { ok: true, code: 'success' } });
  });

  it('retries after a timeout and gives up after the last retry', async () => {
    const { clock, simulator, session } = await setup();
    simulator.injectFault({ kind: 'silence' });
    const pending = session.execute(samRequest('findCard'), policy);
    await clock.advance(2999);
    expect(simulator.received).toEqual(['findCard', 'findCard', 'findCard']);
    await clock.advance(1);
    expect(await pending).toEqual({ ok: false, code: 'timeout' });
  });

  it('re-sends at once when a reply fails its checksum', async () => {
    const { clock, simulator, session } = await setup();
    simulator.injectFault({ kind: 'corrupt-checksum' }, { times: 1 });
    const pending = session.execute(samRequest('samStatus'), policy);
    await clock.advance(0);
    expect(await pending).toMatchObject({ ok: true, status: { code: 'success' } });
    expect(simulator.received).toEqual(['samStatus', 'samStatus']);
  });

  it("reports 'corrupt-reply' when every reply is garbled", async () => {
    const { clock, simulator, session } = await setup();
    simulator.injectFault({ kind: 'corrupt-checksum' });
    const pending = session.execute(samRequest('samStatus'), policy);
    await clock.advance(0);
    expect(await pending).toEqual({ ok: false, code: 'corrupt-reply' });
  });

  it('recovers from a truncated reply on the next attempt', async () => {
    const { clock, simulator, session } = await setup();
    simulator.injectFault({ kind: 'truncate' }, { times: 1 });
    const pending = session.execute(samRequest('samStatus'), policy);
    await clock.advance(1000);
    expect(await pending).toMatchObject({ ok: true, status: { code: 'success' } });
  });

  it('re-sends when the SAM says our frame was garbled', async () => {
    const { clock, simulator, session } = await setup();
    simulator.injectFault({ kind: 'status', sw3: 0x10 }, { times: 1 });
    const pending = session.execute(samRequest('samStatus'), policy);
    await clock.advance(0);
    expect(await pending).toMatchObject({ ok: true, status: { code: 'success' } });
  });

  it('passes card errors straight back without retrying', async () => {
    const { clock, simulator, session } = await setup();
    const pending = session.execute(samRequest('findCard'), policy);
    await clock.advance(0);
    expect(await pending).toMatchObject({ ok: true, status: { ok: false, code: 'no-card' } });
    expect(simulator.received).toEqual(['findCard']);
  });

  it("ends a command in flight with 'link-lost' when the device goes away", async () => {
    const { clock, simulator, transport, session } = await setup();
    simulator.injectFault({ kind: 'silence' });
    const pending = session.execute(samRequest('findCard'), policy);
    await clock.advance(10);
    transport.unplug();
    await clock.advance(0);
    expect(await pending).toEqual({ ok: false, code: 'link-lost' });
  });

  it('refuses overlapping commands', async () => {
    const { session } = await setup();
    const first = session.execute(samRequest('samStatus'), policy);
    await expect(session.execute(samRequest('samStatus'), policy)).rejects.toThrow(/in flight/);
    await first;
  });
});
