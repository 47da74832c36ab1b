// A stand-in Electron distribution for electron-builder's `electronDist` (no Electron binary can
// be downloaded on the build machines). electron-builder copies an unpacked distribution as it
// is and renames `electron` to the app's executable (app-builder-lib/out/electron/
// ElectronFramework.js, "custom unpacked Electron distribution"); then @electron/fuses flips the
// fuse wire it finds after its sentinel. So the stand-in is a tiny shell script carrying a real
// V1 fuse wire (8 fuses, all enabled), plus the LICENSE and version files a real dist has.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseEnabled = 0x31;

export function writeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: not runnable"\nexit 1\n'),
    Buffer.from(fuseSentinel),
    Buffer.from([1, 8]),
    Buffer.alloc(8, fuseEnabled),
  ]);
  writeFileSync(join(dir, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron distribution (tests only).\n');
  writeFileSync(join(dir, 'version'), version);
  return dir;
}

/** The fuse bytes after the sentinel: '0' off, '1' on, in FuseV1Options order. */
export function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(fuseSentinel) + fuseSentinel.length;
  const length = binary[at + 1] ?? 0;
  return binary.subarray(at + 2, at + 2 + length).toString('latin1');
}
