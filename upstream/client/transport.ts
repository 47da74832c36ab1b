// One HTTP exchange with the centre, bounded by the client's timeout from the first byte sent to
// the last byte read, and the status turned into success or a CentreError of the right kind.
import { type Open311Error, Open311Errors } from '../wire/errors.js';
import { CentreError, type CentreErrorKind } from './centreError.js';
import { parseRetryAfter } from './retryAfter.js';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch: FetchLike;
  now(): number;
}

export interface HttpCall {
  method: 'GET' | 'POST';
  /** Relative to the base URL, without a leading slash, so a base like …/open311/v2/ works. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  form?: URLSearchParams;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** The client's own refusal codes, beside the centre's. */
export const clientCodes = {
  network: 'network',
  timeout: 'timeout',
  replyInvalid: 'reply_invalid',
  payloadInvalid: 'payload_invalid',
} as const;

export function resolveUrl(options: TransportOptions, call: HttpCall): URL {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const url = new URL(call.path, base);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  return url;
}

export async function exchange(options: TransportOptions, call: HttpCall): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // A fetch that ignores its signal must still not hold the worker: the race ends it regardless.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new CentreError({
          kind: 'retryable',
          code: clientCodes.timeout,
          description: `No complete reply within ${options.timeoutMs} ms.`,
          status: null,
          retryAfterMs: null,
          upstreamErrors: [],
        }),
      );
    }, options.timeoutMs);
  });
  const attempt = (async (): Promise<HttpAnswer> => {
    const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
    if (call.form) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    const response = await options.fetch(resolveUrl(options, call), {
      method: call.method,
      headers,
      body: call.form?.toString(),
      signal: controller.signal,
      // A redirect would carry the api_key elsewhere; it is reported, not followed.
      redirect: 'manual',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  })();
  try {
    return await Promise.race([attempt, timedOut]);
  } catch (error) {
    if (error instanceof CentreError) throw error;
    throw new CentreError(
      {
        kind: 'retryable',
        code: clientCodes.network,
        description: `The centre could not be reached: ${(error as Error).message ?? String(error)}`,
        status: null,
        retryAfterMs: null,
        upstreamErrors: [],
      },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    // The losing side of the race must not surface as an unhandled rejection later.
    attempt.catch(() => undefined);
    timedOut.catch(() => undefined);
  }
}

const inFlightCode = 'idempotency_key_in_flight';

function classify(
  status: number,
  first: Open311Error | undefined,
): { kind: CentreErrorKind; code: string } {
  if (status === 429 || status === 408 || status === 425 || status >= 500) {
    return { kind: 'retryable', code: first?.code ?? `http_${status}` };
  }
  // A 409 with another of the centre's codes (already rated, lookup code taken…) is a refusal;
  // a bare 409 is how Idempotency-Key servers generally say "still processing".
  if (status === 409 && (!first || first.code === inFlightCode)) {
    return { kind: 'in-flight', code: inFlightCode };
  }
  if (status >= 400 && status < 500 && first) return { kind: 'permanent', code: first.code };
  // A 4xx without the contract's error body (a proxy's or captive portal's page) is not the
  // centre refusing; neither is a redirect or an informational status. Try again later.
  return { kind: 'retryable', code: status >= 400 ? clientCodes.replyInvalid : `http_${status}` };
}

function readErrors(text: string): Open311Error[] {
  try {
    const parsed = Open311Errors.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Returns for a 2xx answer; otherwise throws the CentreError the status and body mean. */
export function refuseUnlessOk(options: TransportOptions, answer: HttpAnswer): void {
  const { status } = answer;
  if (status >= 200 && status < 300) return;
  const upstreamErrors = readErrors(answer.text);
  const first = upstreamErrors[0];
  const { kind, code } = classify(status, first);
  throw new CentreError({
    kind,
    code,
    description: first?.description ?? `Unexpected HTTP ${status} reply.`,
    status,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), options.now()),
    upstreamErrors,
  });
}
