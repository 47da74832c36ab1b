// A receipt must never carry a resident ID number (GB 11643: 17 digits and a check digit or X).
// Services are not supposed to pass one; this guard makes a slip fail loudly before printing
// instead of leaving the number on a slip in a resident's pocket or a bin in the lobby.
import type { ReceiptDocument, TextSegment } from './receiptDocument.js';

export class ReceiptContentError extends Error {
  override readonly name = 'ReceiptContentError';
}

// Contiguous, or grouped 6-8-4 / 6-4-4-4 with spaces or dashes as people write them.
const idNumberPattern =
  /[0-9]{17}[0-9X]|[0-9]{6}[ -][0-9]{8}[ -][0-9]{3}[0-9X]|[0-9]{6}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{3}[0-9X]/iu;

/** Full-width digits and X read the same to a person, so they count too. */
const toHalfWidth = (text: string): string =>
  text.replace(/[\uff10-\uff19\uff38\uff58]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

export function containsIdNumber(text: string): boolean {
  return idNumberPattern.test(toHalfWidth(text));
}

const joined = (segments: readonly TextSegment[]): string =>
  segments.map((s) => (typeof s === 'string' ? s : s.keep)).join('');

/** Throws if any text, row or QR payload of the document holds an ID number. */
export function assertNoIdNumber(document: ReceiptDocument): void {
  document.blocks.forEach((block, index) => {
    const texts =
      block.kind === 'text'
        ? [joined(block.segments)]
        : block.kind === 'row'
          ? [joined(block.left), joined(block.right)]
          : block.kind === 'qr'
            ? [block.payload]
            : [];
    if (texts.some(containsIdNumber)) {
      // The message names the block, never the number.
      throw new ReceiptContentError(`block ${index} (${block.kind}) contains an ID number`);
    }
  });
}
