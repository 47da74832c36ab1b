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
  /** A fingerprint of the master key that reveals nothing of it; recorded in the database. */
  keyId: string;
}

/** Where the master key is kept: behind the OS keyring, or in a file only the user can read. */
export type KeyProtection = 'keyring' | 'file';

export interface OpenedKeys {
  keys: KioskKeys;
  /** True when no key was found and a new one was made at this start. */
  created: boolean;
  protection: KeyProtection;
}

export const keyFileName = 'kiosk.key';
export const protectedKeyFileName = 'kiosk.key.protected';

/** Encrypts the key file with the OS keyring (Electron's safeStorage). */
export interface KeyProtector {
  protect(key: Buffer): Buffer;
  unprotect(sealed: Buffer): Buffer;
}

/**
 * A "keyring" that protects nothing (Electron on Linux without a secret store encrypts with a
 * hard-coded password). It is only used to read a key an earlier start put behind it; the key
 * then moves to the 0600 file, which is what protected it all along.
 */
export type RetiredProtector = Pick<KeyProtector, 'unprotect'>;

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

/** A keyring that will not open the key is named, and the file must not be "fixed" by deleting. */
function unlock(protector: KeyProtector, sealed: Buffer, path: string): Buffer {
  try {
    return protector.unprotect(sealed);
  } catch (error) {
    throw new Error(
      `${path} could not be opened with this user's OS keyring ` +
        `(${error instanceof Error ? error.message : String(error)}). Do not delete it: the ` +
        `stored requests are sealed with it. Start the kiosk as the user whose keyring holds it, ` +
        `with that keyring unlocked.`,
      { cause: error },
    );
  }
}

interface Master {
  master: Buffer;
  created: boolean;
}

/** Moves a key out of a keyring that is not one, into the 0600 file; the plain file wins. */
function retireProtectedKey(dataDir: string, retired: RetiredProtector, sealed: Buffer): void {
  const protectedPath = join(dataDir, protectedKeyFileName);
  const master = checkedMaster(retired.unprotect(sealed), protectedPath);
  writeFileSync(join(dataDir, keyFileName), master, { mode: 0o600, flag: 'wx' });
  unlinkSync(protectedPath);
}

function loadMaster(
  dataDir: string,
  protector: KeyProtector | undefined,
  retired: RetiredProtector | undefined,
): Master {
  const plainPath = join(dataDir, keyFileName);
  const protectedPath = join(dataDir, protectedKeyFileName);
  const protectedKey = readIfExists(protectedPath);
  if (protectedKey && !protector && retired) {
    retireProtectedKey(dataDir, retired, protectedKey);
    return loadMaster(dataDir, undefined, undefined);
  }
  if (protectedKey) {
    if (!protector) {
      throw new Error(
        `${protectedPath} is locked by the operating system's keyring; start the kiosk in Electron to read it.`,
      );
    }
    return {
      master: checkedMaster(unlock(protector, protectedKey, protectedPath), protectedPath),
      created: false,
    };
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
    return { master, created: false };
  }
  const master = randomBytes(32);
  // 'wx': never overwrite a key another process just wrote; that would orphan sealed data.
  if (protector)
    writeFileSync(protectedPath, protector.protect(master), { mode: 0o600, flag: 'wx' });
  else writeFileSync(plainPath, master, { mode: 0o600, flag: 'wx' });
  return { master, created: true };
}

/**
 * The kiosk's keys, made on first start. A key made when the database already holds sealed
 * rows means the old key was lost: keyContinuity.ts notices that and says so.
 */
export function openKioskKeys(
  dataDir: string,
  protector?: KeyProtector,
  retired?: RetiredProtector,
): OpenedKeys {
  const { master, created } = loadMaster(dataDir, protector, retired);
  return {
    keys: {
      sealKey: derive(master, 'seal'),
      idHashKey: derive(master, 'id-hash'),
      keyId: derive(master, 'key-id').subarray(0, 8).toString('hex'),
    },
    created,
    protection: protector ? 'keyring' : 'file',
  };
}

export function loadOrCreateKeys(dataDir: string, protector?: KeyProtector): KioskKeys {
  return openKioskKeys(dataDir, protector).keys;
}

/** A keyed hash, so requests can be found by ID card without storing the number. */
export function hashIdNumber(keys: KioskKeys, idNumber: string): string {
  return createHmac('sha256', keys.idHashKey).update(idNumber.toUpperCase()).digest('hex');
}
