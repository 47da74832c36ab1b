// How a QR code is printed on a receipt: model 2, error correction M, 6-dot modules.
//
// Why these values (203 dpi, 1 dot = 0.125 mm):
// - 6 dots = 0.75 mm per module. Phone cameras read modules of 0.5 mm and up from a comfortable
//   distance, handheld 2D scanners far smaller; the margin absorbs thermal blur and fading.
//   A look-up URL of ~40 bytes is version 3 (29 modules): 22 mm square, well inside 58 mm.
// - Level M restores 15% of the symbol: enough for a crease, a smudge or a faded patch, while
//   keeping the symbol one or two versions smaller than Q/H would (bigger modules at equal size
//   help a phone more than extra redundancy does).
// - A 4-module quiet zone on every side is part of the symbol; it must fit the paper too.
// When a long payload would not fit at 6 dots, the module shrinks, but never below 4 (0.5 mm).
import type { PaperProfile } from '../document/paper.js';
import type { QrErrorCorrection } from '../document/receiptDocument.js';
import { LayoutError } from '../document/lineWrap.js';

export const preferredModuleSize = 6;
export const smallestModuleSize = 4;
export const defaultErrorCorrection: QrErrorCorrection = 'M';
export const quietZoneModules = 4;

// Byte-mode capacity of QR versions 1–10 (ISO/IEC 18004 table 7). A receipt needs no more.
const byteCapacity: Record<QrErrorCorrection, readonly number[]> = {
  L: [17, 32, 53, 78, 106, 134, 154, 192, 230, 271],
  M: [14, 26, 42, 62, 84, 106, 122, 152, 180, 213],
  Q: [11, 20, 32, 46, 60, 74, 86, 108, 130, 151],
  H: [7, 14, 24, 34, 44, 58, 64, 84, 98, 119],
};

export interface QrLayout {
  readonly version: number;
  /** Modules per side, without the quiet zone. */
  readonly modules: number;
  readonly moduleSize: number;
  readonly errorCorrection: QrErrorCorrection;
  /** Dots per side including the quiet zone. */
  readonly totalDots: number;
}

export function qrVersionFor(payloadBytes: number, level: QrErrorCorrection): number {
  const index = byteCapacity[level].findIndex((capacity) => capacity >= payloadBytes);
  if (index < 0) {
    const most = byteCapacity[level].at(-1) ?? 0;
    throw new LayoutError(
      `a QR payload of ${payloadBytes} bytes is too long for a receipt ` +
        `(at most ${most} bytes at error correction ${level})`,
    );
  }
  return index + 1;
}

export function planQr(
  payloadBytes: number,
  paper: PaperProfile,
  requested: { moduleSize?: number | undefined; errorCorrection?: QrErrorCorrection | undefined },
): QrLayout {
  const errorCorrection = requested.errorCorrection ?? defaultErrorCorrection;
  const version = qrVersionFor(payloadBytes, errorCorrection);
  const modules = 17 + 4 * version;
  const totalDots = (size: number): number => (modules + 2 * quietZoneModules) * size;
  const candidates = requested.moduleSize
    ? [requested.moduleSize]
    : Array.from(
        { length: preferredModuleSize - smallestModuleSize + 1 },
        (_, step) => preferredModuleSize - step,
      );
  const moduleSize = candidates.find((size) => totalDots(size) <= paper.dots);
  if (moduleSize === undefined) {
    throw new LayoutError(
      `a version ${version} QR code (${modules} modules) does not fit ${paper.widthMm} mm paper ` +
        `at ${candidates.join('/')} dots per module`,
    );
  }
  return { version, modules, moduleSize, errorCorrection, totalDots: totalDots(moduleSize) };
}
