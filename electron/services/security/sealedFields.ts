// Personal fields at rest: AES-256-GCM with a fresh IV per record. The layout carries a version
// byte so a later key scheme (e.g. Electron safeStorage) can sit beside this one.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KioskKeys } from './kioskKeys.js';

const version = 1;
const ivBytes = 12;
const tagBytes = 16;

export function seal(keys: KioskKeys, value: unknown): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', keys.sealKey, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

export function unseal(keys: KioskKeys, sealed: Buffer): unknown {
  if (sealed[0] !== version) throw new Error(`Unknown sealed-field version ${sealed[0]}.`);
  const iv = sealed.subarray(1, 1 + ivBytes);
  const tag = sealed.subarray(1 + ivBytes, 1 + ivBytes + tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', keys.sealKey, iv);
  decipher.setAuthTag(tag);
  const body = sealed.subarray(1 + ivBytes + tagBytes);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'));
}
