// The kiosk's secret: one random master key in a file only the kiosk's user can read, from which
// the sealing key (personal fields at rest) and the ID-hash key are derived. Without the key the
// database alone reveals no name, phone or ID number.
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KioskKeys {
  sealKey: Buffer;
  idHashKey: Buffer;
}

export const keyFileName = 'kiosk.key';

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `community-kiosk/${purpose}`, 32));
}

export function loadOrCreateKeys(dataDir: string): KioskKeys {
  const path = join(dataDir, keyFileName);
  let master: Buffer;
  try {
    master = readFileSync(path);
    if (master.length !== 32) throw new Error(`${path} is damaged (expected 32 bytes).`);
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    master = randomBytes(32);
    // 'wx': never overwrite a key another process just wrote; that would orphan sealed data.
    writeFileSync(path, master, { mode: 0o600, flag: 'wx' });
  }
  return { sealKey: derive(master, 'seal'), idHashKey: derive(master, 'id-hash') };
}

/** A keyed hash, so requests can be found by ID card without storing the number. */
export function hashIdNumber(keys: KioskKeys, idNumber: string): string {
  return createHmac('sha256', keys.idHashKey).update(idNumber.toUpperCase()).digest('hex');
}
