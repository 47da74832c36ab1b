import { describe, expect, it } from 'vitest';
import {
  PrinterSpecError,
  formatPrinterSpec,
  parsePrinterSpec,
} from '../../../../hardware/printer/transport/printerSpec.js';

describe('KIOSK_PRINTER', () => {
  it.each([
    ['simulator', { kind: 'simulator', paper: 58, statusCheck: 'query' }],
    ['simulator?paper=80', { kind: 'simulator', paper: 80, statusCheck: 'query' }],
    [
      'tcp://10.0.0.5:9100',
      { kind: 'tcp', host: '10.0.0.5', port: 9100, paper: 58, statusCheck: 'query', holdMs: 0 },
    ],
    [
      'tcp://printer.lan',
      { kind: 'tcp', host: 'printer.lan', port: 9100, paper: 58, statusCheck: 'query', holdMs: 0 },
    ],
    [
      'tcp://[::1]:9101?paper=80',
      { kind: 'tcp', host: '::1', port: 9101, paper: 80, statusCheck: 'query', holdMs: 0 },
    ],
    ['file:/dev/usb/lp0', { kind: 'file', path: '/dev/usb/lp0', paper: 58, statusCheck: 'query' }],
    [
      'file:///dev/usb/lp0?status=none',
      { kind: 'file', path: '/dev/usb/lp0', paper: 58, statusCheck: 'none' },
    ],
    [
      'serial:/dev/ttyS0?baud=19200',
      {
        kind: 'serial',
        path: '/dev/ttyS0',
        baudRate: 19200,
        flowControl: 'none',
        paper: 58,
        statusCheck: 'query',
      },
    ],
    [
      'serial:COM3?baud=115200&flow=rtscts&paper=80',
      {
        kind: 'serial',
        path: 'COM3',
        baudRate: 115200,
        flowControl: 'rtscts',
        paper: 80,
        statusCheck: 'query',
      },
    ],
    [
      ' serial:/dev/ttyUSB0 ',
      {
        kind: 'serial',
        path: '/dev/ttyUSB0',
        baudRate: 9600,
        flowControl: 'none',
        paper: 58,
        statusCheck: 'query',
      },
    ],
    [
      'tcp://10.0.0.5?hold=5000&status=none',
      { kind: 'tcp', host: '10.0.0.5', port: 9100, paper: 58, statusCheck: 'none', holdMs: 5000 },
    ],
  ])('parses %s', (value, spec) => {
    expect(parsePrinterSpec(value)).toEqual(spec);
  });

  it.each([
    ['', 'it is empty'],
    ['lpt1', 'unknown kind "lpt1"'],
    ['simulator:x', 'takes no address'],
    ['tcp://', 'expected tcp://HOST'],
    ['tcp://host:0', 'port 0 is out of range'],
    ['tcp://host:70000', 'out of range'],
    ['tcp://host:9100/path', 'expected tcp://HOST'],
    ['file:dev/usb/lp0', 'not an absolute device path'],
    [
      'serial:/dev/ttyS0?baud=12345',
      'baud must be one of 9600, 19200, 38400, 57600, 115200, got "12345"',
    ],
    ['serial:/dev/ttyS0?speed=9600', 'unknown option "speed=9600"'],
    ['tcp://host?baud=9600', 'unknown option "baud=9600"'],
    ['simulator?paper=76', 'paper must be one of 58, 80'],
    ['file:/dev/usb/lp0?status=maybe', 'status must be one of query, none'],
    ['simulator?paper=58&paper=80', 'given twice'],
    ['tcp://host?hold=-1', 'hold must be milliseconds from 0 to 600000, got "-1"'],
    ['tcp://host?hold=5s', 'hold must be milliseconds'],
    ['tcp://host?hold=600001', 'hold must be milliseconds'],
    ['serial:/dev/ttyS0?hold=0', 'unknown option "hold=0"'],
    ['file:/dev/usb/lp0?hold=0', 'unknown option "hold=0"'],
  ])('rejects %j naming the value and what is allowed', (value, problem) => {
    let error: unknown;
    try {
      parsePrinterSpec(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrinterSpecError);
    const message = (error as Error).message;
    expect(message).toContain(`KIOSK_PRINTER="${value}"`);
    expect(message).toContain(problem);
    expect(message).toContain('Allowed: simulator, tcp://HOST[:PORT]');
    expect(message).toContain('serial:DEVICE');
  });

  it('formats a spec back into a value that parses to the same spec', () => {
    for (const value of [
      'simulator',
      'tcp://[::1]:9101?paper=80',
      'tcp://printer.lan?hold=3000',
      'file:/dev/usb/lp0?status=none',
      'serial:COM3?baud=19200&flow=xonxoff',
    ]) {
      const spec = parsePrinterSpec(value);
      expect(parsePrinterSpec(formatPrinterSpec(spec))).toEqual(spec);
    }
    expect(formatPrinterSpec(parsePrinterSpec('tcp://10.0.0.5'))).toBe(
      'tcp://10.0.0.5:9100?paper=58',
    );
    expect(formatPrinterSpec(parsePrinterSpec('tcp://10.0.0.5?hold=0'))).toBe(
      'tcp://10.0.0.5:9100?paper=58',
    );
  });
});
