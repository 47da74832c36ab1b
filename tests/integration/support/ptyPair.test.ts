import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPtyPair, type PtyPair } from '../../support/ptyPair.js';

describe('socat pty pair', () => {
  let pair: PtyPair | undefined;
  afterEach(async () => {
    await pair?.close();
  });

  it('carries bytes from one end to the other unchanged', async () => {
    pair = await openPtyPair();
    const device = await open(pair.devicePath, 'r+');
    const peer = await open(pair.peerPath, 'r+');
    const bytes = Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x0a, 0x0d]);
    await peer.write(bytes);
    const received = Buffer.alloc(bytes.length);
    const { bytesRead } = await device.read(received, 0, bytes.length);
    expect(received.subarray(0, bytesRead)).toEqual(bytes);
    await device.close();
    await peer.close();
  });
});

describe('socat pty pair with stable names', () => {
  it('has both links in place as soon as it is returned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-pty-'));
    const pair = await openPtyPair({
      deviceLink: join(dir, 'ttyKIOSK'),
      peerLink: join(dir, 'ttyPEER'),
    });
    expect(existsSync(pair.devicePath)).toBe(true);
    expect(existsSync(pair.peerPath)).toBe(true);
    await pair.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
