import { describe, expect, it } from 'vitest';
import { KioskError } from '../../../contract/index.js';
import { maskName, maskPhone } from '../../../electron/services/intake/masking.js';
import { serviceDate } from '../../../electron/services/intake/serviceDate.js';
import {
  installationPart,
  lookupSecretFrom,
  numberRequest,
  parseTicketQuery,
  qrLookupCode,
} from '../../../electron/services/intake/ticketNumbers.js';
import {
  randomFirstSeq,
  submissionLimitsFrom,
} from '../../../electron/services/intake/intakeService.js';

describe('ticket numbers', () => {
  it('are short enough to read aloud, and the QR code adds the year', () => {
    expect(numberRequest('A03', '2026-11-28', 42)).toEqual({
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
    });
  });

  it('carry the installation in the look-up code, and a secret only in the QR code', () => {
    const installation = installationPart('7kq2a1e3-0000-4000-8000-000000000000');
    expect(installation).toBe('7KQ2A1');
    expect(numberRequest('A03', '2026-11-28', 42, installation)).toEqual({
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042-7KQ2A1',
    });
    const secret = lookupSecretFrom(Uint8Array.from([0, 1, 2, 3, 31, 32, 200, 255, 8, 9]));
    expect(secret).toBe('0123Z08Z89');
    expect(secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(qrLookupCode('A03-20261128-0042-7KQ2A1', secret)).toBe(
      'A03-20261128-0042-7KQ2A1-0123Z08Z89',
    );
  });

  it('start a database’s first day at random, between 1001 and 5000', () => {
    expect(randomFirstSeq(Uint8Array.from([0, 0]))).toBe(1001);
    expect(randomFirstSeq(Uint8Array.from([0x0f, 0x9f]))).toBe(5000);
    expect(randomFirstSeq(Uint8Array.from([0xff, 0xff]))).toBe(1001 + (0xffff % 4000));
  });

  it('tell a QR code (with its secret) from a look-up code and a ticket', () => {
    expect(parseTicketQuery('A03-20261128-0042-7KQ2A1-0123Z08Z89', 'A03')).toEqual({
      kind: 'qr',
      lookupCode: 'A03-20261128-0042-7KQ2A1',
      secret: '0123Z08Z89',
    });
    expect(parseTicketQuery('a03-20261128-0042-7kq2a1', 'A03')).toEqual({
      kind: 'lookup',
      lookupCode: 'A03-20261128-0042-7KQ2A1',
    });
    // A secret with letters Crockford's alphabet leaves out is not one the kiosk printed.
    expect(() => parseTicketQuery('A03-20261128-0042-7KQ2A1-0123Z08ZIL', 'A03')).toThrow(
      KioskError,
    );
  });

  it('follow the centre’s calendar, not the machine’s', () => {
    // 23:30 UTC on the 27th is already the 28th in Shanghai.
    expect(serviceDate(new Date('2026-11-27T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(serviceDate(new Date('2026-11-27T23:30:00Z'), 'Europe/London')).toBe('2026-11-27');
  });

  it('are found from a scan, a typed ticket or just the eight digits of the digit pad', () => {
    expect(parseTicketQuery('A03-20261128-0042', 'A03')).toEqual({
      kind: 'lookup',
      lookupCode: 'A03-20261128-0042',
    });
    expect(parseTicketQuery(' a03-1128-0042 ', 'B01')).toEqual({
      kind: 'ticket',
      ticket: 'A03-1128-0042',
    });
    expect(parseTicketQuery('1128 0042', 'A03')).toEqual({
      kind: 'ticket',
      ticket: 'A03-1128-0042',
    });
    expect(parseTicketQuery('11280042', 'C07')).toEqual({
      kind: 'ticket',
      ticket: 'C07-1128-0042',
    });
  });

  it('refuse anything else with a clear code', () => {
    for (const bad of [
      'hello',
      '1234',
      '99999999',
      'A03-1328-0001',
      "'; DROP TABLE requests; --",
    ]) {
      expect(() => parseTicketQuery(bad, 'A03'), bad).toThrow(KioskError);
    }
    try {
      parseTicketQuery('nope', 'A03');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid-input',
        message: 'ticket-format',
        path: ['ticket'],
      });
    }
  });
});

describe('masking', () => {
  it('keeps the family name and the last character of a Chinese name', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王');
    expect(maskName('阿依古丽·买买提')).toBe('阿******提');
  });

  it('leaves a surname with an honorific as it is: it reveals nothing more', () => {
    expect(maskName('陈女士')).toBe('陈女士');
    expect(maskName('欧阳先生')).toBe('欧阳先生');
    expect(maskName('Mr Zhang')).toBe('Mr Zhang');
    expect(maskName('陈女士明')).toBe('陈**明');
  });

  it('keeps initials of a Latin name and the ends of a phone number', () => {
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('010-65123456')).toBe('010****3456');
  });
});

describe('the lobby’s submission limit', () => {
  it('is 10 a minute and 120 an hour unless KIOSK_SUBMISSIONS_PER_HOUR says otherwise', () => {
    expect(submissionLimitsFrom({})).toEqual([
      { max: 10, windowMs: 60_000 },
      { max: 120, windowMs: 3_600_000 },
    ]);
    expect(submissionLimitsFrom({ KIOSK_SUBMISSIONS_PER_HOUR: '1200' })).toEqual([
      { max: 100, windowMs: 60_000 },
      { max: 1200, windowMs: 3_600_000 },
    ]);
    for (const bad of ['0', '-5', 'lots', '100001', '1.5']) {
      expect(() => submissionLimitsFrom({ KIOSK_SUBMISSIONS_PER_HOUR: bad }), bad).toThrow(
        /KIOSK_SUBMISSIONS_PER_HOUR/,
      );
    }
  });
});
