// The kiosk's secret: one random master key, from which the sealing key (personal fields at rest)
// and the ID-hash key are derived. In Electron it is kept encrypted by the operating system's
// keyring (safeStorage); elsewhere in a file only the kiosk's user can read. Without the key the
// database alone reveals no name, phone or ID number.
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KioskKeys {
  sealKey: Buffer;
  idHashKey: Buffer;
}

export const keyFileName = 'kiosk.key';
export const protectedKeyFileName = 'kiosk.key.protected';

/** Encrypts the key file with the OS keyring (Electron's safeStorage). */
export interface KeyProtector {
  protect(key: Buffer): Buffer;
  unprotect(sealed: Buffer): Buffer;
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `community-kiosk/${purpose}`, 32));
}

function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function checkedMaster(master: Buffer, path: string): Buffer {
  if (master.length !== 32) throw new Error(`${path} is damaged (expected a 32-byte key).`);
  return master;
}

function loadMaster(dataDir: string, protector: KeyProtector | undefined): Buffer {
  const plainPath = join(dataDir, keyFileName);
  const protectedPath = join(dataDir, protectedKeyFileName);
  const protectedKey = readIfExists(protectedPath);
  if (protectedKey) {
    if (!protector) {
      throw new Error(
        `${protectedPath} is locked by the operating system's keyring; start the kiosk in Electron to read it.`,
      );
    }
    return checkedMaster(protector.unprotect(protectedKey), protectedPath);
  }
  const plain = readIfExists(plainPath);
  if (plain) {
    const master = checkedMaster(plain, plainPath);
    if (process.platform !== 'win32' && (statSync(plainPath).mode & 0o077) !== 0)
      chmodSync(plainPath, 0o600);
    if (protector) {
      // Upgrade: the same key, now behind the keyring; the readable copy goes.
      writeFileSync(protectedPath, protector.protect(master), { mode: 0o600, flag: 'wx' });
      unlinkSync(plainPath);
    }
    return master;
  }
  const master = randomBytes(32);
  // 'wx': never overwrite a key another process just wrote; that would orphan sealed data.
  if (protector)
    writeFileSync(protectedPath, protector.protect(master), { mode: 0o600, flag: 'wx' });
  else writeFileSync(plainPath, master, { mode: 0o600, flag: 'wx' });
  return master;
}

export function loadOrCreateKeys(dataDir: string, protector?: KeyProtector): KioskKeys {
  const master = loadMaster(dataDir, protector);
  return { sealKey: derive(master, 'seal'), idHashKey: derive(master, 'id-hash') };
}

/** A keyed hash, so requests can be found by ID card without storing the number. */
export function hashIdNumber(keys: KioskKeys, idNumber: string): string {
  return createHmac('sha256', keys.idHashKey).update(idNumber.toUpperCase()).digest('hex');
}
