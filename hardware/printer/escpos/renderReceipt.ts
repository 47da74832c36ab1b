// Receipt document → ESC/POS bytes for one paper profile. Styles are sent only when they change,
// and every block ends at the start of a line, so alignment and cuts always land where the
// printer accepts them.
import { assertNoIdNumber } from '../document/idNumberGuard.js';
import { layoutRow, wrapSegments } from '../document/lineWrap.js';
import type { PaperProfile } from '../document/paper.js';
import { encodeGb18030 } from '../document/printableText.js';
import {
  ReceiptDocument,
  type Align,
  type QrBlock,
  type ReceiptDocumentInput,
} from '../document/receiptDocument.js';
import * as command from './commands.js';
import { planQr, quietZoneModules } from './qrLayout.js';

export interface RenderOptions {
  readonly paper: PaperProfile;
}

interface Style {
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
  readonly align: Align;
}

const powerOnStyle: Style = { width: 1, height: 1, bold: false, align: 'left' };

class EscPosWriter {
  readonly #chunks: Buffer[] = [];
  #style: Style = powerOnStyle;

  push(...chunks: Buffer[]): void {
    this.#chunks.push(...chunks);
  }

  style(next: Partial<Style>): void {
    const target = { ...this.#style, ...next };
    const current = this.#style;
    if (target.width !== current.width || target.height !== current.height) {
      this.push(command.characterSize(target.width, target.height));
    }
    if (target.bold !== current.bold) this.push(command.bold(target.bold));
    if (target.align !== current.align) this.push(command.align(target.align));
    this.#style = target;
  }

  lines(lines: readonly string[]): void {
    for (const line of lines) this.push(encodeGb18030(line), Buffer.from([command.LF]));
  }

  bytes(): Buffer {
    return Buffer.concat(this.#chunks);
  }
}

function writeQr(out: EscPosWriter, block: QrBlock, paper: PaperProfile): void {
  const data = Buffer.from(block.payload, 'utf8');
  const layout = planQr(data.length, paper, block);
  const quietZone = quietZoneModules * layout.moduleSize;
  out.style({ align: block.align });
  out.push(
    command.feedDots(quietZone),
    command.qrModel2(),
    command.qrModuleSize(layout.moduleSize),
    command.qrErrorCorrection(layout.errorCorrection),
    command.qrStore(data),
    command.qrPrint(),
    command.feedDots(quietZone),
  );
}

/**
 * Renders a document (validated here, defaults filled in) to the bytes of one print job:
 * ESC @, Chinese mode, then the blocks. Throws LayoutError when something cannot fit the paper
 * and ReceiptContentError when the content holds an ID number.
 */
export function renderReceipt(input: ReceiptDocumentInput, options: RenderOptions): Buffer {
  const document = ReceiptDocument.parse(input);
  assertNoIdNumber(document);
  const { paper } = options;
  const out = new EscPosWriter();
  out.push(command.initialize(), command.chineseModeOn());
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'text': {
        const { width, height, bold, align } = block;
        out.style({ width, height, bold, align });
        out.lines(wrapSegments(block.segments, Math.floor(paper.columns / width)));
        break;
      }
      case 'row':
        out.style({ width: 1, height: 1, bold: block.bold, align: 'left' });
        out.lines(layoutRow(block.left, block.right, paper.columns));
        break;
      case 'separator':
        out.style({ width: 1, height: 1, bold: false, align: 'left' });
        out.lines([block.char.repeat(paper.columns)]);
        break;
      case 'qr':
        writeQr(out, block, paper);
        break;
      case 'feed':
        out.push(command.feedLines(block.lines));
        break;
      case 'cut':
        out.push(command.cut(block.mode));
        break;
    }
  }
  return out.bytes();
}
