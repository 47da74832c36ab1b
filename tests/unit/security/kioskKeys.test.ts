import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashIdNumber, loadOrCreateKeys } from '../../../electron/services/security/kioskKeys.js';
import { seal, unseal } from '../../../electron/services/security/sealedFields.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-keys-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the kiosk key', () => {
  it('is made once, readable by the kiosk user only, and the same on every start', () => {
    const dir = tempDir();
    const first = loadOrCreateKeys(dir);
    expect(statSync(join(dir, 'kiosk.key')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKeys(dir)).toEqual(first);
  });

  it('refuses a damaged key file rather than making a new key that orphans sealed data', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kiosk.key'), 'short');
    expect(() => loadOrCreateKeys(dir)).toThrow(/damaged/);
    expect(readFileSync(join(dir, 'kiosk.key'), 'utf8')).toBe('short');
  });

  it('hashes an ID number with a key, so the hash alone does not reveal it', () => {
    const a = loadOrCreateKeys(tempDir());
    const b = loadOrCreateKeys(tempDir());
    expect(hashIdNumber(a, '11010519491231002x')).toBe(hashIdNumber(a, '11010519491231002X'));
    expect(hashIdNumber(a, '11010519491231002X')).not.toBe(hashIdNumber(b, '11010519491231002X'));
    expect(hashIdNumber(a, '11010519491231002X')).not.toContain('110105');
  });
});

describe('sealed personal fields', () => {
  it('round-trip, differ every time, and refuse a tampered record', () => {
    const keys = loadOrCreateKeys(tempDir());
    const value = { name: '张三明', phone: '13812345678', description: '厨房水管漏水' };
    const first = seal(keys, value);
    expect(unseal(keys, first)).toEqual(value);
    expect(seal(keys, value).equals(first)).toBe(false);
    expect(first.toString('utf8')).not.toContain('13812345678');
    const tampered = Buffer.from(first);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => unseal(keys, tampered)).toThrow();
    expect(() => unseal(loadOrCreateKeys(tempDir()), first)).toThrow();
  });
});

describe('the kiosk key behind an OS keyring', () => {
  const keyring = {
    protect: (key: Buffer) =>
      Buffer.concat([Buffer.from('locked:'), key.map((byte) => byte ^ 0x5a)]),
    unprotect: (sealed: Buffer) => Buffer.from(sealed.subarray(7).map((byte) => byte ^ 0x5a)),
  };

  it('is stored only in protected form', () => {
    const dir = tempDir();
    const keys = loadOrCreateKeys(dir, keyring);
    expect(() => statSync(join(dir, 'kiosk.key'))).toThrow();
    expect(readFileSync(join(dir, 'kiosk.key.protected')).subarray(0, 7).toString()).toBe(
      'locked:',
    );
    expect(loadOrCreateKeys(dir, keyring)).toEqual(keys);
  });

  it('takes over an existing plain key file unchanged, then removes it', () => {
    const dir = tempDir();
    const plain = loadOrCreateKeys(dir);
    expect(loadOrCreateKeys(dir, keyring)).toEqual(plain);
    expect(() => statSync(join(dir, 'kiosk.key'))).toThrow();
    expect(loadOrCreateKeys(dir, keyring)).toEqual(plain);
  });

  it('names the key file and says not to delete it when the keyring will not open it', () => {
    const dir = tempDir();
    loadOrCreateKeys(dir, keyring);
    const lockedKeyring = {
      ...keyring,
      unprotect: () => {
        throw new Error('Error while decrypting the ciphertext');
      },
    };
    expect(() => loadOrCreateKeys(dir, lockedKeyring)).toThrow(
      `${join(dir, 'kiosk.key.protected')} could not be opened with this user's OS keyring ` +
        '(Error while decrypting the ciphertext). Do not delete it',
    );
    expect(loadOrCreateKeys(dir, keyring).sealKey).toHaveLength(32);
  });

  it('says plainly when a protected key is read without the keyring', () => {
    const dir = tempDir();
    loadOrCreateKeys(dir, keyring);
    expect(() => loadOrCreateKeys(dir)).toThrow(/locked by the operating system's keyring/);
  });
});
