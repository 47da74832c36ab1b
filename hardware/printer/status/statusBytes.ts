// Real-time status, DLE EOT n (10 04 n): the request bytes and a decoder for each reply byte.
// Every reply is one byte shaped 0xx1xx10 (bits 0, 1, 4, 7 fixed); a byte of another shape is
// not a status reply and is rejected. Bit meanings per HARDWARE.md and the Epson ESC/POS
// reference as transcribed in escpos@3 statuses.js.

export const statusKinds = {
  printer: 1,
  offlineCause: 2,
  errorCause: 3,
  paperSensor: 4,
} as const;
export type StatusKind = (typeof statusKinds)[keyof typeof statusKinds];

const fixedMask = 0b1001_0011;
const fixedValue = 0b0001_0010;

export class StatusByteError extends Error {
  override readonly name = 'StatusByteError';
  constructor(
    readonly kind: StatusKind,
    readonly byte: number,
  ) {
    super(
      `0x${byte.toString(16).padStart(2, '0')} is not a DLE EOT ${kind} reply ` +
        '(bits 7..0 must read 0xx1xx10)',
    );
  }
}

/** DLE EOT n: answered at once, even while the printer is offline or its buffer is full. */
export function statusRequest(kind: StatusKind): Buffer {
  return Buffer.from([0x10, 0x04, kind]);
}

export function hasStatusShape(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & fixedMask) === fixedValue;
}

function checked(kind: StatusKind, byte: number): number {
  if (!hasStatusShape(byte)) throw new StatusByteError(kind, byte);
  return byte;
}

const bit = (byte: number, index: number): boolean => (byte & (1 << index)) !== 0;

export interface PrinterStatusByte {
  /** Bit 2: drawer kick-out connector pin 3 is high. */
  readonly drawerPin3High: boolean;
  /** Bit 3. */
  readonly offline: boolean;
  /** Bit 5. */
  readonly waitingForOnlineRecovery: boolean;
  /** Bit 6. */
  readonly feedButtonPressed: boolean;
}

export function decodePrinterStatus(byte: number): PrinterStatusByte {
  const b = checked(statusKinds.printer, byte);
  return {
    drawerPin3High: bit(b, 2),
    offline: bit(b, 3),
    waitingForOnlineRecovery: bit(b, 5),
    feedButtonPressed: bit(b, 6),
  };
}

export interface OfflineCauseByte {
  /** Bit 2. */
  readonly coverOpen: boolean;
  /** Bit 3: paper is being fed with the feed button. */
  readonly feedingByButton: boolean;
  /** Bit 5: printing stopped because the paper ran out. */
  readonly stoppedByPaperEnd: boolean;
  /** Bit 6. */
  readonly errorOccurred: boolean;
}

export function decodeOfflineCause(byte: number): OfflineCauseByte {
  const b = checked(statusKinds.offlineCause, byte);
  return {
    coverOpen: bit(b, 2),
    feedingByButton: bit(b, 3),
    stoppedByPaperEnd: bit(b, 5),
    errorOccurred: bit(b, 6),
  };
}

export interface ErrorCauseByte {
  /** Bit 2. */
  readonly recoverableError: boolean;
  /** Bit 3: autocutter error. */
  readonly cutterError: boolean;
  /** Bit 5. */
  readonly unrecoverableError: boolean;
  /** Bit 6: e.g. the head overheated; clears by itself. */
  readonly autoRecoverableError: boolean;
}

export function decodeErrorCause(byte: number): ErrorCauseByte {
  const b = checked(statusKinds.errorCause, byte);
  return {
    recoverableError: bit(b, 2),
    cutterError: bit(b, 3),
    unrecoverableError: bit(b, 5),
    autoRecoverableError: bit(b, 6),
  };
}

export interface PaperSensorByte {
  /** Bits 2–3 (0x0C). Either bit counts, so staff hear about it early. */
  readonly paperNearEnd: boolean;
  /** Bits 5–6 (0x60). Either bit counts: refusing a print beats printing onto nothing. */
  readonly paperOut: boolean;
}

export function decodePaperSensor(byte: number): PaperSensorByte {
  const b = checked(statusKinds.paperSensor, byte);
  return { paperNearEnd: (b & 0x0c) !== 0, paperOut: (b & 0x60) !== 0 };
}
