// Adapter over the escpos package (v3 alpha, CommonJS, untyped). We take the standard command
// constants it gets right (init, bold, alignment, character size) and nothing else: its
// qrcode() emits a non-standard GS Z sequence, its PAPER_CUT_A/B omit GS V's n parameter (the
// printer would swallow the next byte), its style() adds italic bytes (ESC 4/5) that are not
// ESC/POS, and its Printer needs a device. The rest of the command set is ours (commands.ts).
import escpos from 'escpos/commands.js';

// The table holds binary strings; each character is one byte.
const bytes = (binary: string): Buffer => Buffer.from(binary, 'latin1');

export const escposInit = (): Buffer => bytes(escpos.HARDWARE.HW_INIT);

export const escposBold = (on: boolean): Buffer =>
  bytes(on ? escpos.TEXT_FORMAT.TXT_BOLD_ON : escpos.TEXT_FORMAT.TXT_BOLD_OFF);

export const escposAlign = (align: 'left' | 'center' | 'right'): Buffer =>
  bytes(
    align === 'left'
      ? escpos.TEXT_FORMAT.TXT_ALIGN_LT
      : align === 'center'
        ? escpos.TEXT_FORMAT.TXT_ALIGN_CT
        : escpos.TEXT_FORMAT.TXT_ALIGN_RT,
  );

/** GS ! for a magnification of 1–8 on each axis. */
export const escposSize = (width: number, height: number): Buffer =>
  bytes(escpos.TEXT_FORMAT.TXT_CUSTOM_SIZE(width - 1, height - 1));
