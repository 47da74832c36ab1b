// From a KIOSK_PRINTER spec to a ready driver. The simulator comes with its virtual printer, so
// the demo can show what was "printed".
import { paperProfile } from './document/paper.js';
import { ReceiptPrinter } from './driver/receiptPrinter.js';
import type { Timers } from './timers.js';
import { DeviceFileTransport } from './transport/deviceFileTransport.js';
import { parsePrinterSpec, type PrinterSpec } from './transport/printerSpec.js';
import type { PrinterTransport } from './transport/printerTransport.js';
import { SerialTransport } from './transport/serialTransport.js';
import { TcpTransport } from './transport/tcpTransport.js';
import { MemoryTransport } from './virtual/memoryTransport.js';
import { VirtualPrinter } from './virtual/virtualPrinter.js';

export interface CreatePrinterOptions {
  readonly timers?: Timers;
  readonly statusTimeoutMs?: number;
  /** For "simulator": use this virtual printer instead of a new one. */
  readonly virtualPrinter?: VirtualPrinter;
}

export interface CreatedPrinter {
  readonly spec: PrinterSpec;
  readonly printer: ReceiptPrinter;
  readonly transport: PrinterTransport;
  /** Only for the simulator: the virtual printer the receipts go to. */
  readonly virtualPrinter?: VirtualPrinter;
}

export function createPrinter(
  spec: PrinterSpec,
  options: CreatePrinterOptions = {},
): CreatedPrinter {
  let transport: PrinterTransport;
  let virtualPrinter: VirtualPrinter | undefined;
  switch (spec.kind) {
    case 'simulator':
      virtualPrinter = options.virtualPrinter ?? new VirtualPrinter();
      transport = new MemoryTransport(virtualPrinter);
      break;
    case 'tcp':
      transport = new TcpTransport({ host: spec.host, port: spec.port });
      break;
    case 'file':
      transport = new DeviceFileTransport({ path: spec.path });
      break;
    case 'serial':
      transport = new SerialTransport({
        path: spec.path,
        baudRate: spec.baudRate,
        flowControl: spec.flowControl,
      });
      break;
  }
  const printer = new ReceiptPrinter(transport, {
    paper: paperProfile(spec.paper),
    statusCheck: spec.statusCheck,
    ...(options.statusTimeoutMs === undefined ? {} : { statusTimeoutMs: options.statusTimeoutMs }),
    ...(options.timers === undefined ? {} : { timers: options.timers }),
  });
  return virtualPrinter
    ? { spec, printer, transport, virtualPrinter }
    : { spec, printer, transport };
}

/** Parses KIOSK_PRINTER (throwing PrinterSpecError) and creates the printer. */
export function createPrinterFromSpec(
  value: string,
  options: CreatePrinterOptions = {},
): CreatedPrinter {
  return createPrinter(parsePrinterSpec(value), options);
}
