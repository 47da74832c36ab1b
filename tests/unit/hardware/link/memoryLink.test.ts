// The in-memory pair both simulators sit behind: asynchronous both ways, a device that can be
// unplugged, and a link that can fail part-way through a write.
import { describe, expect, it } from 'vitest';
import { LinkError } from '../../../../hardware/link/link.js';
import { settle } from '../../../../hardware/link/manualClock.js';
import { MemoryLink, type MemoryDevice } from '../../../../hardware/link/memoryLink.js';

/** A device that answers every chunk with the chunk reversed, and remembers what it got. */
function echoDevice(): MemoryDevice & { received: number[] } {
  const outputs = new Set<(bytes: Uint8Array) => void>();
  const received: number[] = [];
  return {
    received,
    receive: (bytes) => {
      received.push(...bytes);
      for (const output of outputs) output(Uint8Array.from(bytes).reverse());
    },
    attach: (output) => {
      outputs.add(output);
      return () => outputs.delete(output);
    },
  };
}

describe('the in-memory link', () => {
  it('delivers both ways asynchronously, never within the call', async () => {
    const device = echoDevice();
    const connection = await new MemoryLink(device).open();
    const seen: number[] = [];
    connection.onData((chunk) => seen.push(...chunk));
    const written = connection.write(Uint8Array.from([1, 2, 3]));
    expect(device.received).toEqual([]);
    expect(seen).toEqual([]);
    await written; // resolves once the device has the bytes; its reply is already on its way
    expect(device.received).toEqual([1, 2, 3]);
    await settle();
    expect(seen).toEqual([3, 2, 1]);
    expect(connection.canRead).toBe(true);
  });

  it('ends the connection with link-lost when the device is unplugged, and refuses to open', async () => {
    const link = new MemoryLink(echoDevice(), { description: 'test device' });
    const connection = await link.open();
    expect(link.isConnected).toBe(true);
    link.unplug();
    expect(await connection.closed).toMatchObject({ code: 'link-lost' });
    expect(connection.isClosed).toBe(true);
    await expect(connection.write(Uint8Array.of(1))).rejects.toMatchObject({ code: 'not-open' });
    await expect(link.open()).rejects.toBeInstanceOf(LinkError);
    link.plugIn();
    const again = await link.open();
    await again.close();
    expect(await again.closed).toBeUndefined();
    expect(link.isConnected).toBe(false);
  });

  it('fails a write part-way once the link has carried dropAfter bytes', async () => {
    const device = echoDevice();
    const link = new MemoryLink(device);
    link.dropAfter(5);
    const connection = await link.open();
    await connection.write(Uint8Array.of(1, 2, 3));
    await expect(connection.write(Uint8Array.of(4, 5, 6, 7))).rejects.toMatchObject({
      code: 'link-lost',
    });
    expect(device.received).toEqual([1, 2, 3, 4, 5]);
    expect(await connection.closed).toMatchObject({ code: 'link-lost' });
  });
});
