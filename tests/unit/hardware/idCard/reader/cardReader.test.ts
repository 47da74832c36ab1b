import { afterEach, describe, expect, it } from 'vitest';
import { IdCardReader } from '../../../../../hardware/idCard/reader/cardReader.js';
import { nextCard } from '../../../../../hardware/idCard/reader/nextCard.js';
import { MemoryLink } from '../../../../../hardware/link/memoryLink.js';
import { ReaderSimulator } from '../../../../../hardware/idCard/simulator/readerSimulator.js';
import { ManualClock } from '../../../../../hardware/link/manualClock.js';
import { recordStates, type StateLog } from '../support/states.js';

// Default timing: poll 1 s, removal probe 0.5 s, reconnect 2 s, command timeout 2 s, read 5 s,
// two retries. The manual clock makes every wait instant and every ordering exact.
let reader: IdCardReader | undefined;

async function setup() {
  const clock = new ManualClock();
  const simulator = new ReaderSimulator({ clock });
  const transport = new MemoryLink(simulator);
  reader = new IdCardReader(transport, { clock });
  const log: StateLog = recordStates(reader);
  reader.start();
  await clock.advance(0);
  return { clock, simulator, transport, reader, log };
}

afterEach(async () => {
  await reader?.stop();
  reader = undefined;
});

describe('card reader state machine', () => {
  it('waits, reads a placed card once, and waits for it to be taken away', async () => {
    const { clock, simulator, log } = await setup();
    expect(log.names()).toEqual(['waiting']);
    await clock.advance(3000);
    expect(log.names()).toEqual(['waiting']);

    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(log.names()).toEqual(['waiting', 'reading', 'read:resident', 'remove-card']);
    const read = log.states[2];
    expect(read?.state === 'read' && read.card.kind === 'resident' && read.card.name).toBe('张伟');

    // Left on the reader, the card is not read again.
    await clock.advance(10_000);
    expect(log.names()).toHaveLength(4);
    expect(simulator.received.filter((command) => command === 'readText')).toHaveLength(1);

    simulator.removeCard();
    await clock.advance(500);
    expect(log.names().slice(4)).toEqual(['waiting']);
    simulator.placeCard('minority-resident');
    await clock.advance(1000);
    expect(log.names().slice(5)).toEqual(['reading', 'read:resident', 'remove-card']);
  });

  it('does not keep the card after reporting it', async () => {
    const { clock, simulator, reader } = await setup();
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(reader.getState()).toEqual({ state: 'remove-card' });
  });

  it('reports a residence permit as its own kind', async () => {
    const { clock, simulator, log } = await setup();
    simulator.placeCard('hk-macao-taiwan-permit');
    await clock.advance(1000);
    expect(log.names()).toContain('read:hk-macao-taiwan-permit');
  });

  it('rejects the bad-check-digit card with its code and asks for it back', async () => {
    const { clock, simulator, log } = await setup();
    simulator.placeCard('bad-check-digit');
    await clock.advance(1000);
    expect(log.names()).toEqual(['waiting', 'reading', 'error:bad-check-digit', 'remove-card']);
    expect(log.states[2]).toEqual({ state: 'error', code: 'bad-check-digit', field: 'idNumber' });
  });

  it('reports an authentication failure and waits for the card to be lifted', async () => {
    const { clock, simulator, log } = await setup();
    simulator.injectFault({ kind: 'auth-failed' }, { times: 1 });
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(log.names()).toEqual(['waiting', 'reading', 'error:auth-failed', 'remove-card']);
    // Lifted and put back at once, the field never looked empty: still waiting for removal.
    simulator.removeCard();
    simulator.placeCard('han-resident');
    await clock.advance(2000);
    expect(log.names()).toHaveLength(4);
    simulator.removeCard();
    await clock.advance(500);
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(log.names().slice(4)).toEqual(['waiting', 'reading', 'read:resident', 'remove-card']);
  });

  it('goes straight back to waiting when the card slipped away, and tries again', async () => {
    const { clock, simulator, log } = await setup();
    simulator.placeCard('han-resident');
    simulator.injectFault({ kind: 'no-card' }, { times: 1, commands: ['selectCard'] });
    await clock.advance(1000);
    expect(log.names()).toEqual(['waiting', 'reading', 'error:no-card', 'waiting']);
    await clock.advance(999);
    expect(log.names()).toHaveLength(4);
    await clock.advance(1);
    expect(log.names().slice(4)).toEqual(['reading', 'read:resident', 'remove-card']);
  });

  it('survives a garbled and a truncated reply during the read', async () => {
    const { clock, simulator, log } = await setup();
    simulator.injectFault({ kind: 'corrupt-checksum' }, { times: 1, commands: ['readText'] });
    simulator.placeCard('long-term-resident');
    await clock.advance(1000);
    expect(log.names()).toContain('read:resident');
    simulator.removeCard();
    await clock.advance(500);
    simulator.injectFault({ kind: 'truncate' }, { times: 1, commands: ['readText'] });
    simulator.placeCard('han-resident');
    await clock.advance(1000 + 5000);
    expect(log.names().filter((name) => name === 'read:resident')).toHaveLength(2);
  });

  it('treats a reader that falls silent as disconnected, and recovers when it answers', async () => {
    const { clock, simulator, log } = await setup();
    simulator.injectFault({ kind: 'silence' });
    await clock.advance(1000 + 3 * 2000);
    expect(log.names()).toEqual(['waiting', 'disconnected']);
    const disconnected = log.states[1];
    expect(disconnected?.state === 'disconnected' && disconnected.reason).toMatch(/timeout/);
    simulator.clearFaults();
    await clock.advance(2000);
    expect(log.names()).toEqual(['waiting', 'disconnected', 'waiting']);
  });

  it('reports a read that times out, then reconnects', async () => {
    const { clock, simulator, log } = await setup();
    simulator.injectFault({ kind: 'silence' }, { times: 3, commands: ['readText'] });
    simulator.placeCard('han-resident');
    await clock.advance(1000 + 3 * 5000);
    expect(log.names()).toEqual(['waiting', 'reading', 'error:timeout', 'disconnected']);
    await clock.advance(2000);
    expect(log.names().at(-1)).toBe('waiting');
  });

  it('reports an unplugged device once per cause, retries, and reconnects when it is back', async () => {
    const { clock, transport, simulator, log } = await setup();
    transport.unplug();
    await clock.advance(0);
    expect(log.names()).toEqual(['waiting', 'disconnected']);
    await clock.advance(2000);
    // The link went away; the next attempt finds nothing to open: a new cause, a new state.
    expect(log.names()).toEqual(['waiting', 'disconnected', 'disconnected']);
    const [lost, absent] = log.states.slice(1);
    expect(lost?.state === 'disconnected' && lost.reason).toMatch(/simulator unplugged/);
    expect(absent?.state === 'disconnected' && absent.reason).toMatch(/simulator is unplugged/);
    await clock.advance(10_000);
    expect(log.names()).toHaveLength(3);
    transport.plugIn();
    await clock.advance(2000);
    expect(log.names()).toEqual(['waiting', 'disconnected', 'disconnected', 'waiting']);
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(log.names().at(-2)).toBe('read:resident');
  });

  it('gives the current cause, not a stale one, for a reader plugged in but silent', async () => {
    const { clock, transport, simulator, reader } = await setup();
    transport.unplug();
    await clock.advance(2_000);
    expect(reader.getState()).toEqual({
      state: 'disconnected',
      reason: 'simulator is unplugged',
      since: 2_000,
    });
    await clock.advance(5_000);
    simulator.injectFault({ kind: 'silence' });
    transport.plugIn();
    await clock.advance(2_000 + 3 * 2_000);
    const silent = reader.getState();
    expect(silent.state === 'disconnected' && silent.reason).toBe(
      'simulator: no reply from the SAM',
    );
    expect(silent.state === 'disconnected' && silent.since).toBeGreaterThan(5_000);
    simulator.clearFaults();
    await clock.advance(2_000);
    // Connected again: no reason left behind.
    expect(reader.getState()).toEqual({ state: 'waiting' });
  });

  it('reports a SAM fault once and carries on when it clears', async () => {
    const clock = new ManualClock();
    const simulator = new ReaderSimulator({ clock });
    simulator.injectFault({ kind: 'status', sw3: 0x60 }, { times: 3, commands: ['samStatus'] });
    reader = new IdCardReader(new MemoryLink(simulator), { clock });
    const log = recordStates(reader);
    reader.start();
    await clock.advance(3000);
    expect(log.names()).toEqual(['error:sam-self-test-failed', 'waiting']);
  });

  it('stops cleanly: no timers left, the device closed, state stopped', async () => {
    const { clock, reader, log, simulator } = await setup();
    await reader.stop();
    expect(log.names().at(-1)).toBe('stopped');
    expect(clock.pendingTimers).toBe(0);
    simulator.placeCard('han-resident');
    await clock.advance(5000);
    expect(log.names().at(-1)).toBe('stopped');
  });

  it('keeps going when a listener throws', async () => {
    const clock = new ManualClock();
    const simulator = new ReaderSimulator({ clock });
    const errors: unknown[] = [];
    reader = new IdCardReader(new MemoryLink(simulator), {
      clock,
      onListenerError: (error) => errors.push(error),
    });
    reader.subscribe(() => {
      throw new Error('listener bug');
    });
    const log = recordStates(reader);
    reader.start();
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    expect(log.names()).toContain('read:resident');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('nextCard() resolves with the next card or the next error', async () => {
    const { clock, simulator, reader } = await setup();
    const first = nextCard(reader);
    simulator.placeCard('han-resident');
    await clock.advance(1000);
    const result = await first;
    expect(result.ok && result.card.kind).toBe('resident');

    simulator.removeCard();
    await clock.advance(500);
    const second = nextCard(reader);
    simulator.placeCard('bad-check-digit');
    await clock.advance(1000);
    expect(await second).toEqual({ ok: false, code: 'bad-check-digit', field: 'idNumber' });

    const controller = new AbortController();
    const third = nextCard(reader, controller.signal);
    controller.abort(new Error('screen timed out'));
    await expect(third).rejects.toThrow('screen timed out');
  });

  it('nextCard() answers at once, "reader not connected", when the reader is not connected', async () => {
    const { clock, transport, reader } = await setup();
    const pending = nextCard(reader);
    transport.unplug();
    await clock.advance(0);
    // A read already waiting ends when the reader goes away.
    expect(await pending).toEqual({ ok: false, code: 'reader-not-connected' });
    // One asked while it is away answers without waiting for anything: no clock moves here.
    const pendingTimers = clock.pendingTimers;
    expect(await nextCard(reader)).toEqual({ ok: false, code: 'reader-not-connected' });
    expect(clock.pendingTimers).toBe(pendingTimers);
    await reader.stop();
    expect(await nextCard(reader)).toEqual({ ok: false, code: 'reader-not-connected' });
  });
});
