import { describe, expect, it } from 'vitest';
import {
  createPrinter,
  createPrinterFromSpec,
} from '../../../../hardware/printer/createPrinter.js';
import { PrinterSpecError } from '../../../../hardware/printer/transport/printerSpec.js';
import { receiptText } from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { assertNoIdNumber } from './support/idNumberScan.js';
import { serviceRequestReceipt } from './support/sampleReceipts.js';

describe('creating a printer from KIOSK_PRINTER', () => {
  it('gives the simulator with its virtual printer, which receives the receipts', async () => {
    const created = createPrinterFromSpec('simulator?paper=80');
    expect(created.printer.paper.columns).toBe(48);
    expect(created.printer.description).toBe('simulator');
    await created.printer.print({ id: 'j1', document: serviceRequestReceipt() });
    const receipt = created.virtualPrinter?.lastReceipt;
    expect(receipt && receiptText(receipt)).toContain('幸福里社区服务中心');
    assertNoIdNumber(created.virtualPrinter?.receivedBytes ?? Buffer.alloc(0));
    await created.printer.close();
  });

  it('builds the matching link for each kind without touching the device', () => {
    const tcp = createPrinterFromSpec('tcp://127.0.0.1:9100');
    expect(tcp.link.description).toBe('tcp://127.0.0.1:9100');
    expect(tcp.printer.connected).toBe(false);
    expect(createPrinterFromSpec('file:/dev/usb/lp0').link.description).toBe('file:/dev/usb/lp0');
    const serial = createPrinterFromSpec('serial:/dev/ttyS0?baud=19200');
    expect(serial.link.description).toBe('serial:/dev/ttyS0?baud=19200');
    expect(serial.printer.description).toBe('serial:/dev/ttyS0?baud=19200');
    expect(serial.virtualPrinter).toBeUndefined();
  });

  it('throws a PrinterSpecError for a bad value', () => {
    expect(() => createPrinterFromSpec('usb')).toThrow(PrinterSpecError);
  });

  it('reports an unreachable printer as offline rather than throwing', async () => {
    const { printer } = createPrinter({
      kind: 'file',
      path: '/nonexistent/lp9',
      paper: 58,
      statusCheck: 'query',
    });
    expect(await printer.status()).toMatchObject({ source: 'no-reply', online: false });
    expect(printer.lastStatus?.detail).toContain('no such device');
  });
});
