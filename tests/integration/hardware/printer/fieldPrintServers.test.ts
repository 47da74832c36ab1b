// Network printers as they behave in the field: a spooling print server prints a job only when
// its connection closes, and a printer that serves one client at a time keeps the others
// waiting. The kiosk's default (one connection per job, closed cleanly) must work with both; a
// connection held between jobs is shown to stall the one and monopolise the other.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../hardware/link/manualClock.js';
import { createPrinter } from '../../../../hardware/printer/createPrinter.js';
import { paper58 } from '../../../../hardware/printer/document/paper.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import { parsePrinterSpec } from '../../../../hardware/printer/transport/printerSpec.js';
import { receiptQrCodes } from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { assertNoIdNumber } from '../../../unit/hardware/printer/support/idNumberScan.js';
import {
  lookUpCode,
  serviceRequestReceipt,
} from '../../../unit/hardware/printer/support/sampleReceipts.js';
import { listenSingleClient, listenSpooling } from './support/fieldPrintServers.js';

const cleanups: (() => Promise<void>)[] = [];
const virtualPrinters: VirtualPrinter[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const virtual of virtualPrinters.splice(0)) assertNoIdNumber(virtual.receivedBytes);
});

function newVirtual(): VirtualPrinter {
  const virtual = new VirtualPrinter();
  virtualPrinters.push(virtual);
  return virtual;
}

function kioskPrinter(spec: string, clock?: ManualClock) {
  const { printer } = createPrinter(parsePrinterSpec(spec), {
    statusTimeoutMs: 500,
    ...(clock ? { clock } : {}),
  });
  cleanups.push(() => printer.close());
  return printer;
}

/** Another client of the same printer (the office PC): sends a job and closes. */
function otherClientPrints(port: number): Promise<void> {
  const bytes = renderReceipt(serviceRequestReceipt(), { paper: paper58 });
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

describe('a spooling print server (prints a job when its connection closes)', () => {
  it('has each job printed by the time print() resolves', async () => {
    const virtual = newVirtual();
    const server = await listenSpooling(virtual);
    cleanups.push(() => server.close());
    // A spooler answers no DLE EOT: status=none, as the README says for print servers.
    const printer = kioskPrinter(`tcp://127.0.0.1:${server.port}?status=none`);
    await printer.print({ id: 'spool-1', document: serviceRequestReceipt() });
    expect(virtual.receipts).toHaveLength(1);
    await printer.print({ id: 'spool-2', document: serviceRequestReceipt() });
    expect(virtual.receipts).toHaveLength(2);
    expect(receiptQrCodes(virtual.receipts[1] ?? { items: [], warnings: [] })[0]?.payload).toBe(
      lookUpCode,
    );
    expect(server.spooling).toBe(0);
  });

  it('with hold=, prints the job when the hold runs out, not before', async () => {
    const virtual = newVirtual();
    const server = await listenSpooling(virtual);
    cleanups.push(() => server.close());
    const clock = new ManualClock();
    const printer = kioskPrinter(`tcp://127.0.0.1:${server.port}?status=none&hold=5000`, clock);
    await printer.print({ id: 'spool-3', document: serviceRequestReceipt() });
    await expect.poll(() => server.spooling).toBe(1);
    expect(virtual.receipts).toHaveLength(0); // the old behaviour, for ever: the job sits in the spool
    await clock.advance(4_999);
    expect(printer.connected).toBe(true);
    await clock.advance(1);
    expect(await virtual.waitForReceipts(1)).toHaveLength(1);
    expect(printer.connected).toBe(false);
  });
});

describe('a printer that serves one client at a time', () => {
  it('is free for another client between the kiosk’s jobs and status polls', async () => {
    const virtual = newVirtual();
    const server = await listenSingleClient(virtual);
    cleanups.push(() => server.close());
    const printer = kioskPrinter(`tcp://127.0.0.1:${server.port}`);
    expect(await printer.status()).toMatchObject({ source: 'printer', online: true });
    await printer.print({ id: 'one-1', document: serviceRequestReceipt() });
    await otherClientPrints(server.port);
    expect(await virtual.waitForReceipts(2)).toHaveLength(2);
    await printer.print({ id: 'one-2', document: serviceRequestReceipt() });
    expect(virtual.receipts).toHaveLength(3);
    expect(server.waiting).toBe(0);
    expect(server.served).toBe(4); // status, job, the other client, job
  });

  it('would be monopolised by a connection held between jobs', async () => {
    const virtual = newVirtual();
    const server = await listenSingleClient(virtual);
    cleanups.push(() => server.close());
    const clock = new ManualClock();
    const printer = kioskPrinter(`tcp://127.0.0.1:${server.port}?hold=600000`, clock);
    await printer.print({ id: 'held-1', document: serviceRequestReceipt() });
    const other = otherClientPrints(server.port);
    await expect.poll(() => server.waiting).toBe(1);
    expect(virtual.receipts).toHaveLength(1); // the other client's job waits behind the kiosk
    await printer.close();
    await other;
    expect(await virtual.waitForReceipts(2)).toHaveLength(2);
  });
});
