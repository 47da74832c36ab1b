// A reply's status turned into success or the CentreError it means. Every error entry the
// platform sent is kept; the error's code and description come from the most useful one (not a
// generic first entry); a refusal that says "duplicate" gets the code `duplicate`.
import { duplicateCode, looksLikeDuplicate, mostUsefulError } from '../wire/errorHeuristics.js';
import { type Open311Error, readErrorEntries } from '../wire/errors.js';
import { CentreError, type CentreErrorKind, clientCodes } from './centreError.js';
import { parseRetryAfter } from './retryAfter.js';
import type { HttpAnswer, TransportOptions } from './transport.js';

const inFlightCode = 'idempotency_key_in_flight';

function classify(
  status: number,
  errors: readonly Open311Error[],
  useful: Open311Error | undefined,
): { kind: CentreErrorKind; code: string } {
  if (status === 429 || status === 408 || status === 425 || status >= 500) {
    return { kind: 'retryable', code: useful?.code ?? `http_${status}` };
  }
  // A 409 with another of the centre's codes (already rated, lookup code taken…) is a refusal;
  // a bare 409 is how Idempotency-Key servers generally say "still processing".
  if (status === 409 && (!useful || errors.some((entry) => entry.code === inFlightCode))) {
    return { kind: 'in-flight', code: inFlightCode };
  }
  if (status >= 400 && status < 500 && useful) {
    return {
      kind: 'permanent',
      code: looksLikeDuplicate(status, errors) ? duplicateCode : useful.code,
    };
  }
  // A 4xx without the contract's error body (a proxy's or captive portal's page) is not the
  // centre refusing; neither is a redirect or an informational status. Try again later.
  return { kind: 'retryable', code: status >= 400 ? clientCodes.replyInvalid : `http_${status}` };
}

/** Every readable { code, description } entry of a reply's body; [] when it has none. */
export function errorEntriesOf(answer: HttpAnswer): Open311Error[] {
  try {
    return readErrorEntries(JSON.parse(answer.text));
  } catch {
    return [];
  }
}

export function isOk(answer: HttpAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** Returns for a 2xx answer; otherwise throws the CentreError the status and body mean. */
export function refuseUnlessOk(options: TransportOptions, answer: HttpAnswer): void {
  if (isOk(answer)) return;
  const { status } = answer;
  const upstreamErrors = errorEntriesOf(answer);
  const useful = mostUsefulError(upstreamErrors);
  const { kind, code } = classify(status, upstreamErrors, useful);
  throw new CentreError({
    kind,
    code,
    description: useful?.description || `Unexpected HTTP ${status} reply.`,
    status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), options.now()),
    upstreamErrors,
  });
}
