// A print job: an id the caller tracks (e.g. the request's reference) and the document.
import type { ReceiptDocumentInput } from '../document/receiptDocument.js';
import type { PrinterStatus, PrintWarning } from '../status/printerStatus.js';

export interface PrintJob {
  /** The caller's id for the job; appears in errors and logs, so no personal data. */
  readonly id: string;
  readonly document: ReceiptDocumentInput;
}

export interface PrintResult {
  readonly jobId: string;
  readonly bytesSent: number;
  /** E.g. paper near end: printed, but tell staff. */
  readonly warnings: readonly PrintWarning[];
  readonly statusBefore: PrinterStatus;
  readonly statusAfter: PrinterStatus;
}
