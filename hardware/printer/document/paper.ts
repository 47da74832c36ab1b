// Paper profiles for 203 dpi thermal printers. One column is one Latin character of font A
// (12 dots wide); the Chinese font is 24 dots, two columns.

export type PaperWidth = 58 | 80;

export interface PaperProfile {
  readonly widthMm: PaperWidth;
  /** Printable width in dots at 203 dpi. */
  readonly dots: number;
  /** Latin (single-width) characters a line holds at normal size. */
  readonly columns: number;
  /** Chinese (double-width) characters a line holds at normal size. */
  readonly cjkColumns: number;
}

export const paper58: PaperProfile = Object.freeze({
  widthMm: 58,
  dots: 384,
  columns: 32,
  cjkColumns: 16,
});

export const paper80: PaperProfile = Object.freeze({
  widthMm: 80,
  dots: 576,
  columns: 48,
  cjkColumns: 24,
});

export const paperWidths: readonly PaperWidth[] = [58, 80];

export function paperProfile(widthMm: PaperWidth): PaperProfile {
  return widthMm === 58 ? paper58 : paper80;
}

/** Dots per column: the unit that turns QR and image sizes into columns. */
export const dotsPerColumn = 12;
