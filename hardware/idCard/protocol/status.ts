// SW3 status byte → typed result with stable string codes. The codes are part of the driver's
// public contract (the UI maps them to plain-language messages), so never rename one.

export const SW3 = {
  success: 0x90,
  cardFound: 0x9f,
  checksumError: 0x10,
  lengthError: 0x11,
  badCommand: 0x21,
  notPermitted: 0x23,
  unknownError: 0x24,
  cardAuthFailed: 0x31,
  samAuthFailed: 0x32,
  verifyError: 0x33,
  unknownCardType: 0x40,
  readFailed: 0x41,
  randomNumberFailed: 0x47,
  samSelfTestFailed: 0x60,
  samNotAuthorised: 0x66,
  noCard: 0x80,
  selectFailed: 0x81,
  noContent: 0x91,
  communicationFailure: 0xff,
} as const;

const errorCodes = {
  [SW3.checksumError]: 'checksum-error',
  [SW3.lengthError]: 'length-error',
  [SW3.badCommand]: 'bad-command',
  [SW3.notPermitted]: 'not-permitted',
  [SW3.unknownError]: 'unknown-error',
  [SW3.cardAuthFailed]: 'auth-failed',
  [SW3.samAuthFailed]: 'auth-failed',
  [SW3.verifyError]: 'verify-error',
  [SW3.unknownCardType]: 'unknown-card-type',
  [SW3.readFailed]: 'read-failed',
  [SW3.randomNumberFailed]: 'random-number-failed',
  [SW3.samSelfTestFailed]: 'sam-self-test-failed',
  [SW3.samNotAuthorised]: 'sam-not-authorised',
  [SW3.noCard]: 'no-card',
  [SW3.selectFailed]: 'select-failed',
  [SW3.noContent]: 'no-content',
  [SW3.communicationFailure]: 'communication-failure',
} as const;

/** Every failure a SAM can report, plus 'unknown-status' for an SW3 no source documents. */
export type SamErrorCode = (typeof errorCodes)[keyof typeof errorCodes] | 'unknown-status';

export type SamStatus =
  | { readonly ok: true; readonly code: 'success' | 'card-found'; readonly sw3: number }
  | { readonly ok: false; readonly code: SamErrorCode; readonly sw3: number };

export function interpretStatus(sw3: number): SamStatus {
  if (sw3 === SW3.success) return { ok: true, code: 'success', sw3 };
  if (sw3 === SW3.cardFound) return { ok: true, code: 'card-found', sw3 };
  const code: SamErrorCode = (errorCodes as Record<number, SamErrorCode>)[sw3] ?? 'unknown-status';
  return { ok: false, code, sw3 };
}

/**
 * Failures that say the link garbled a frame rather than anything about the card: the same
 * command is worth sending again.
 */
export function isTransientSamError(code: SamErrorCode): boolean {
  return code === 'checksum-error' || code === 'length-error' || code === 'communication-failure';
}
