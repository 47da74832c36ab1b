// One HTTP exchange with the platform, bounded by the client's timeout from the first byte sent
// to the last byte read and by a byte cap on the reply. The base URL's own query string (e.g.
// ?jurisdiction_id=city) is kept on every call, and the jurisdiction option, when set, is sent
// with every call: in the query of a GET, as a form field of a POST.
import { CentreError, clientCodes, retryableFailure } from './centreError.js';
import { readCappedBody, readCappedBytes } from './readCappedBody.js';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  baseUrl: string;
  jurisdictionId: string | null;
  timeoutMs: number;
  /** The default byte cap on a reply body. */
  maxReplyBytes: number;
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
  /** A larger (or smaller) cap for this call, e.g. the directory. */
  maxReplyBytes?: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export function resolveUrl(options: TransportOptions, call: HttpCall): URL {
  const base = new URL(options.baseUrl);
  const kept = new URLSearchParams(base.search);
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  const url = new URL(call.path, base);
  for (const [name, value] of kept) url.searchParams.append(name, value);
  const query = { ...call.query };
  if (options.jurisdictionId !== null && call.method === 'GET') {
    query.jurisdiction_id = options.jurisdictionId;
  }
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

function bodyOf(options: TransportOptions, call: HttpCall): string | undefined {
  if (!call.form) return undefined;
  const form = new URLSearchParams(call.form);
  if (options.jurisdictionId !== null) form.set('jurisdiction_id', options.jurisdictionId);
  return form.toString();
}

export async function exchange(options: TransportOptions, call: HttpCall): Promise<HttpAnswer> {
  const answer = await exchangeReading(options, call, readCappedBody);
  return { status: answer.status, headers: answer.headers, text: answer.body };
}

/** The same exchange for a reply that is not text: its bytes, under the same cap and timeout. */
export async function exchangeBytes(
  options: TransportOptions,
  call: HttpCall,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const answer = await exchangeReading(options, call, readCappedBytes);
  return { status: answer.status, headers: answer.headers, bytes: answer.body };
}

async function exchangeReading<Body>(
  options: TransportOptions,
  call: HttpCall,
  read: (response: Response, maxBytes: number) => Promise<Body>,
): Promise<{ status: number; headers: Headers; body: Body }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // A fetch that ignores its signal must still not hold the worker: the race ends it regardless.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        retryableFailure(
          clientCodes.timeout,
          `No complete reply within ${options.timeoutMs} ms.`,
          null,
        ),
      );
    }, options.timeoutMs);
  });
  const attempt = (async () => {
    const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
    if (call.form) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    const response = await options.fetch(resolveUrl(options, call), {
      method: call.method,
      headers,
      body: bodyOf(options, call),
      signal: controller.signal,
      // A redirect would carry the api_key elsewhere; it is reported, not followed.
      redirect: 'manual',
    });
    const body = await read(response, call.maxReplyBytes ?? options.maxReplyBytes);
    return { status: response.status, headers: response.headers, body };
  })();
  try {
    return await Promise.race([attempt, timedOut]);
  } catch (error) {
    if (error instanceof CentreError) throw error;
    throw retryableFailure(
      clientCodes.network,
      `The centre could not be reached: ${(error as Error).message ?? String(error)}`,
      null,
      error,
    );
  } finally {
    clearTimeout(timer);
    // Whatever ended the exchange (done, timeout, too large), nothing more is read.
    controller.abort();
    // The losing side of the race must not surface as an unhandled rejection later.
    attempt.catch(() => undefined);
    timedOut.catch(() => undefined);
  }
}
