import { describe, expect, it } from 'vitest';
import {
  findCardPollMs,
  findCardWireMs,
  MAX_WIRE_DUTY,
  REAL_READER_POLL_FLOOR_MS,
} from '../../../../../hardware/idCard/config/findCardRate.js';
import { parseCardReaderSpec } from '../../../../../hardware/idCard/config/readerSpec.js';
import { createCardReader } from '../../../../../hardware/idCard/createCardReader.js';
import { ManualClock } from '../../../../../hardware/link/manualClock.js';
import { recordStates } from '../support/states.js';

describe('find-card polling rate per link', () => {
  it('takes 25 bytes of 10 bits on the wire per exchange', () => {
    expect(findCardWireMs(115200)).toBeCloseTo(2.17, 2);
    expect(findCardWireMs(9600)).toBeCloseTo(26.04, 2);
  });

  it('polls a fast UART and an HID reader at the floor, a slow UART at a tenth wire duty', () => {
    expect(findCardPollMs(parseCardReaderSpec('serial:/dev/ttyUSB0'))).toBe(100);
    expect(findCardPollMs(parseCardReaderSpec('serial:/dev/ttyUSB0?baud=38400'))).toBe(100);
    expect(findCardPollMs(parseCardReaderSpec('serial:/dev/ttyUSB0?baud=19200'))).toBe(118);
    expect(findCardPollMs(parseCardReaderSpec('serial:/dev/ttyUSB0?baud=9600'))).toBe(235);
    expect(findCardPollMs(parseCardReaderSpec('hid:10c4:0007'))).toBe(REAL_READER_POLL_FLOOR_MS);
    expect(findCardPollMs(parseCardReaderSpec('simulator'))).toBe(20);
  });

  it('never lets an exchange take more than its share of a serial poll cycle', () => {
    for (const baud of [115200, 57600, 38400, 19200, 9600]) {
      const pause = findCardPollMs(parseCardReaderSpec(`serial:/dev/ttyS0?baud=${baud}`));
      const wire = findCardWireMs(baud);
      expect(wire / (wire + pause)).toBeLessThanOrEqual(MAX_WIRE_DUTY + 1e-9);
    }
  });

  it('reads a card placed on the simulator within one poll pause', async () => {
    const clock = new ManualClock();
    const { reader, simulator } = createCardReader(parseCardReaderSpec('simulator'), { clock });
    if (!simulator) throw new Error('the simulator spec must come with its simulator');
    const log = recordStates(reader);
    reader.start();
    await clock.advance(0);
    await clock.advance(5); // the card lands just after a find-card said "no card"
    simulator.placeCard('han-resident');
    await clock.advance(14);
    expect(log.names()).toEqual(['waiting']);
    await clock.advance(1);
    expect(log.names()).toEqual(['waiting', 'reading', 'read:resident', 'remove-card']);
    await reader.stop();
  });

  it('lets a caller keep its own timing', async () => {
    const clock = new ManualClock();
    const { reader, simulator } = createCardReader(parseCardReaderSpec('simulator'), {
      clock,
      timing: { pollIntervalMs: 1000 },
    });
    const log = recordStates(reader);
    reader.start();
    await clock.advance(0);
    simulator?.placeCard('han-resident');
    await clock.advance(999);
    expect(log.names()).toEqual(['waiting']);
    await clock.advance(1);
    expect(log.names()).toContain('read:resident');
    await reader.stop();
  });
});
