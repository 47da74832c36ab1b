// PINs are kept only as salted scrypt hashes at a cost that makes guessing a copied database slow.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, pinCost, pinMatches } from '../../../electron/services/staff/pinHash.js';

describe('staff PIN hashing', () => {
  it('uses scrypt with N of at least 2^15 and a 16-byte salt of its own per hash', async () => {
    const first = await hashPin('246810', randomBytes);
    const second = await hashPin('246810', randomBytes);
    expect(first.n).toBeGreaterThanOrEqual(2 ** 15);
    expect(first).toMatchObject({ n: pinCost.n, r: 8, p: 1 });
    expect(first.salt).toHaveLength(16);
    expect(first.hash).toHaveLength(32);
    // The same PIN hashed twice looks different: no table of PIN hashes works across accounts.
    expect(first.salt.equals(second.salt)).toBe(false);
    expect(first.hash.equals(second.hash)).toBe(false);
    expect(first.hash.toString('latin1')).not.toContain('246810');
  });

  it('accepts the right PIN and refuses a wrong or malformed one', async () => {
    const stored = await hashPin('246810', randomBytes);
    expect(await pinMatches('246810', stored)).toBe(true);
    expect(await pinMatches('246811', stored)).toBe(false);
    expect(await pinMatches('2468100', stored)).toBe(false);
    expect(await pinMatches('24681a', stored)).toBe(false);
  });

  it('refuses to hash a PIN shorter than six digits', async () => {
    await expect(hashPin('1234', randomBytes)).rejects.toThrow('6 to 12 digits');
  });
});
