// Staff PINs are short, so they are stored only as a salted, deliberately slow scrypt hash: a copy
// of the database costs a guesser ~0.1 s per PIN per account instead of nothing.
import { type BinaryLike, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import type { PinHash } from '../../../db/repositories/staffAccounts.js';

/** N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per try. */
export const pinCost = { n: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;
const saltLength = 16;

/** Six to twelve digits: typed on the kiosk's large pad. */
export const pinPattern = /^[0-9]{6,12}$/;

function scryptAsync(pin: BinaryLike, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem above 128·N·r, which is exactly the default limit for N = 2^15.
    const options = { ...cost, maxmem: 256 * (cost.N ?? 1) * (cost.r ?? 8) };
    scrypt(pin, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(
  pin: string,
  randomBytes: (size: number) => Buffer,
): Promise<PinHash> {
  if (!pinPattern.test(pin)) throw new Error('a PIN is 6 to 12 digits');
  const salt = randomBytes(saltLength);
  const hash = await scryptAsync(pin, salt, { N: pinCost.n, r: pinCost.r, p: pinCost.p });
  return { hash, salt, ...pinCost };
}

/** Compares in constant time with the stored hash, using the cost it was made with. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  if (!pinPattern.test(pin)) return false;
  const candidate = await scryptAsync(pin, stored.salt, { N: stored.n, r: stored.r, p: stored.p });
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
