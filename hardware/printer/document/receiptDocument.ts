// The receipt document: a plain, JSON-serialisable list of blocks. Services build it (see
// ReceiptBuilder), the renderer turns it into bytes for one paper profile, and a reprint list
// can store it as JSON and validate it back with the schema.
import { z } from 'zod';

export const alignments = ['left', 'center', 'right'] as const;
export const Align = z.enum(alignments);
export type Align = z.infer<typeof Align>;

/** Character magnification 1–8 (GS ! allows eight steps each way). */
export const Magnification = z.int().min(1).max(8);

/** A run printed on one line or not at all: a phone number, a ticket number. */
export const KeepTogether = z.strictObject({ keep: z.string() });
export type KeepTogether = z.infer<typeof KeepTogether>;

export const TextSegment = z.union([z.string(), KeepTogether]);
export type TextSegment = z.infer<typeof TextSegment>;

export const TextBlock = z.strictObject({
  kind: z.literal('text'),
  segments: z.array(TextSegment),
  width: Magnification.default(1),
  height: Magnification.default(1),
  bold: z.boolean().default(false),
  align: Align.default('left'),
});

/** A label on the left and a value on the right of the same line (wrapped if too long). */
export const RowBlock = z.strictObject({
  kind: z.literal('row'),
  left: z.array(TextSegment),
  right: z.array(TextSegment),
  bold: z.boolean().default(false),
});

export const separatorChars = ['-', '=', '*', '.', '_'] as const;
export const SeparatorBlock = z.strictObject({
  kind: z.literal('separator'),
  char: z.enum(separatorChars).default('-'),
});

export const qrErrorCorrections = ['L', 'M', 'Q', 'H'] as const;
export const QrErrorCorrection = z.enum(qrErrorCorrections);
export type QrErrorCorrection = z.infer<typeof QrErrorCorrection>;

export const QrBlock = z.strictObject({
  kind: z.literal('qr'),
  payload: z.string().min(1),
  align: Align.default('center'),
  /** Dots per module; left out, the renderer picks the largest that reads well and fits. */
  moduleSize: z.int().min(1).max(16).optional(),
  errorCorrection: QrErrorCorrection.optional(),
});

export const FeedBlock = z.strictObject({
  kind: z.literal('feed'),
  lines: z.int().min(1).max(255).default(1),
});

export const CutBlock = z.strictObject({
  kind: z.literal('cut'),
  /** Partial leaves a hinge so the receipt does not drop to the floor. */
  mode: z.enum(['full', 'partial']).default('partial'),
});

export const ReceiptBlock = z.discriminatedUnion('kind', [
  TextBlock,
  RowBlock,
  SeparatorBlock,
  QrBlock,
  FeedBlock,
  CutBlock,
]);

export const ReceiptDocument = z.strictObject({ blocks: z.array(ReceiptBlock) });

/** A document as stored and rendered, every default filled in. */
export type ReceiptDocument = z.output<typeof ReceiptDocument>;
/** A document as a service may write it, defaults optional. */
export type ReceiptDocumentInput = z.input<typeof ReceiptDocument>;
export type ReceiptBlock = z.output<typeof ReceiptBlock>;
export type TextBlock = z.output<typeof TextBlock>;
export type RowBlock = z.output<typeof RowBlock>;
export type SeparatorBlock = z.output<typeof SeparatorBlock>;
export type QrBlock = z.output<typeof QrBlock>;
export type FeedBlock = z.output<typeof FeedBlock>;
export type CutBlock = z.output<typeof CutBlock>;

/** Marks a run that must not be split across lines. */
export function keep(text: string): KeepTogether {
  return { keep: text };
}

/** Validates a document (e.g. one read back from a reprint list) and fills in defaults. */
export function parseReceiptDocument(value: unknown): ReceiptDocument {
  return ReceiptDocument.parse(value);
}
