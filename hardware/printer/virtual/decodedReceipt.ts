// What the virtual printer understood from the bytes: one receipt per cut.
import type { Align, QrErrorCorrection } from '../document/receiptDocument.js';

export interface DecodedTextRun {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
}

/** One printed line; size and bold are those of its first run (the renderer uses one run). */
export interface DecodedLine {
  readonly kind: 'text';
  readonly text: string;
  readonly align: Align;
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
  readonly runs: readonly DecodedTextRun[];
}

export interface DecodedQr {
  readonly kind: 'qr';
  readonly payload: string;
  readonly model: number;
  readonly moduleSize: number;
  readonly errorCorrection: QrErrorCorrection;
  readonly align: Align;
}

export interface DecodedFeed {
  readonly kind: 'feed';
  readonly lines: number;
  readonly dots: number;
}

export interface DecodedCut {
  readonly kind: 'cut';
  readonly mode: 'full' | 'partial';
  readonly feedDots: number;
}

export interface DecodedImage {
  readonly kind: 'image';
  readonly widthDots: number;
  readonly heightDots: number;
}

export interface DecodedUnknown {
  readonly kind: 'unknown';
  /** Where in the stream it was, and its bytes in hex. */
  readonly offset: number;
  readonly hex: string;
  readonly note: string;
}

export type DecodedItem =
  DecodedLine | DecodedQr | DecodedFeed | DecodedCut | DecodedImage | DecodedUnknown;

export interface DecodedReceipt {
  readonly items: readonly DecodedItem[];
  /** Rule breaks a real printer would mishandle, e.g. a cut in the middle of a line. */
  readonly warnings: readonly string[];
}

export const receiptLines = (receipt: DecodedReceipt): DecodedLine[] =>
  receipt.items.filter((item): item is DecodedLine => item.kind === 'text');

export const receiptQrCodes = (receipt: DecodedReceipt): DecodedQr[] =>
  receipt.items.filter((item): item is DecodedQr => item.kind === 'qr');

export const receiptText = (receipt: DecodedReceipt): string =>
  receiptLines(receipt)
    .map((line) => line.text)
    .join('\n');

export const unknownItems = (receipt: DecodedReceipt): DecodedUnknown[] =>
  receipt.items.filter((item): item is DecodedUnknown => item.kind === 'unknown');
