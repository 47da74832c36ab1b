import { describe, expect, it } from 'vitest';
import { parseCardReaderSpec } from '../../../../hardware/idCard/config/readerSpec.js';
import { createCardReader } from '../../../../hardware/idCard/createCardReader.js';
import { maskIdNumber } from '../../../../hardware/idCard/card/idNumber.js';
import { ManualClock } from '../../../../hardware/link/manualClock.js';
import { recordStates } from './support/states.js';

describe('createCardReader', () => {
  it('builds a simulator-backed reader a demo can drive', async () => {
    const clock = new ManualClock();
    const { reader, simulator } = createCardReader(parseCardReaderSpec('simulator'), { clock });
    if (!simulator) throw new Error('the simulator spec must come with its simulator');
    const log = recordStates(reader);
    reader.start();
    simulator.placeCard('han-resident');
    await clock.advance(0);
    expect(log.names()).toEqual(['waiting', 'reading', 'read:resident', 'remove-card']);
    const read = log.states[2];
    if (read?.state !== 'read' || read.card.kind !== 'resident') throw new Error('no card');
    expect(maskIdNumber(read.card.idNumber)).toBe('110105********1236');
    await reader.stop();
  });

  it('builds serial and HID readers without opening anything', () => {
    const serial = createCardReader(parseCardReaderSpec('serial:/dev/ttyUSB0?baud=9600'));
    expect(serial.simulator).toBeUndefined();
    expect(serial.reader.description).toBe('serial:/dev/ttyUSB0?baud=9600');
    expect(serial.reader.getState()).toEqual({ state: 'stopped' });
    const hid = createCardReader(parseCardReaderSpec('hid:10c4:0007'));
    expect(hid.reader.description).toBe('hid 10c4:0007');
  });

  it('reports a missing serial device as disconnected, with the path in the reason', async () => {
    const { reader } = createCardReader(parseCardReaderSpec('serial:/dev/ttyDOES-NOT-EXIST'), {
      timing: { reconnectIntervalMs: 60_000 },
    });
    const log = recordStates(reader);
    reader.start();
    await expect.poll(() => log.names()).toEqual(['disconnected']);
    const state = log.states[0];
    expect(state?.state === 'disconnected' && state.reason).toMatch(/ttyDOES-NOT-EXIST/);
    await reader.stop();
    expect(log.names()).toEqual(['disconnected', 'stopped']);
  });
});
