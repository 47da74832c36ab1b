// The driver over the in-memory link to a virtual printer, with injected timers.
import { afterEach, describe, expect, it } from 'vitest';
import { paper58 } from '../../../../hardware/printer/document/paper.js';
import { ReceiptBuilder } from '../../../../hardware/printer/document/receiptBuilder.js';
import { PrintError } from '../../../../hardware/printer/driver/printErrors.js';
import type { PrintJob } from '../../../../hardware/printer/driver/printJob.js';
import { ReceiptPrinter } from '../../../../hardware/printer/driver/receiptPrinter.js';
import type { PrinterStatus } from '../../../../hardware/printer/status/printerStatus.js';
import { receiptQrCodes } from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { virtualPrinterLink } from '../../../../hardware/printer/virtual/virtualLink.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import type { VirtualPrinterCondition } from '../../../../hardware/printer/virtual/virtualStatus.js';
import { assertNoIdNumber } from './support/idNumberScan.js';
import { ManualClock, settle } from '../../../../hardware/link/manualClock.js';
import type { Connection, Link } from '../../../../hardware/link/link.js';
import { lookUpCode, serviceRequestReceipt } from './support/sampleReceipts.js';

const job: PrintJob = { id: 'req-0012', document: serviceRequestReceipt() };

// Every virtual printer a test creates; each one's bytes are scanned for ID numbers afterwards.
const virtualPrinters: VirtualPrinter[] = [];
afterEach(() => {
  for (const virtual of virtualPrinters.splice(0)) assertNoIdNumber(virtual.receivedBytes);
});

function newVirtual(condition: Partial<VirtualPrinterCondition> = {}): VirtualPrinter {
  const virtual = new VirtualPrinter({ condition });
  virtualPrinters.push(virtual);
  return virtual;
}

function setUp(condition: Partial<VirtualPrinterCondition> = {}, statusTimeoutMs = 200) {
  const virtual = newVirtual(condition);
  const link = virtualPrinterLink(virtual);
  const printer = new ReceiptPrinter(link, { paper: paper58, statusTimeoutMs, chunkBytes: 256 });
  return { virtual, link, printer };
}

/** A caller's reprint list: what the kiosk service does with a failed job. */
async function printOrKeep(printer: ReceiptPrinter, printJob: PrintJob, reprints: PrintJob[]) {
  try {
    return await printer.print(printJob);
  } catch (error) {
    if (error instanceof PrintError) reprints.push(error.job);
    throw error;
  }
}

describe('printing', () => {
  it('checks status, prints the job whole and checks status again', async () => {
    const { virtual, printer } = setUp();
    const result = await printer.print(job);
    expect(result).toMatchObject({ jobId: 'req-0012', warnings: [] });
    expect(result.statusBefore.source).toBe('printer');
    expect(result.bytesSent).toBe(printer.render(job.document).length);
    expect(virtual.receipts).toHaveLength(1);
    expect(receiptQrCodes(virtual.receipts[0] ?? { items: [], warnings: [] })[0]?.payload).toBe(
      lookUpCode,
    );
    // DLE EOT 1–4 went before and after the job.
    const sent = virtual.receivedBytes;
    expect(sent.subarray(0, 12).toString('hex')).toBe('100401100402100403100404');
    expect(sent.subarray(-12).toString('hex')).toBe('100401100402100403100404');
  });

  it('prints on paper near end but flags it for staff', async () => {
    const { virtual, printer } = setUp({ paperNearEnd: true });
    const result = await printer.print(job);
    expect(result.warnings).toEqual(['paper-near-end']);
    expect(virtual.receipts).toHaveLength(1);
  });

  it.each([
    [{ paperOut: true }, 'paper-out'],
    [{ coverOpen: true }, 'cover-open'],
    [{ cutterError: true }, 'cutter-error'],
    [{ unrecoverableError: true }, 'printer-error'],
    [{ forcedOffline: true }, 'offline'],
    [{ answersStatus: false }, 'offline'],
  ] as const)(
    'refuses with %j → %s, sends nothing and hands the job back',
    async (condition, reason) => {
      const { virtual, printer } = setUp(condition, 50);
      const reprints: PrintJob[] = [];
      const error = await printOrKeep(printer, job, reprints).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PrintError);
      expect(error).toMatchObject({
        reason,
        phase: 'before-send',
        bytesSent: 0,
        mayHavePrinted: false,
      });
      expect(reprints).toEqual([job]);
      expect(virtual.receipts).toHaveLength(0);
      expect(virtual.receivedBytes.every((byte, i) => i % 3 !== 0 || byte === 0x10)).toBe(true); // status requests only
    },
  );

  it('reports a link that goes away mid-job, with how far it got, and keeps the job', async () => {
    const { virtual, link, printer } = setUp();
    const total = printer.render(job.document).length;
    expect(total).toBeGreaterThan(400);
    link.dropAfter(12 + 400); // the status query, then 400 bytes of the receipt
    const reprints: PrintJob[] = [];
    const error = await printOrKeep(printer, job, reprints).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      reason: 'link-lost',
      phase: 'sending',
      mayHavePrinted: true,
      totalBytes: total,
    });
    expect((error as PrintError).bytesSent).toBe(256); // one whole 256-byte chunk made it
    expect(reprints).toEqual([job]);
    expect(virtual.receipts).toHaveLength(0);

    // The printer comes back: the same job prints on the next attempt.
    link.dropAfter(undefined);
    await printer.print(reprints[0] as PrintJob);
    expect(virtual.receipts).toHaveLength(1);
  });

  it('reports a problem found right after the job (paper ran out) as after-send', async () => {
    const { virtual, printer } = setUp();
    virtual.onReceive((_chunk, total) => {
      if (total > 100) virtual.setCondition({ paperOut: true });
    });
    const error = await printer.print(job).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'paper-out', phase: 'after-send', mayHavePrinted: true });
  });

  it('runs one operation at a time: status queries wait for a job in progress', async () => {
    const { virtual, printer } = setUp();
    const printing = printer.print(job);
    const status = printer.status();
    await Promise.all([printing, status]);
    const hex = virtual.receivedBytes.toString('hex');
    // Receipt bytes are contiguous: no DLE EOT inside the job.
    const start = hex.indexOf('1b401c26');
    const end = hex.indexOf('1d564200') + 8;
    expect(hex.slice(start, end)).not.toContain('100401');
    expect(virtual.receipts).toHaveLength(1);
  });

  it("settles at the printer's answer, before a slow close of a per-job connection", async () => {
    const virtual = newVirtual();
    const inner = virtualPrinterLink(virtual);
    const closes: (() => void)[] = [];
    // A network printer that takes its time over the end of the connection.
    const slowClose: Link = {
      description: 'slow close',
      open: async (): Promise<Connection> => {
        const connection = await inner.open();
        return {
          ...connection,
          get isClosed() {
            return connection.isClosed;
          },
          onData: (listener) => connection.onData(listener),
          write: (bytes) => connection.write(bytes),
          close: () =>
            new Promise<void>((done) => closes.push(() => void connection.close().then(done))),
        };
      },
    };
    const printer = new ReceiptPrinter(slowClose, { paper: paper58, holdMs: 0 });
    const result = await printer.print(job);
    expect(result.statusAfter.source).toBe('printer');
    expect(closes).toHaveLength(1);
    // The next operation still waits for the connection to be let go.
    let statusRead = false;
    const status = printer.status().then(() => (statusRead = true));
    await settle(20);
    expect(statusRead).toBe(false);
    closes.shift()?.();
    await settle(20);
    closes.shift()?.();
    await status;
    expect(statusRead).toBe(true);
  });

  it('with no status to ask, waits for the clean close before calling a job printed', async () => {
    const virtual = newVirtual();
    const inner = virtualPrinterLink(virtual);
    let release: (() => void) | undefined;
    const slowClose: Link = {
      description: 'slow close',
      open: async (): Promise<Connection> => {
        const connection = await inner.open();
        return {
          ...connection,
          get isClosed() {
            return connection.isClosed;
          },
          onData: (listener) => connection.onData(listener),
          write: (bytes) => connection.write(bytes),
          close: () =>
            new Promise<void>((done) => (release = () => void connection.close().then(done))),
        };
      },
    };
    const printer = new ReceiptPrinter(slowClose, {
      paper: paper58,
      holdMs: 0,
      statusCheck: 'none',
    });
    let settled = false;
    const printing = printer.print(job).then((result) => ((settled = true), result));
    await settle(20);
    expect(settled).toBe(false);
    release?.();
    expect((await printing).statusAfter.source).toBe('not-queried');
  });

  it('refuses a document that would print an ID number before touching the printer', async () => {
    const { virtual, printer } = setUp();
    const bad: PrintJob = {
      id: 'bad',
      document: new ReceiptBuilder().text('110105194912310021').build(),
    };
    await expect(printer.print(bad)).rejects.toThrow(/contains an ID number/u);
    expect(virtual.bytesReceived).toBe(0);
  });
});

describe('status', () => {
  it('reads each condition through DLE EOT like a real printer', async () => {
    const { virtual, printer } = setUp();
    expect(await printer.status()).toMatchObject({
      source: 'printer',
      online: true,
      paperOut: false,
    });
    virtual.setCondition({ coverOpen: true, paperNearEnd: true });
    expect(await printer.status()).toMatchObject({
      online: false,
      coverOpen: true,
      paperNearEnd: true,
    });
    virtual.setCondition({ coverOpen: false, paperNearEnd: false, paperOut: true });
    expect(await printer.status()).toMatchObject({ online: false, paperOut: true });
  });

  it('counts a printer that does not answer within the timeout as offline', async () => {
    const clock = new ManualClock();
    const virtual = newVirtual({ answersStatus: false });
    const printer = new ReceiptPrinter(virtualPrinterLink(virtual), {
      paper: paper58,
      statusTimeoutMs: 1_000,
      clock,
    });
    let status: PrinterStatus | undefined;
    void printer.status().then((s) => (status = s));
    await clock.advance(999);
    expect(status).toBeUndefined();
    await clock.advance(1);
    expect(status).toMatchObject({ source: 'no-reply', online: false });
    expect(status?.detail).toContain('DLE EOT 1');
  });

  it('skips stray bytes that are not status-shaped', async () => {
    // Line noise arrives ahead of the printer's own replies.
    const virtual = newVirtual({ paperNearEnd: true });
    const quiet = virtualPrinterLink(virtual);
    const noisy: Link = {
      description: 'noisy',
      open: async (): Promise<Connection> => {
        const connection = await quiet.open();
        return {
          ...connection,
          isClosed: connection.isClosed,
          onData: (listener) => {
            const off = connection.onData(listener);
            listener(Buffer.from([0xff, 0x00, 0x10, 0x13]));
            return off;
          },
          write: (bytes) => connection.write(bytes),
          close: () => connection.close(),
        };
      },
    };
    const printer = new ReceiptPrinter(noisy, { paper: paper58 });
    expect(await printer.status()).toMatchObject({
      source: 'printer',
      online: true,
      paperNearEnd: true,
    });
  });

  it('polls while idle with injected timers, tells listeners, and stops', async () => {
    const clock = new ManualClock();
    const virtual = newVirtual();
    const printer = new ReceiptPrinter(virtualPrinterLink(virtual), {
      paper: paper58,
      clock,
    });
    const seen: PrinterStatus[] = [];
    printer.onStatus((status) => seen.push(status));
    printer.startPolling(5_000);
    await clock.advance(4_999);
    expect(seen).toHaveLength(0);
    await clock.advance(1);
    await settle(20);
    expect(seen).toHaveLength(1);
    virtual.setCondition({ paperNearEnd: true });
    await clock.advance(5_000);
    await settle(20);
    expect(seen.at(-1)?.paperNearEnd).toBe(true);
    expect(printer.lastStatus?.paperNearEnd).toBe(true);
    printer.stopPolling();
    const count = seen.length;
    await clock.advance(60_000);
    expect(seen).toHaveLength(count);
    expect(clock.pendingTimers).toBe(0);
  });

  it('honours status=none: prints without asking, marked status-unknown', async () => {
    const virtual = newVirtual({ answersStatus: false });
    const printer = new ReceiptPrinter(virtualPrinterLink(virtual), {
      paper: paper58,
      statusCheck: 'none',
    });
    const result = await printer.print(job);
    expect(result.warnings).toEqual(['status-unknown']);
    expect(virtual.receivedBytes.subarray(0, 2).toString('hex')).toBe('1b40');
  });
});
