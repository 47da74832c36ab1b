// The serial path end to end through the kernel's tty layer: the simulator sits on one end of a
// socat pty pair, the driver's serial transport opens the other, by stable symlinks in a temp dir
// so the "device" can vanish and come back under the same name.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardReader } from '../../../../hardware/idCard/createCardReader.js';
import type { IdCardReader } from '../../../../hardware/idCard/reader/cardReader.js';
import { ReaderSimulator } from '../../../../hardware/idCard/simulator/readerSimulator.js';
import { hostOnSerial, type SerialHost } from '../../../../hardware/link/serialHost.js';
import { openPtyPair, type PtyPair } from '../../../support/ptyPair.js';
import { recordStates, waitForState } from '../../../unit/hardware/idCard/support/states.js';

const timing = {
  pollIntervalMs: 50,
  removalPollMs: 50,
  reconnectIntervalMs: 200,
  commandTimeoutMs: 1000,
  readTimeoutMs: 2000,
  retries: 1,
};

describe('ID card reader over a real pty pair', () => {
  let dir = '';
  let pair: PtyPair | undefined;
  let host: SerialHost | undefined;
  let reader: IdCardReader | undefined;
  let simulator: ReaderSimulator;

  async function plugIn(): Promise<void> {
    // Only the device end needs a stable name; the simulator opens the peer's real /dev/pts path,
    // which exists as soon as socat reports it (the symlinks follow a moment later).
    pair = await openPtyPair({ deviceLink: join(dir, 'ttyCARD') });
    host = await hostOnSerial(simulator, pair.peerPath, 115200);
  }

  async function unplug(): Promise<void> {
    await pair?.close(); // socat exits: both ptys vanish, as a USB adapter pulled out
    await host?.close();
    pair = undefined;
    host = undefined;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'idcard-pty-'));
    simulator = new ReaderSimulator();
    await plugIn();
    reader = createCardReader(
      { kind: 'serial', path: join(dir, 'ttyCARD'), baudRate: 115200 },
      { timing },
    ).reader;
  });

  afterEach(async () => {
    await reader?.stop();
    await unplug();
    await rm(dir, { recursive: true, force: true });
  });

  async function started(r: IdCardReader): Promise<void> {
    const ready = waitForState(r, (state) => state.state === 'waiting');
    r.start();
    await ready;
  }

  it('finds, selects and reads a card', async () => {
    const r = reader as IdCardReader;
    await started(r);
    const read = waitForState(r, (state) => state.state === 'read');
    simulator.placeCard('minority-resident');
    const state = await read;
    if (state.state !== 'read' || state.card.kind !== 'resident') throw new Error('no card');
    expect(state.card).toMatchObject({ name: '阿依古丽·买买提', nation: '维吾尔', sex: 'female' });
    expect(simulator.received.slice(0, 1)).toEqual(['samStatus']);
    expect(simulator.received.slice(-3)).toEqual(['findCard', 'selectCard', 'readText']);
    // 'remove-card' follows 'read' at once; taking the card away brings 'waiting' back.
    expect(r.getState()).toEqual({ state: 'remove-card' });
    const waiting = waitForState(r, (s) => s.state === 'waiting');
    simulator.removeCard();
    await waiting;
  });

  it('reads through a reply that stalls half-way for 400 ms', async () => {
    const r = reader as IdCardReader;
    await started(r);
    simulator.injectFault(
      { kind: 'mid-frame-delay', delayMs: 400 },
      { times: 1, commands: ['readText'] },
    );
    const read = waitForState(r, (state) => state.state === 'read');
    const before = Date.now();
    simulator.placeCard('long-term-resident');
    const state = await read;
    expect(Date.now() - before).toBeGreaterThanOrEqual(400);
    expect(state.state === 'read' && state.card.kind === 'resident' && state.card.validTo).toBe(
      'long-term',
    );
    // The stall was waited out, not retried.
    expect(simulator.received.filter((command) => command === 'readText')).toHaveLength(1);
  });

  it('reports the device vanishing and reconnects when it comes back under the same name', async () => {
    const r = reader as IdCardReader;
    await started(r);
    const log = recordStates(r);
    const gone = waitForState(r, (state) => state.state === 'disconnected');
    const absent = waitForState(
      r,
      (state) => state.state === 'disconnected' && /cannot open/u.test(state.reason),
    );
    await unplug();
    const disconnected = await gone;
    expect(disconnected.state === 'disconnected' && disconnected.reason).toMatch(/ttyCARD/);
    // The cause as it is now: first the port went away, then the device is not there to open.
    const reopened = await absent;
    expect(reopened.state === 'disconnected' && reopened.reason).toMatch(/ttyCARD/);

    // Absent for a while: retried quietly, reported once per cause.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(log.names()).toEqual(['disconnected', 'disconnected']);

    const back = waitForState(r, (state) => state.state === 'waiting');
    await plugIn();
    await back;
    const read = waitForState(r, (state) => state.state === 'read');
    simulator.placeCard('han-resident');
    const state = await read;
    expect(state.state === 'read' && state.card.kind).toBe('resident');
    expect(log.names()).toEqual([
      'disconnected',
      'disconnected',
      'waiting',
      'reading',
      'read:resident',
      'remove-card',
    ]);
  });
});
