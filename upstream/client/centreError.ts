// The one error every client call throws. `kind` is what the upload worker acts on:
//   retryable  network error, timeout, 5xx, 429, a reply that is not what the contract says
//              (malformed JSON, wrong shape, an HTML page): try again later, with backoff
//   in-flight  409: the centre is still processing a call with this Idempotency-Key; retry later
//   permanent  the centre understood and refused (other 4xx, with its own code and description)
//              or the kiosk passed something no retry can fix: dead-letter it for staff
import type { Open311Error } from '../wire/errors.js';

export type CentreErrorKind = 'retryable' | 'in-flight' | 'permanent';

export interface CentreErrorDetails {
  kind: CentreErrorKind;
  /** The centre's code when it sent one, otherwise the client's: network, timeout, reply_invalid, http_<status>, payload_invalid. */
  code: string;
  description: string;
  /** HTTP status, or null when no reply came. */
  status: number | null;
  /** From Retry-After (seconds or an HTTP date); null when absent or unreadable. */
  retryAfterMs: number | null;
  /** Everything the centre said, in Open311's error shape. */
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
