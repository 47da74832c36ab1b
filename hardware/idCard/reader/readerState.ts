// What a reader reports. States are plain objects so a service can forward them (after masking the
// card) over IPC; error codes are stable strings the UI turns into words a resident understands.
import type { CardErrorCode, IdCard } from '../card/cardTypes.js';
import type { SamErrorCode } from '../protocol/status.js';

/** Failures of the link rather than the SAM or the card. */
export type LinkErrorCode =
  | 'timeout' // no reply within the command timeout, after every retry
  | 'corrupt-reply' // replies kept failing their checksum or length check
  | 'link-lost' // the device went away (unplugged, port closed) mid-command
  | 'reader-not-connected'; // a read was asked of a reader that is disconnected or stopped

export type ReaderErrorCode = SamErrorCode | CardErrorCode | LinkErrorCode | 'bad-read-reply';

export type ReaderState =
  /** Not started, or stopped. */
  | { readonly state: 'stopped' }
  /**
   * No working device; the reader keeps trying to reconnect. `reason` is the current cause (never
   * card data), `since` the clock time it was first seen: a new cause is a new state, so an old
   * one ("no such file") never outlives the device coming back silent ("no reply from the SAM").
   */
  | { readonly state: 'disconnected'; readonly reason: string; readonly since: number }
  /** Ready: polling for a card. */
  | { readonly state: 'waiting' }
  /** A card was found and is being read: "keep the card still". */
  | { readonly state: 'reading' }
  /** A card was read and passed every check. Followed at once by 'remove-card'. */
  | { readonly state: 'read'; readonly card: IdCard }
  /** Waiting for the card to leave the field before the next read. */
  | { readonly state: 'remove-card' }
  /** A read failed; `field` names the offending text-block field for card errors. */
  | { readonly state: 'error'; readonly code: ReaderErrorCode; readonly field?: string };

export type ReaderStateName = ReaderState['state'];

/**
 * What a UI should suggest: 'card-rejected' (this card cannot be used here: offer the phone-number
 * route), 'card-unreadable' (take the card away and place it again), 'reader-fault' (the reader
 * needs staff; offer the phone-number route).
 */
export type ErrorCategory = 'card-rejected' | 'card-unreadable' | 'reader-fault';

const unreadable = new Set<ReaderErrorCode>([
  'no-card',
  'select-failed',
  'auth-failed',
  'verify-error',
  'read-failed',
  'random-number-failed',
  'no-content',
  'bad-read-reply',
]);
const rejected = new Set<ReaderErrorCode>([
  'unknown-card-type',
  'unsupported-card-type',
  'invalid-text',
  'invalid-sex',
  'unknown-nation',
  'invalid-date',
  'invalid-id-number',
  'bad-check-digit',
  'birth-date-mismatch',
  'sex-mismatch',
]);

export function categorizeReaderError(code: ReaderErrorCode): ErrorCategory {
  if (rejected.has(code)) return 'card-rejected';
  if (unreadable.has(code)) return 'card-unreadable';
  return 'reader-fault';
}
