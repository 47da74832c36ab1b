// The driver over raw TCP to the virtual printer listening on 127.0.0.1 (port 0): each job its
// own connection by default, or one held for a while (hold=).
import { afterEach, describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { PrintError } from '../../../../hardware/printer/driver/printErrors.js';
import type { PrintJob } from '../../../../hardware/printer/driver/printJob.js';
import { ReceiptPrinter } from '../../../../hardware/printer/driver/receiptPrinter.js';
import { createTcpLink } from '../../../../hardware/link/tcpLink.js';
import {
  receiptQrCodes,
  receiptText,
} from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import {
  listenTcp,
  type VirtualTcpServer,
} from '../../../../hardware/printer/virtual/virtualTcpServer.js';
import { assertNoIdNumber } from '../../../unit/hardware/printer/support/idNumberScan.js';
import {
  longReceipt,
  lookUpCode,
  serviceRequestReceipt,
} from '../../../unit/hardware/printer/support/sampleReceipts.js';

const cleanups: (() => Promise<void>)[] = [];
const virtualPrinters: VirtualPrinter[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const virtual of virtualPrinters.splice(0)) assertNoIdNumber(virtual.receivedBytes);
});

async function networkPrinter(
  options: { dropAfterBytes?: number; paper?: typeof paper58; holdMs?: number } = {},
) {
  const virtual = new VirtualPrinter();
  virtualPrinters.push(virtual);
  const server: VirtualTcpServer = await listenTcp(virtual, {
    port: 0,
    ...(options.dropAfterBytes === undefined ? {} : { dropAfterBytes: options.dropAfterBytes }),
  });
  const transport = createTcpLink({
    host: '127.0.0.1',
    port: server.port,
    connectTimeoutMs: 1_000,
  });
  const printer = new ReceiptPrinter(transport, {
    paper: options.paper ?? paper58,
    statusTimeoutMs: 500,
    holdMs: options.holdMs ?? 0,
  });
  cleanups.push(async () => {
    await printer.close();
    await server.close();
  });
  return { virtual, server, transport, printer };
}

describe('TCP transport against the virtual network printer', () => {
  it.each([paper58, paper80])(
    'prints a whole receipt on $widthMm mm and it decodes back',
    async (paper) => {
      const { virtual, server, printer } = await networkPrinter({ paper });
      expect(server.host).toBe('127.0.0.1');
      expect(server.port).toBeGreaterThan(0);
      const result = await printer.print({ id: 'req-1', document: serviceRequestReceipt() });
      expect(result.warnings).toEqual([]);
      const [receipt] = await virtual.waitForReceipts(1);
      expect(receipt && receiptText(receipt)).toContain('服务申请回执');
      expect(receipt && receiptQrCodes(receipt)[0]?.payload).toBe(lookUpCode);
      expect(receipt?.items.at(-1)?.kind).toBe('cut');
    },
  );

  it('reads status over the connection and refuses to print on paper out', async () => {
    const { virtual, printer } = await networkPrinter();
    expect(await printer.status()).toMatchObject({ source: 'printer', online: true });
    virtual.setCondition({ paperOut: true });
    const error = await printer
      .print({ id: 'req-2', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'paper-out', phase: 'before-send' });
    virtual.setCondition({ paperOut: false, paperNearEnd: true });
    expect(
      (await printer.print({ id: 'req-2', document: serviceRequestReceipt() })).warnings,
    ).toEqual(['paper-near-end']);
  });

  it('reports a printer that goes away mid-job; the caller keeps the job', async () => {
    const { virtual, server, printer } = await networkPrinter({ dropAfterBytes: 12 + 2_000 });
    const job: PrintJob = { id: 'req-3', document: longReceipt(400) };
    const reprints: PrintJob[] = [];
    const error = await printer.print(job).catch((caught: unknown) => {
      if (caught instanceof PrintError) reprints.push(caught.job);
      return caught;
    });
    expect(error).toBeInstanceOf(PrintError);
    expect(error).toMatchObject({ reason: 'link-lost', mayHavePrinted: true });
    expect(['sending', 'after-send']).toContain((error as PrintError).phase);
    expect(reprints).toEqual([job]);
    expect(virtual.receipts).toHaveLength(0); // the cut never arrived
    expect(virtual.bytesReceived).toBe(12 + 2_000);

    // Staff switch the printer off and on; the kept job prints from the reprint list.
    server.setDropAfterBytes(undefined);
    virtual.powerCycle();
    const result = await printer.print(reprints[0] as PrintJob);
    expect(result.bytesSent).toBe(printer.render(job.document).length);
    const [receipt] = await virtual.waitForReceipts(1);
    expect(receipt && receiptQrCodes(receipt)[0]?.payload).toBe(lookUpCode);
  });

  it('uses one connection per job by default, closed once the job is done', async () => {
    const { virtual, server, printer } = await networkPrinter();
    await printer.print({ id: 'req-6', document: serviceRequestReceipt() });
    expect(printer.connected).toBe(false);
    await printer.status();
    await printer.print({ id: 'req-7', document: serviceRequestReceipt() });
    expect(server.accepted).toBe(3);
    await expect.poll(() => server.openConnections).toBe(0);
    expect(virtual.receipts).toHaveLength(2);
  });

  it('with hold=, keeps one connection and reconnects after it drops while idle', async () => {
    const { virtual, server, printer } = await networkPrinter({ holdMs: 60_000 });
    await printer.status();
    await printer.print({ id: 'req-8', document: serviceRequestReceipt() });
    expect(server.accepted).toBe(1);
    expect(printer.connected).toBe(true);
    server.dropConnections();
    await expect.poll(() => printer.connected).toBe(false);
    await printer.print({ id: 'req-4', document: serviceRequestReceipt() });
    expect(server.accepted).toBe(2);
    expect(await virtual.waitForReceipts(2)).toHaveLength(2);
  });

  it('counts a refused connection as offline', async () => {
    const { server } = await networkPrinter();
    const port = server.port;
    await server.close();
    const printer = new ReceiptPrinter(createTcpLink({ host: '127.0.0.1', port }), {
      paper: paper58,
    });
    expect(await printer.status()).toMatchObject({ source: 'no-reply', online: false });
    const error = await printer
      .print({ id: 'req-5', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'offline', phase: 'before-send', bytesSent: 0 });
  });
});
