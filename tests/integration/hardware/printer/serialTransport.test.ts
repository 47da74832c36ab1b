// The serial transport through a real socat pty pair, the virtual printer on the peer end.
import { afterEach, describe, expect, it } from 'vitest';
import { paper58, paper80 } from '../../../../hardware/printer/document/paper.js';
import { PrintError } from '../../../../hardware/printer/driver/printErrors.js';
import type { PrintJob } from '../../../../hardware/printer/driver/printJob.js';
import { ReceiptPrinter } from '../../../../hardware/printer/driver/receiptPrinter.js';
import { createSerialLink } from '../../../../hardware/link/serialLink.js';
import {
  receiptLines,
  receiptQrCodes,
} from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { attachSerialPeer } from '../../../../hardware/printer/virtual/virtualLink.js';
import { openPtyPair, type PtyPair } from '../../../support/ptyPair.js';
import { displayColumns } from '../../../../hardware/printer/document/printableText.js';
import { assertNoIdNumber } from '../../../unit/hardware/printer/support/idNumberScan.js';
import {
  longReceipt,
  lookUpCode,
  serviceRequestReceipt,
} from '../../../unit/hardware/printer/support/sampleReceipts.js';

const cleanups: (() => Promise<void>)[] = [];
let pair: PtyPair | undefined;
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await pair?.close();
  pair = undefined;
});

async function serialPrinter(paper = paper58) {
  pair = await openPtyPair();
  const virtual = new VirtualPrinter();
  const peer = await attachSerialPeer(virtual, pair.peerPath, { baudRate: 19200 });
  const transport = createSerialLink({
    path: pair.devicePath,
    baudRate: 19200,
    writeTimeoutMs: 2_000,
  });
  const printer = new ReceiptPrinter(transport, { paper, statusTimeoutMs: 500 });
  cleanups.push(
    () => peer.close(),
    () => printer.close(),
  );
  return { virtual, transport, printer };
}

describe('serial transport over a socat pty pair', () => {
  it.each([paper58, paper80])(
    'prints a whole receipt on $widthMm mm and it decodes back',
    async (paper) => {
      const { virtual, printer } = await serialPrinter(paper);
      const result = await printer.print({ id: 's1', document: serviceRequestReceipt() });
      expect(result.statusBefore.source).toBe('printer');
      const [receipt] = await virtual.waitForReceipts(1);
      if (!receipt) throw new Error('no receipt');
      expect(receiptQrCodes(receipt)[0]?.payload).toBe(lookUpCode);
      for (const line of receiptLines(receipt)) {
        expect(displayColumns(line.text) * line.width).toBeLessThanOrEqual(paper.columns);
      }
      expect(receipt.items.at(-1)?.kind).toBe('cut');
      assertNoIdNumber(virtual.receivedBytes);
    },
  );

  it('reads every condition from DLE EOT over the line', async () => {
    const { virtual, printer } = await serialPrinter();
    expect(await printer.status()).toMatchObject({ online: true, paperOut: false });
    virtual.setCondition({ paperOut: true });
    expect(await printer.status()).toMatchObject({ online: false, paperOut: true });
    virtual.setCondition({ paperOut: false, cutterError: true });
    const error = await printer
      .print({ id: 's2', document: serviceRequestReceipt() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'cutter-error', phase: 'before-send', bytesSent: 0 });
    virtual.setCondition({ cutterError: false, answersStatus: false });
    expect(await printer.status()).toMatchObject({ source: 'no-reply', online: false });
  });

  it('reports the line going away mid-job; the caller keeps the job', async () => {
    const { virtual, printer } = await serialPrinter();
    let cut = false;
    virtual.onReceive((_chunk, total) => {
      if (total > 8_000 && !cut) {
        cut = true;
        void pair?.close(); // the USB-serial adapter is pulled out
      }
    });
    const job: PrintJob = { id: 's3', document: longReceipt(3_000) };
    const reprints: PrintJob[] = [];
    const error = await printer.print(job).catch((caught: unknown) => {
      if (caught instanceof PrintError) reprints.push(caught.job);
      return caught;
    });
    expect(error).toBeInstanceOf(PrintError);
    expect(error).toMatchObject({ mayHavePrinted: true });
    expect(['link-lost', 'write-timeout']).toContain((error as PrintError).reason);
    expect((error as PrintError).bytesSent).toBeLessThan(printer.render(job.document).length);
    expect(reprints).toEqual([job]);
    expect(virtual.receipts).toHaveLength(0);
    assertNoIdNumber(virtual.receivedBytes);
    // The port is gone: the next status reads offline rather than hanging.
    expect(await printer.status()).toMatchObject({ source: 'no-reply', online: false });
  });
});
