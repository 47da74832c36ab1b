// The kiosk's receipt printer as the services see it: one driver, its status polled while idle
// so the staff screen and getKioskInfo are current, and the virtual printer when simulated.
import type { DeviceStatus } from '../../../contract/index.js';
import {
  type PrintResult,
  type PrinterSpec,
  type ReceiptDocument,
  type VirtualPrinter,
  createPrinter,
  formatPrinterSpec,
  receiptLines,
  receiptQrCodes,
  summarizeStatus,
} from '../../../hardware/printer/index.js';
import { errorFields } from '../errorFields.js';
import type { Logger } from '../logger.js';

export interface PrinterDevice {
  status(): DeviceStatus;
  print(jobId: string, document: ReceiptDocument): Promise<PrintResult>;
  /** Only with the simulator: where the receipts went, decoded. */
  virtualPrinter: VirtualPrinter | undefined;
  close(): Promise<void>;
}

const idlePollMs = 30_000;

export function openPrinterDevice(spec: PrinterSpec, logger: Logger): PrinterDevice {
  const driver = formatPrinterSpec(spec);
  const created = createPrinter(spec);
  const { printer } = created;
  let lastState: DeviceStatus['state'] | undefined;
  printer.onStatus((status) => {
    const summary = summarizeStatus(status);
    if (summary.state !== lastState) {
      lastState = summary.state;
      logger.info('printer status', { driver, state: summary.state, detail: summary.detail });
    }
  });
  printer.startPolling(idlePollMs);
  // Link trouble reads as offline; anything else would be an unhandled rejection.
  printer
    .status()
    .catch((error: unknown) =>
      logger.error('printer status not read', { driver, ...errorFields(error) }),
    );

  return {
    status: () => {
      const status = printer.lastStatus;
      if (!status) return { driver, state: 'busy', detail: 'checking' };
      const summary = summarizeStatus(status);
      return summary.detail
        ? { driver, state: summary.state, detail: summary.detail }
        : { driver, state: summary.state };
    },
    print: (jobId, document) => printer.print({ id: jobId, document }),
    virtualPrinter: created.virtualPrinter,
    close: async () => {
      printer.stopPolling();
      await printer.close();
    },
  };
}

/** The simulated printer's receipts as plain lines, QR payloads and whether each was cut. */
export function previewReceipts(
  device: PrinterDevice,
): { lines: string[]; qrPayloads: string[]; cut: boolean }[] {
  return (device.virtualPrinter?.receipts ?? []).map((receipt) => ({
    lines: receiptLines(receipt).map((line) => line.text),
    qrPayloads: receiptQrCodes(receipt).map((qr) => qr.payload),
    cut: receipt.items.some((item) => item.kind === 'cut'),
  }));
}
