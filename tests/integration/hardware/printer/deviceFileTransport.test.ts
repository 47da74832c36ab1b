// The USB printer device-file path: a plain temp file, a FIFO with a reader that goes away, and
// a pty (a bidirectional character device like /dev/usb/lp0) with the virtual printer behind it.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paper58 } from '../../../../hardware/printer/document/paper.js';
import { PrintError } from '../../../../hardware/printer/driver/printErrors.js';
import type { PrintJob } from '../../../../hardware/printer/driver/printJob.js';
import { ReceiptPrinter } from '../../../../hardware/printer/driver/receiptPrinter.js';
import { createDeviceFileLink } from '../../../../hardware/link/deviceFileLink.js';
import type { Link } from '../../../../hardware/link/link.js';
import {
  receiptQrCodes,
  receiptText,
} from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { attachSerialPeer } from '../../../../hardware/printer/virtual/virtualLink.js';
import { openPtyPair, type PtyPair } from '../../../support/ptyPair.js';
import { assertNoIdNumber } from '../../../unit/hardware/printer/support/idNumberScan.js';
import {
  longReceipt,
  lookUpCode,
  serviceRequestReceipt,
} from '../../../unit/hardware/printer/support/sampleReceipts.js';

let dir: string;
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-printer-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(dir, { recursive: true, force: true });
});

function printerOn(
  path: string,
  statusTimeoutMs = 500,
): { transport: Link; printer: ReceiptPrinter } {
  const transport = createDeviceFileLink({ path, writeTimeoutMs: 2_000 });
  const printer = new ReceiptPrinter(transport, {
    paper: paper58,
    statusTimeoutMs,
    chunkBytes: 4096,
  });
  cleanups.push(() => printer.close());
  return { transport, printer };
}

describe('device file transport: a plain file', () => {
  it('appends the job; a one-way link prints without a status check', async () => {
    const path = join(dir, 'lp0');
    await writeFile(path, '');
    const { printer } = printerOn(path);
    const result = await printer.print({ id: 'f1', document: serviceRequestReceipt() });
    expect(result.statusBefore.detail).toContain('carries no replies');
    expect(result.warnings).toEqual(['status-unknown']);
    await printer.print({ id: 'f2', document: serviceRequestReceipt() });

    const bytes = await readFile(path);
    assertNoIdNumber(bytes);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1b401c26'); // no DLE EOT on a one-way link
    const virtual = new VirtualPrinter();
    virtual.receive(bytes);
    expect(virtual.receipts).toHaveLength(2);
    expect(receiptText(virtual.receipts[1] ?? { items: [], warnings: [] })).toContain(
      '老年人优待证办理',
    );
    expect(receiptQrCodes(virtual.receipts[0] ?? { items: [], warnings: [] })[0]?.payload).toBe(
      lookUpCode,
    );
  });

  it('reports a missing device as offline and refuses to print', async () => {
    const { printer } = printerOn(join(dir, 'missing'));
    const error = await printer
      .print({ id: 'f3', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'offline', phase: 'before-send' });
    expect((error as PrintError).message).toContain('no such device');
  });
});

describe('device file transport: a FIFO', () => {
  function fifo(): string {
    const path = join(dir, 'printer.fifo');
    execFileSync('mkfifo', [path]);
    return path;
  }

  it('delivers the job to the reader at the other end', async () => {
    const path = fifo();
    const received: Buffer[] = [];
    const reader = createReadStream(path);
    reader.on('data', (chunk) => received.push(chunk as Buffer));
    const ended = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const { printer } = printerOn(path);
    await printer.print({ id: 'p1', document: serviceRequestReceipt() });
    await printer.close();
    await ended;
    const bytes = Buffer.concat(received);
    assertNoIdNumber(bytes);
    const virtual = new VirtualPrinter();
    virtual.receive(bytes);
    expect(virtual.receipts).toHaveLength(1);
  });

  it('reports a reader that goes away mid-job; the caller keeps the job', async () => {
    const path = fifo();
    const received: Buffer[] = [];
    const reader = createReadStream(path, { highWaterMark: 4096 });
    reader.once('data', (chunk) => {
      received.push(chunk as Buffer);
      reader.destroy(); // the printer is switched off after the first few kilobytes
    });
    const { printer } = printerOn(path);
    const job: PrintJob = { id: 'p2', document: longReceipt(6_000) };
    const total = printer.render(job.document).length;
    expect(total).toBeGreaterThan(4 * 65_536); // far more than the pipe can buffer
    const reprints: PrintJob[] = [];
    const error = await printer.print(job).catch((caught: unknown) => {
      if (caught instanceof PrintError) reprints.push(caught.job);
      return caught;
    });
    expect(error).toMatchObject({ reason: 'link-lost', phase: 'sending', mayHavePrinted: true });
    expect((error as PrintError).bytesSent).toBeLessThan(total);
    expect((error as PrintError).message).toContain('EPIPE');
    expect(reprints).toEqual([job]);
    assertNoIdNumber(Buffer.concat(received));
  });

  it('counts a FIFO nobody reads as offline', async () => {
    const { printer } = printerOn(fifo());
    const error = await printer
      .print({ id: 'p3', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'offline', phase: 'before-send' });
    expect((error as PrintError).message).toContain('nothing is reading');
  });
});

describe('device file transport: a bidirectional character device (pty)', () => {
  let pair: PtyPair | undefined;
  afterEach(async () => {
    await pair?.close();
    pair = undefined;
  });

  async function ptyPrinter() {
    pair = await openPtyPair();
    const virtual = new VirtualPrinter();
    const peer = await attachSerialPeer(virtual, pair.peerPath);
    cleanups.push(() => peer.close());
    return { virtual, ...printerOn(pair.devicePath) };
  }

  it('queries status, prints, and the receipt decodes back', async () => {
    const { virtual, printer } = await ptyPrinter();
    expect(await printer.status()).toMatchObject({ source: 'printer', online: true });
    virtual.setCondition({ paperNearEnd: true });
    const result = await printer.print({ id: 'd1', document: serviceRequestReceipt() });
    expect(result.warnings).toEqual(['paper-near-end']);
    const [receipt] = await virtual.waitForReceipts(1);
    expect(receipt && receiptQrCodes(receipt)[0]?.payload).toBe(lookUpCode);
    assertNoIdNumber(virtual.receivedBytes);
  });

  it('refuses on cover open, read through the device file', async () => {
    const { virtual, printer } = await ptyPrinter();
    virtual.setCondition({ coverOpen: true });
    const error = await printer
      .print({ id: 'd2', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'cover-open', phase: 'before-send' });
  });

  it('reports the device vanishing mid-job (unplugged); the caller keeps the job', async () => {
    const { virtual, printer } = await ptyPrinter();
    const closing = { started: false };
    virtual.onReceive((_chunk, total) => {
      if (total > 8_000 && !closing.started) {
        closing.started = true;
        void pair?.close();
      }
    });
    const job: PrintJob = { id: 'd3', document: longReceipt(3_000) };
    const error = await printer.print(job).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrintError);
    expect(error).toMatchObject({ reason: 'link-lost', mayHavePrinted: true, job });
    expect((error as PrintError).bytesSent).toBeLessThan(printer.render(job.document).length);
    assertNoIdNumber(virtual.receivedBytes);
  });
});
