// From a KIOSK_PRINTER spec to a ready driver. The simulator comes with its virtual printer, so
// the demo can show what was "printed".
import type { Clock } from '../link/clock.js';
import { createDeviceFileLink } from '../link/deviceFileLink.js';
import type { Link } from '../link/link.js';
import { createSerialLink } from '../link/serialLink.js';
import { createTcpLink } from '../link/tcpLink.js';
import { paperProfile } from './document/paper.js';
import { ReceiptPrinter } from './driver/receiptPrinter.js';
import { parsePrinterSpec, type PrinterSpec } from './transport/printerSpec.js';
import { virtualPrinterLink } from './virtual/virtualLink.js';
import { VirtualPrinter } from './virtual/virtualPrinter.js';

export interface CreatePrinterOptions {
  readonly clock?: Clock;
  readonly statusTimeoutMs?: number;
  /** For "simulator": use this virtual printer instead of a new one. */
  readonly virtualPrinter?: VirtualPrinter;
}

export interface CreatedPrinter {
  readonly spec: PrinterSpec;
  readonly printer: ReceiptPrinter;
  readonly link: Link;
  /** Only for the simulator: the virtual printer the receipts go to. */
  readonly virtualPrinter?: VirtualPrinter;
}

export function createPrinter(
  spec: PrinterSpec,
  options: CreatePrinterOptions = {},
): CreatedPrinter {
  let link: Link;
  let virtualPrinter: VirtualPrinter | undefined;
  // Only a network printer lets go between jobs (see printerSpec.ts); the kiosk is the only user
  // of its serial port, USB device file or simulator.
  let holdMs = Number.POSITIVE_INFINITY;
  switch (spec.kind) {
    case 'simulator':
      virtualPrinter = options.virtualPrinter ?? new VirtualPrinter();
      link = virtualPrinterLink(virtualPrinter);
      break;
    case 'tcp':
      link = createTcpLink({ host: spec.host, port: spec.port });
      holdMs = spec.holdMs;
      break;
    case 'file':
      link = createDeviceFileLink({ path: spec.path });
      break;
    case 'serial':
      link = createSerialLink({
        path: spec.path,
        baudRate: spec.baudRate,
        flowControl: spec.flowControl,
      });
      break;
  }
  const printer = new ReceiptPrinter(link, {
    paper: paperProfile(spec.paper),
    statusCheck: spec.statusCheck,
    holdMs,
    ...(options.statusTimeoutMs === undefined ? {} : { statusTimeoutMs: options.statusTimeoutMs }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return virtualPrinter ? { spec, printer, link, virtualPrinter } : { spec, printer, link };
}

/** Parses KIOSK_PRINTER (throwing PrinterSpecError) and creates the printer. */
export function createPrinterFromSpec(
  value: string,
  options: CreatePrinterOptions = {},
): CreatedPrinter {
  return createPrinter(parsePrinterSpec(value), options);
}
