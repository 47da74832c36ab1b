// The voter token: the same resident has the same token in a round on every kiosk of the centre
// (they share the key), another token in another round, and without the key the token cannot be
// matched to an ID number, even by someone who tries every ID number.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { voterBase, voterKeyFrom, voterToken } from '../../../electron/services/vote/voterToken.js';

const key = Buffer.from('the-centre-kiosks-shared-voter-key-0001', 'utf8');
const idNumber = '11010519491231002X';
const token = (k: Buffer, round: string, id: string) => voterToken(k, round, voterBase(k, id));

describe('the voter token', () => {
  it('is the same on two kiosks sharing the key, and reads the X the same either case', () => {
    const otherKioskKey = Buffer.from('the-centre-kiosks-shared-voter-key-0001', 'utf8');
    expect(token(otherKioskKey, 'mw-2026-q4', idNumber.toLowerCase())).toBe(
      token(key, 'mw-2026-q4', idNumber),
    );
    expect(token(key, 'mw-2026-q4', idNumber)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs per round, per resident and per key', () => {
    const base = token(key, 'mw-2026-q4', idNumber);
    expect(token(key, 'mw-2027-q1', idNumber)).not.toBe(base);
    expect(token(key, 'mw-2026-q4', '110105194912310038')).not.toBe(base);
    expect(
      token(Buffer.from('another-centre-another-voter-key-0002'), 'mw-2026-q4', idNumber),
    ).not.toBe(base);
  });

  it('reveals nothing of the number to whoever lacks the key', () => {
    const value = token(key, 'mw-2026-q4', idNumber);
    expect(value).not.toContain('1949');
    // Trying the number the obvious keyless ways finds nothing.
    const guesses = [
      createHash('sha256').update(idNumber).digest('hex'),
      createHash('sha256').update(`mw-2026-q4${idNumber}`).digest('hex'),
      createHmac('sha256', 'mw-2026-q4').update(idNumber).digest('hex'),
      voterToken(Buffer.alloc(0), 'mw-2026-q4', voterBase(Buffer.alloc(0), idNumber)),
    ];
    expect(guesses).not.toContain(value);
  });

  it('is off without a configured key', () => {
    expect(voterKeyFrom('')).toBeNull();
    expect(voterKeyFrom('x'.repeat(32))?.length).toBe(32);
  });
});
