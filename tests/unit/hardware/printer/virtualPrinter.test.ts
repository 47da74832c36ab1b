import { describe, expect, it } from 'vitest';
import { paper58 } from '../../../../hardware/printer/document/paper.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import { RealTimeScanner } from '../../../../hardware/printer/virtual/realTimeScanner.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import {
  statusReplyByte,
  healthyCondition,
} from '../../../../hardware/printer/virtual/virtualStatus.js';
import { statusFromReplies } from '../../../../hardware/printer/status/printerStatus.js';
import { serviceRequestReceipt } from './support/sampleReceipts.js';

const dleEot = (n: number): Buffer => Buffer.from([0x10, 0x04, n]);

describe('the virtual printer', () => {
  it('answers DLE EOT 1–4 with 0x12 when all is well', () => {
    const printer = new VirtualPrinter();
    expect([1, 2, 3, 4].map((n) => printer.receive(dleEot(n)).toString('hex'))).toEqual([
      '12',
      '12',
      '12',
      '12',
    ]);
  });

  it('answers with the bits of any condition it is told to be in, which decode back to it', () => {
    const cases = [
      [{ coverOpen: true }, ['1a', '16', '12', '12']],
      [{ paperOut: true }, ['1a', '32', '12', '72']],
      [{ paperNearEnd: true }, ['12', '12', '12', '1e']],
      [{ cutterError: true }, ['1a', '52', '1a', '12']],
      [{ unrecoverableError: true }, ['1a', '52', '32', '12']],
      [{ autoRecoverableError: true }, ['1a', '52', '52', '12']],
      [{ forcedOffline: true }, ['1a', '12', '12', '12']],
    ] as const;
    for (const [condition, expected] of cases) {
      const printer = new VirtualPrinter({ condition });
      const replies = [1, 2, 3, 4].map((n) => printer.receive(dleEot(n)).toString('hex'));
      expect(replies, JSON.stringify(condition)).toEqual(expected);
      const status = statusFromReplies(replies.map((r) => parseInt(r, 16)));
      for (const [key, value] of Object.entries(condition)) {
        if (key !== 'forcedOffline') expect(status[key as keyof typeof status]).toBe(value);
      }
    }
    expect(statusReplyByte(healthyCondition, 5)).toBeUndefined();
  });

  it('stays silent when told not to answer, and changes condition on demand', () => {
    const printer = new VirtualPrinter({ condition: { answersStatus: false } });
    expect(printer.receive(dleEot(1))).toHaveLength(0);
    printer.setCondition({ answersStatus: true, paperOut: true });
    expect(printer.receive(dleEot(4)).toString('hex')).toBe('72');
    expect(printer.condition.paperOut).toBe(true);
  });

  it('answers DLE EOT in real time, even split across chunks or after a half-sent command', () => {
    const printer = new VirtualPrinter();
    expect(printer.receive(Buffer.from([0x10]))).toHaveLength(0);
    expect(printer.receive(Buffer.from([0x04]))).toHaveLength(0);
    expect(printer.receive(Buffer.from([0x01])).toString('hex')).toBe('12');
    // A QR store cut off after its header: the parser waits for 300 bytes that never come.
    printer.receive(Buffer.from([0x1d, 0x28, 0x6b, 0x2f, 0x01, 0x31, 0x50, 0x30, 0x41]));
    expect(printer.receive(dleEot(2)).toString('hex')).toBe('12');
  });

  it('forgets a half-received job when power-cycled', () => {
    const printer = new VirtualPrinter();
    const job = renderReceipt(serviceRequestReceipt(), { paper: paper58 });
    printer.receive(job.subarray(0, 200));
    expect(printer.pending.items.length).toBeGreaterThan(0);
    printer.powerCycle();
    expect(printer.pending.items).toEqual([]);
    printer.receive(job);
    expect(printer.receipts).toHaveLength(1);
  });

  it('keeps the bytes it received, within a limit', () => {
    const printer = new VirtualPrinter({ keepBytes: 10 });
    printer.receive(Buffer.alloc(8, 0x41));
    printer.receive(Buffer.alloc(8, 0x42));
    expect(printer.bytesReceived).toBe(16);
    expect(printer.receivedBytes.toString()).toBe('AABBBBBBBB');
    printer.receive(Buffer.from('0123456789abc'));
    expect(printer.receivedBytes.toString()).toBe('3456789abc');
  });

  it('answers a status request before decoding the job, which is done on the next turn', async () => {
    const printer = new VirtualPrinter();
    const decoded: number[] = [];
    printer.onReceipt(() => decoded.push(printer.bytesReceived));
    const job = renderReceipt(serviceRequestReceipt(), { paper: paper58 });
    // The whole job and the status request after it, in one chunk: the reply comes back at once.
    expect(printer.receive(Buffer.concat([job, dleEot(1)])).toString('hex')).toBe('12');
    expect(decoded).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(decoded).toEqual([job.length + 3]);
    expect(printer.receipts).toHaveLength(1);
  });

  it('decodes what it has received as soon as a receipt is asked for', () => {
    const printer = new VirtualPrinter();
    printer.receive(renderReceipt(serviceRequestReceipt(), { paper: paper58 }));
    expect(printer.lastReceipt?.items.at(-1)).toMatchObject({ kind: 'cut' });
    expect(printer.receipts).toHaveLength(1);
  });

  it('waits for receipts and times out clearly', async () => {
    const printer = new VirtualPrinter();
    const waiting = printer.waitForReceipts(1, 1_000);
    setImmediate(() => printer.receive(renderReceipt(serviceRequestReceipt(), { paper: paper58 })));
    expect(await waiting).toHaveLength(1);
    await expect(printer.waitForReceipts(2, 20)).rejects.toThrow(/1 of 2 receipts/u);
  });
});

describe('the memory the virtual printer holds', () => {
  it('keeps at most its cap of bytes, however small the chunks it was fed', () => {
    const keepBytes = 64 * 1024;
    const printer = new VirtualPrinter({ keepBytes });
    const chunks = 5_000;
    for (let i = 0; i < chunks; i += 1) {
      // What a socket hands over: small chunks cut from Node's shared 8 KB pool, with other
      // pooled allocations in between, so each chunk sits on a slab of its own.
      const elsewhere = Buffer.from(new Uint8Array(4_000));
      printer.receive(Buffer.from([0x1b, 0x40, 0x41 + (i % 26), 0x0a, ...dleEot(1)]));
      expect(elsewhere.buffer.byteLength).toBeGreaterThan(elsewhere.length); // a pool slice
    }
    expect(printer.bytesReceived).toBe(chunks * 7);
    expect(printer.receivedBytes.length).toBeLessThanOrEqual(keepBytes);
    // ArrayBuffer bytes the kept bytes hold: one buffer of the cap, not 5 000 slabs of 8 KB.
    expect(printer.retainedBufferBytes).toBe(keepBytes);
    expect(printer.receivedBytes.subarray(-7)).toEqual(
      Buffer.from([0x1b, 0x40, 0x41 + ((chunks - 1) % 26), 0x0a, ...dleEot(1)]),
    );
  });
});

describe('real-time scanner', () => {
  it('finds DLE EOT n only for n = 1..4 and across chunk borders', () => {
    const scanner = new RealTimeScanner();
    expect(
      scanner.scan(Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x05, 0x10, 0x10, 0x04, 0x03])),
    ).toEqual([1, 3]);
    expect(scanner.scan(Buffer.from([0x41, 0x10, 0x04]))).toEqual([]);
    expect(scanner.scan(Buffer.from([0x04]))).toEqual([4]);
  });
});
