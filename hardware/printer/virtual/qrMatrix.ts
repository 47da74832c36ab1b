// Draws a QR code for the receipt preview with qr-image (CommonJS, untyped). Printing never
// needs this: the printer builds its own symbol from the GS ( k bytes.
import { createRequire } from 'node:module';
import type { QrErrorCorrection } from '../document/receiptDocument.js';

interface QrImage {
  matrix(data: Buffer, level: QrErrorCorrection): number[][];
}

const qrImage = createRequire(import.meta.url)('qr-image') as QrImage;

/** Dark (true) and light modules, row by row, without the quiet zone; undefined if the payload cannot be encoded. */
export function qrModules(payload: string, level: QrErrorCorrection): boolean[][] | undefined {
  try {
    return qrImage.matrix(Buffer.from(payload, 'utf8'), level).map((row) => row.map(Boolean));
  } catch {
    return undefined;
  }
}
