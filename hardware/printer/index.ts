// The receipt printer driver's public surface. Services import from here only.

// Receipt documents
export { ReceiptBuilder, type QrOptions, type TextOptions } from './document/receiptBuilder.js';
export {
  keep,
  parseReceiptDocument,
  ReceiptDocument as ReceiptDocumentSchema,
  type Align,
  type KeepTogether,
  type QrErrorCorrection,
  type ReceiptBlock,
  type ReceiptDocument,
  type ReceiptDocumentInput,
  type TextSegment,
} from './document/receiptDocument.js';
export {
  paper58,
  paper80,
  paperProfile,
  type PaperProfile,
  type PaperWidth,
} from './document/paper.js';
export { displayColumns, normalizeForPrint } from './document/printableText.js';
export { LayoutError, wrapSegments } from './document/lineWrap.js';
export { containsIdNumber, ReceiptContentError } from './document/idNumberGuard.js';
export { renderReceipt, type RenderOptions } from './escpos/renderReceipt.js';

// Status
export {
  assessStatus,
  describeProblem,
  summarizeStatus,
  type PrinterStatus,
  type PrintWarning,
  type Readiness,
  type RefusalReason,
  type StatusSummary,
} from './status/printerStatus.js';

// Links (from the shared link layer) and the driver
export { LinkError, type Connection, type Link, type LinkErrorCode } from '../link/link.js';
export {
  defaultPrinterPort,
  formatPrinterSpec,
  parsePrinterSpec,
  PrinterSpecError,
  printerSpecHelp,
  type PrinterSpec,
} from './transport/printerSpec.js';
export { ReceiptPrinter, type ReceiptPrinterOptions } from './driver/receiptPrinter.js';
export { PrintError, type PrintFailureReason, type PrintPhase } from './driver/printErrors.js';
export type { PrintJob, PrintResult } from './driver/printJob.js';
export {
  createPrinter,
  createPrinterFromSpec,
  type CreatedPrinter,
  type CreatePrinterOptions,
} from './createPrinter.js';
export { systemClock, type Clock } from '../link/clock.js';

// The virtual printer and the preview
export { VirtualPrinter, type VirtualPrinterOptions } from './virtual/virtualPrinter.js';
export type { VirtualPrinterCondition } from './virtual/virtualStatus.js';
export {
  attachSerialPeer,
  virtualPrinterDevice,
  virtualPrinterLink,
} from './virtual/virtualLink.js';
export { listenTcp, type VirtualTcpServer } from './virtual/virtualTcpServer.js';
export {
  receiptLines,
  receiptQrCodes,
  receiptText,
  type DecodedItem,
  type DecodedLine,
  type DecodedQr,
  type DecodedReceipt,
} from './virtual/decodedReceipt.js';
export { renderReceiptHtml, type ReceiptHtmlOptions } from './virtual/receiptHtml.js';
