// The wait-ahead estimate a kiosk makes while the centre cannot say: the last known count of the
// same day, plus the numbers given out here since, minus what the window will have served in the
// time elapsed; priority numbers counting only priority numbers; never below zero.
import { describe, expect, it } from 'vitest';
import { estimateAhead } from '../../../electron/services/takeNumber/waitEstimate.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 1, minute)).toISOString();
const state = { waiting: 6, waitingPriority: 1, day: '2026-12-01', at: at(0) };
const base = {
  state,
  today: '2026-12-01',
  numbersHere: [],
  now: new Date(at(0)),
  minutesPerResident: 5,
  priority: false,
};

describe('the wait-ahead estimate', () => {
  it('starts from the last known count and adds the numbers given out here since', () => {
    expect(estimateAhead(base)).toBe(6);
    const numbersHere = [
      { issuedAt: at(0), priority: false },
      { issuedAt: at(1), priority: false },
      { issuedAt: at(2), priority: true },
    ];
    // One given out at the very moment of the count came after it: the kiosk asked first.
    expect(estimateAhead({ ...base, numbersHere, now: new Date(at(3)) })).toBe(9);
    expect(estimateAhead({ ...base, numbersHere, now: new Date(at(3)), priority: true })).toBe(2);
  });

  it('takes off one resident per average service time elapsed, never below zero', () => {
    expect(estimateAhead({ ...base, now: new Date(at(14)) })).toBe(4);
    expect(estimateAhead({ ...base, now: new Date(at(15)) })).toBe(3);
    expect(estimateAhead({ ...base, now: new Date(at(59)) })).toBe(0);
  });

  it('ignores a count from another day and starts from this kiosk’s numbers of today', () => {
    const yesterday = { ...state, day: '2026-11-30' };
    expect(estimateAhead({ ...base, state: yesterday })).toBe(0);
    const numbersHere = [
      { issuedAt: at(10), priority: false },
      { issuedAt: at(11), priority: false },
    ];
    expect(estimateAhead({ ...base, state: null, numbersHere, now: new Date(at(12)) })).toBe(2);
    expect(estimateAhead({ ...base, state: null, numbersHere, now: new Date(at(20)) })).toBe(0);
  });
});
