// A fluent way for services to write a receipt document; build() validates it and makes sure
// it ends with a cut, so a receipt is never left hanging in the printer.
import {
  ReceiptDocument,
  type Align,
  type QrErrorCorrection,
  type ReceiptBlock,
  type TextSegment,
} from './receiptDocument.js';

export interface TextOptions {
  width?: number;
  height?: number;
  bold?: boolean;
  align?: Align;
}

export interface QrOptions {
  align?: Align;
  moduleSize?: number;
  errorCorrection?: QrErrorCorrection;
}

type Content = TextSegment | readonly TextSegment[];

const segmentsOf = (content: Content): TextSegment[] =>
  Array.isArray(content) ? [...(content as readonly TextSegment[])] : [content as TextSegment];

export class ReceiptBuilder {
  readonly #blocks: unknown[] = [];

  /** One paragraph; it wraps to the paper width. Use keep() for runs that must not split. */
  text(content: Content, options: TextOptions = {}): this {
    this.#blocks.push({ kind: 'text', segments: segmentsOf(content), ...options });
    return this;
  }

  /** A centred, double-size, bold heading. */
  title(content: Content, options: TextOptions = {}): this {
    return this.text(content, { width: 2, height: 2, bold: true, align: 'center', ...options });
  }

  row(left: Content, right: Content, options: { bold?: boolean } = {}): this {
    this.#blocks.push({
      kind: 'row',
      left: segmentsOf(left),
      right: segmentsOf(right),
      ...options,
    });
    return this;
  }

  separator(char: '-' | '=' | '*' | '.' | '_' = '-'): this {
    this.#blocks.push({ kind: 'separator', char });
    return this;
  }

  qr(payload: string, options: QrOptions = {}): this {
    this.#blocks.push({ kind: 'qr', payload, ...options });
    return this;
  }

  feed(lines = 1): this {
    this.#blocks.push({ kind: 'feed', lines });
    return this;
  }

  cut(mode: 'full' | 'partial' = 'partial'): this {
    this.#blocks.push({ kind: 'cut', mode });
    return this;
  }

  build(): ReceiptDocument {
    const document = ReceiptDocument.parse({ blocks: this.#blocks });
    const last: ReceiptBlock | undefined = document.blocks.at(-1);
    if (last?.kind !== 'cut') document.blocks.push({ kind: 'cut', mode: 'partial' });
    return document;
  }
}
