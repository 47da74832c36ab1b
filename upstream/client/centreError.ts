// The one error every client call throws. `kind` is what the upload worker acts on:
//   retryable  network error, timeout, 5xx, 429, a reply too large or not what the contract says
//              (malformed JSON, wrong shape, an HTML page): try again later, with backoff
//   in-flight  409: the centre is still processing a call with this Idempotency-Key; retry later
//   permanent  the centre understood and refused (other 4xx, with its own code and description)
//              or the kiosk passed something no retry can fix: dead-letter it for staff. A
//              refusal that says "duplicate" has the code `duplicate`: look the request up.
import type { Open311Error } from '../wire/errors.js';

export type CentreErrorKind = 'retryable' | 'in-flight' | 'permanent';

export interface CentreErrorDetails {
  kind: CentreErrorKind;
  /**
   * The most useful of the centre's codes when it sent any (or `duplicate`), otherwise the
   * client's: network, timeout, reply_invalid, reply_too_large, http_<status>, payload_invalid,
   * location_missing.
   */
  code: string;
  /** The most useful entry's description: one line for logs and the staff list. */
  description: string;
  /** HTTP status, or null when no reply came. */
  status: number | null;
  /** From Retry-After (seconds or an HTTP date, at most 24 h); null when absent or unreadable. */
  retryAfterMs: number | null;
  /** Everything the centre said, in Open311's error shape and its order. */
  upstreamErrors: readonly Open311Error[];
}

export class CentreError extends Error implements CentreErrorDetails {
  readonly kind: CentreErrorKind;
  readonly code: string;
  readonly description: string;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly upstreamErrors: readonly Open311Error[];

  constructor(details: CentreErrorDetails, options?: { cause?: unknown }) {
    super(
      `${details.kind}: ${details.code}${details.status === null ? '' : ` (HTTP ${details.status})`}: ${details.description}`,
      options,
    );
    this.name = 'CentreError';
    this.kind = details.kind;
    this.code = details.code;
    this.description = details.description;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.upstreamErrors = details.upstreamErrors;
  }
}

export function isCentreError(error: unknown): error is CentreError {
  return error instanceof CentreError;
}

/** The client's own codes, beside the centre's. */
export const clientCodes = {
  network: 'network',
  timeout: 'timeout',
  replyInvalid: 'reply_invalid',
  replyTooLarge: 'reply_too_large',
  payloadInvalid: 'payload_invalid',
  locationMissing: 'location_missing',
} as const;

/** A refusal made on the kiosk before any call: permanent, no status. */
export function refuseLocally(code: string, description: string): CentreError {
  return new CentreError({
    kind: 'permanent',
    code,
    description,
    status: null,
    retryAfterMs: null,
    upstreamErrors: [],
  });
}

/** A failure of the exchange itself (no usable reply): retryable. */
export function retryableFailure(
  code: string,
  description: string,
  status: number | null,
  cause?: unknown,
): CentreError {
  return new CentreError(
    { kind: 'retryable', code, description, status, retryAfterMs: null, upstreamErrors: [] },
    cause === undefined ? undefined : { cause },
  );
}
