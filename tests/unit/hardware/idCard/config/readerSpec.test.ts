import { describe, expect, it } from 'vitest';
import {
  CardReaderSpecError,
  formatCardReaderSpec,
  parseCardReaderSpec,
} from '../../../../../hardware/idCard/config/readerSpec.js';

describe('KIOSK_CARD_READER', () => {
  it.each([
    ['simulator', { kind: 'simulator' }],
    [' simulator ', { kind: 'simulator' }],
    ['serial:/dev/ttyUSB0', { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 }],
    ['serial:/dev/ttyS1?baud=9600', { kind: 'serial', path: '/dev/ttyS1', baudRate: 9600 }],
    ['serial:COM3?baud=57600', { kind: 'serial', path: 'COM3', baudRate: 57600 }],
    ['hid:10c4:0007', { kind: 'hid', vendorId: 0x10c4, productId: 0x0007 }],
    ['hid:10C4:0007', { kind: 'hid', vendorId: 0x10c4, productId: 0x0007 }],
  ])('parses %j', (value, spec) => {
    expect(parseCardReaderSpec(value)).toEqual(spec);
  });

  it.each([
    ['', 'unknown reader kind'],
    ['sim', 'unknown reader kind'],
    ['usb:/dev/hidraw0', 'unknown reader kind'],
    ['serial:', 'is not a serial device path'],
    ['serial:ttyUSB0', 'is not a serial device path'],
    ['serial:/dev/ttyUSB0?baud=12345', 'not a supported baud setting'],
    ['serial:/dev/ttyUSB0?speed=9600', 'not a supported baud setting'],
    ['hid:10c4', '4 hex digits'],
    ['hid:10c4:7', '4 hex digits'],
    ['hid:0400:c35a', 'bulk transfers, not HID'],
  ])('refuses %j, naming the value and what is allowed', (value, problem) => {
    const attempt = () => parseCardReaderSpec(value);
    expect(attempt).toThrow(CardReaderSpecError);
    expect(attempt).toThrow(problem);
    expect(attempt).toThrow(`KIOSK_CARD_READER=${JSON.stringify(value)}`);
    expect(attempt).toThrow(/allowed: "simulator", "serial:.*hid:10c4:0007/);
  });

  it('formats a spec back into the setting', () => {
    for (const value of [
      'simulator',
      'serial:/dev/ttyUSB0',
      'serial:COM3?baud=57600',
      'hid:10c4:0007',
    ]) {
      expect(formatCardReaderSpec(parseCardReaderSpec(value))).toBe(value);
    }
  });
});
