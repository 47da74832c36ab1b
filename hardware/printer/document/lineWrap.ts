// Display-width-aware wrapping. A line never exceeds its columns, a character is never split
// (we work on whole code points), a keep-together run or a detected phone number is never split,
// Latin words break only when longer than a line, and Chinese punctuation follows the usual
// line-breaking rules (no closing mark at a line start, no opening mark at a line end).
import { normalizeForPrint, displayColumns } from './printableText.js';
import type { TextSegment } from './receiptDocument.js';

export class LayoutError extends Error {
  override readonly name = 'LayoutError';
}

type TokenKind = 'space' | 'word' | 'wide' | 'keep';
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly width: number;
}
type Unit = readonly Token[];

const closing = new Set([...'，。、；：？！）】」』》〉”’…—%,.;:!?)]}']);
const opening = new Set([...'（【「『《〈“‘([{']);

// Mainland mobile numbers (optionally +86) and landlines with area code, spaced or dashed.
// The look-arounds stop a match inside a longer run of digits, which would let it split.
const phonePattern =
  /(?<![0-9A-Za-z+])(?:(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}|\(?0\d{2,3}\)?[ -]?\d{3,4}[ -]?\d{4})(?![0-9A-Za-z])/gu;

const token = (kind: TokenKind, text: string): Token => ({
  kind,
  text,
  width: displayColumns(text),
});

function plainTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/ +|[!-~]+|[^ -~]/gu)) {
    const piece = match[0];
    if (piece.startsWith(' ')) tokens.push(token('space', piece));
    else if (piece.charCodeAt(0) < 0x80) tokens.push(token('word', piece));
    else tokens.push(token('wide', piece));
  }
  return tokens;
}

function paragraphTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(phonePattern)) {
    tokens.push(...plainTokens(text.slice(last, match.index)));
    tokens.push(token('keep', match[0]));
    last = match.index + match[0].length;
  }
  tokens.push(...plainTokens(text.slice(last)));
  return tokens;
}

/** Splits segments into paragraphs (at line breaks) of tokens. */
function tokenize(segments: readonly TextSegment[]): Token[][] {
  const paragraphs: Token[][] = [[]];
  for (const segment of segments) {
    if (typeof segment !== 'string') {
      const text = normalizeForPrint(segment.keep);
      if (text !== '') paragraphs.at(-1)?.push(token('keep', text));
      continue;
    }
    segment.split(/\r?\n/u).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      paragraphs.at(-1)?.push(...paragraphTokens(normalizeForPrint(piece)));
    });
  }
  return paragraphs;
}

const firstChar = (t: Token): string => [...t.text][0] ?? '';
const lastChar = (t: Token): string => [...t.text].at(-1) ?? '';

/** Groups tokens that must stay on one line under the punctuation rules. */
function units(tokens: readonly Token[]): Unit[] {
  const result: Token[][] = [];
  for (const current of tokens) {
    const previousUnit = result.at(-1);
    const previous = previousUnit?.at(-1);
    const glue =
      previous !== undefined &&
      previous.kind !== 'space' &&
      current.kind !== 'space' &&
      (closing.has(firstChar(current)) || opening.has(lastChar(previous)));
    if (glue && previousUnit) previousUnit.push(current);
    else result.push([current]);
  }
  return result;
}

const unitWidth = (unit: Unit): number => unit.reduce((sum, t) => sum + t.width, 0);

class LineFiller {
  readonly lines: string[] = [];
  #line = '';
  #width = 0;
  #space = '';

  constructor(private readonly columns: number) {}

  space(text: string, paragraphStart: boolean): void {
    if (this.#width > 0 || paragraphStart) this.#space = text;
  }

  place(unit: Unit): void {
    const width = unitWidth(unit);
    if (this.#width + this.#space.length + width <= this.columns) return this.#append(unit, width);
    this.endLine();
    if (width <= this.columns) return this.#append(unit, width);
    // Too wide even alone: let go of the punctuation glue, then of the word itself.
    for (const t of unit) {
      if (this.#width + t.width > this.columns) this.endLine();
      if (t.width <= this.columns) this.#append([t], t.width);
      else this.#breakToken(t);
    }
  }

  endLine(): void {
    if (this.#width > 0) this.lines.push(this.#line);
    this.#line = '';
    this.#width = 0;
    this.#space = '';
  }

  endParagraph(): void {
    if (this.#width > 0) this.endLine();
    else this.lines.push('');
  }

  #append(unit: Unit, width: number): void {
    const space = this.#space;
    this.#line += space + unit.map((t) => t.text).join('');
    this.#width += space.length + width;
    this.#space = '';
  }

  #breakToken(t: Token): void {
    if (t.kind === 'keep') {
      throw new LayoutError(
        `a keep-together run ${t.width} columns wide cannot fit a line of ${this.columns} ` +
          'columns; print it at a smaller size',
      );
    }
    for (const char of t.text) {
      const width = displayColumns(char);
      if (this.#width + width > this.columns) this.endLine();
      this.#append([{ kind: t.kind, text: char, width }], width);
    }
  }
}

/**
 * Wraps text into lines of at most `columns` display columns (normal-size columns divided by
 * the width magnification). An empty paragraph gives one empty line.
 */
export function wrapSegments(segments: readonly TextSegment[], columns: number): string[] {
  if (!Number.isInteger(columns) || columns < 2) {
    throw new LayoutError(`a line needs at least 2 columns, got ${columns}`);
  }
  const filler = new LineFiller(columns);
  for (const paragraph of tokenize(segments)) {
    units(paragraph).forEach((unit, index) => {
      const first = unit[0];
      if (first?.kind === 'space') filler.space(first.text, index === 0);
      else filler.place(unit);
    });
    filler.endParagraph();
  }
  return filler.lines;
}

/** Label left, value right on one line when both fit; otherwise each wrapped on its own lines. */
export function layoutRow(
  left: readonly TextSegment[],
  right: readonly TextSegment[],
  columns: number,
): string[] {
  const leftLines = wrapSegments(left, columns);
  const rightLines = wrapSegments(right, columns);
  const [onlyLeft] = leftLines;
  const [onlyRight] = rightLines;
  if (leftLines.length === 1 && rightLines.length === 1 && onlyLeft !== undefined && onlyRight) {
    const gap = columns - displayColumns(onlyLeft) - displayColumns(onlyRight);
    if (gap >= 1) return [onlyLeft + ' '.repeat(gap) + onlyRight];
  }
  const padRight = (line: string): string => ' '.repeat(columns - displayColumns(line)) + line;
  return [...leftLines, ...rightLines.map(padRight)];
}
