// Replays parsed commands the way a printer's state machine would (styles, alignment, Chinese
// mode, the QR symbol store) and collects the result as decoded receipts, one per cut.
import iconv from 'iconv-lite';
import type { Align, QrErrorCorrection } from '../document/receiptDocument.js';
import type { DecodedItem, DecodedLine, DecodedReceipt, DecodedTextRun } from './decodedReceipt.js';
import type { ParsedAt, ParsedCommand } from './escposParser.js';

const alignments: readonly Align[] = ['left', 'center', 'right'];
const levels: Record<number, QrErrorCorrection> = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' };

interface RunBytes {
  bytes: Buffer[];
  width: number;
  height: number;
  bold: boolean;
  chinese: boolean;
}

export interface AssemblerOptions {
  /** Chinese mode after power-on / ESC @. Off by default, so a missing FS & shows up. */
  readonly chineseModeByDefault?: boolean;
}

export class ReceiptAssembler {
  readonly #chineseDefault: boolean;
  #bold = false;
  #width = 1;
  #height = 1;
  #align: Align = 'left';
  #chinese: boolean;
  #qr = {
    model: 2,
    moduleSize: 3,
    level: 'L' as QrErrorCorrection,
    data: undefined as Buffer | undefined,
  };
  #runs: RunBytes[] = [];
  #lineAlign: Align = 'left';
  #items: DecodedItem[] = [];
  #warnings: string[] = [];

  constructor(options: AssemblerOptions = {}) {
    this.#chineseDefault = options.chineseModeByDefault ?? false;
    this.#chinese = this.#chineseDefault;
  }

  /** Applies commands; returns the receipts completed (cut) by them. */
  apply(commands: readonly ParsedAt[]): DecodedReceipt[] {
    const completed: DecodedReceipt[] = [];
    for (const { command, offset } of commands) {
      const receipt = this.#applyOne(command, offset);
      if (receipt) completed.push(receipt);
    }
    return completed;
  }

  /** Items since the last cut, including a line still waiting for its line feed. */
  get pending(): DecodedReceipt {
    const items = [...this.#items];
    if (this.#runs.length > 0) items.push(this.#line());
    return { items, warnings: [...this.#warnings] };
  }

  #applyOne(command: ParsedCommand, offset: number): DecodedReceipt | undefined {
    switch (command.type) {
      case 'text':
        this.#text(command.bytes);
        break;
      case 'lineFeed':
        this.#items.push(this.#line());
        this.#runs = [];
        break;
      case 'initialize':
        // ESC @ also clears the print buffer: a partial line is dropped, not printed.
        this.#runs = [];
        this.#bold = false;
        this.#width = 1;
        this.#height = 1;
        this.#align = 'left';
        this.#chinese = this.#chineseDefault;
        this.#qr = { model: 2, moduleSize: 3, level: 'L', data: undefined };
        break;
      case 'bold':
        this.#bold = command.on;
        break;
      case 'align':
        this.#align = alignments[command.value] ?? 'left';
        if (this.#runs.length > 0) this.#warnings.push(`ESC a mid-line at byte ${offset}`);
        break;
      case 'size':
        this.#width = command.width;
        this.#height = command.height;
        break;
      case 'printMode':
        this.#bold = command.bold;
        this.#width = command.doubleWidth ? 2 : 1;
        this.#height = command.doubleHeight ? 2 : 1;
        break;
      case 'feedLines':
      case 'feedDots':
        this.#flushLine();
        this.#items.push(
          command.type === 'feedLines'
            ? { kind: 'feed', lines: command.lines, dots: 0 }
            : { kind: 'feed', lines: 0, dots: command.dots },
        );
        break;
      case 'cut':
        return this.#cut(command.mode, command.feedDots, offset);
      case 'chineseMode':
        this.#chinese = command.on;
        break;
      case 'qr':
        this.#qrFunction(command.fn, command.parameters, offset);
        break;
      case 'raster':
        this.#flushLine();
        this.#items.push({
          kind: 'image',
          widthDots: command.widthDots,
          heightDots: command.heightDots,
        });
        break;
      case 'unknown':
        this.#items.push({
          kind: 'unknown',
          offset,
          hex: command.bytes.toString('hex'),
          note: command.note,
        });
        break;
      case 'statusRequest':
      case 'ignored':
        break;
    }
    return undefined;
  }

  #text(bytes: Buffer): void {
    if (this.#runs.length === 0) this.#lineAlign = this.#align;
    const last = this.#runs.at(-1);
    const same =
      last &&
      last.width === this.#width &&
      last.height === this.#height &&
      last.bold === this.#bold &&
      last.chinese === this.#chinese;
    if (same) last.bytes.push(bytes);
    else {
      this.#runs.push({
        bytes: [bytes],
        width: this.#width,
        height: this.#height,
        bold: this.#bold,
        chinese: this.#chinese,
      });
    }
  }

  #line(): DecodedLine {
    const runs: DecodedTextRun[] = this.#runs.map((run) => ({
      text: iconv.decode(Buffer.concat(run.bytes), run.chinese ? 'gb18030' : 'cp437'),
      width: run.width,
      height: run.height,
      bold: run.bold,
    }));
    const first = runs[0] ?? { width: this.#width, height: this.#height, bold: this.#bold };
    return {
      kind: 'text',
      text: runs.map((run) => run.text).join(''),
      align: runs.length > 0 ? this.#lineAlign : this.#align,
      width: first.width,
      height: first.height,
      bold: first.bold,
      runs,
    };
  }

  /** Feeds and symbols print a pending partial line first, as a printer does. */
  #flushLine(): void {
    if (this.#runs.length === 0) return;
    this.#items.push(this.#line());
    this.#runs = [];
  }

  #cut(mode: 'full' | 'partial', feedDots: number, offset: number): DecodedReceipt {
    if (this.#runs.length > 0) this.#warnings.push(`cut in the middle of a line at byte ${offset}`);
    this.#flushLine();
    this.#items.push({ kind: 'cut', mode, feedDots });
    const receipt: DecodedReceipt = { items: this.#items, warnings: this.#warnings };
    this.#items = [];
    this.#warnings = [];
    return receipt;
  }

  #qrFunction(fn: number, parameters: Buffer, offset: number): void {
    const n = parameters[0] ?? 0;
    switch (fn) {
      case 0x41:
        this.#qr.model = n - 48;
        break;
      case 0x43:
        this.#qr.moduleSize = n;
        break;
      case 0x45:
        this.#qr.level = levels[n] ?? this.#qr.level;
        if (!levels[n])
          this.#warnings.push(`QR error correction ${n} is not 48–51 at byte ${offset}`);
        break;
      case 0x50:
        this.#qr.data = Buffer.from(parameters.subarray(1));
        break;
      case 0x51:
        this.#printQr(offset);
        break;
      default:
        this.#items.push({
          kind: 'unknown',
          offset,
          hex: parameters.toString('hex'),
          note: `QR function ${fn}`,
        });
    }
  }

  #printQr(offset: number): void {
    if (this.#runs.length > 0) this.#warnings.push(`QR printed mid-line at byte ${offset}`);
    this.#flushLine();
    if (!this.#qr.data) {
      this.#warnings.push(`QR print with no stored data at byte ${offset}`);
      return;
    }
    this.#items.push({
      kind: 'qr',
      payload: this.#qr.data.toString('utf8'),
      model: this.#qr.model,
      moduleSize: this.#qr.moduleSize,
      errorCorrection: this.#qr.level,
      align: this.#align,
    });
  }
}
