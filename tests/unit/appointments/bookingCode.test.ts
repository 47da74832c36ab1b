// Booking codes are given at once, also offline, and never collide: the first four digits are
// the kiosk's id, so two kiosks drawing the very same random digits still give different codes,
// and one kiosk redraws while its own table already holds a code.
import { describe, expect, it } from 'vitest';
import { bookingCodePattern } from '../../../contract/index.js';
import {
  BookingCodesExhausted,
  drawBookingCode,
  kioskDigits,
  kioskOfCode,
} from '../../../electron/services/appointments/bookingCode.js';

/** The same seeded sequence for every kiosk: the worst case for a collision. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function drawMany(kioskId: string, count: number): string[] {
  const random = seeded(42);
  const taken = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    taken.add(drawBookingCode(kioskId, random, (code) => taken.has(code)));
  }
  return [...taken];
}

describe('booking codes', () => {
  it('carry the kiosk id in four digits, and read back to it', () => {
    expect(kioskDigits('A01')).toBe('0101');
    expect(kioskDigits('B03')).toBe('0203');
    expect(kioskDigits('Z99')).toBe('2699');
    expect(kioskOfCode('0203-48291')).toBe('B03');
    expect(kioskOfCode('2799-48291')).toBeNull();
    expect(() => kioskDigits('a1')).toThrow();
  });

  it('never collide across two kiosks drawing the same random digits', () => {
    const first = drawMany('A01', 2_000);
    const second = drawMany('B03', 2_000);
    expect(new Set(first).size).toBe(2_000);
    expect(new Set(second).size).toBe(2_000);
    expect(first.filter((code) => second.includes(code))).toEqual([]);
    for (const code of [...first, ...second]) expect(code).toMatch(bookingCodePattern);
    expect(first.every((code) => code.startsWith('0101-'))).toBe(true);
    expect(second.every((code) => code.startsWith('0203-'))).toBe(true);
  });

  it('redraws a code this kiosk already holds, and says so when it cannot find one', () => {
    const digits = [0.12345, 0.12345, 0.5];
    const random = () => digits.shift() ?? 0;
    const held = new Set(['0101-12345']);
    expect(drawBookingCode('A01', random, (code) => held.has(code))).toBe('0101-50000');
    expect(() =>
      drawBookingCode(
        'A01',
        () => 0.1,
        () => true,
      ),
    ).toThrow(BookingCodesExhausted);
  });
});
