// One incoming call as the routes see it: method, path parameters, query, headers and the body
// already read. Form parsing is shared here because Open311 POSTs are form-encoded.
import type { IncomingHttpHeaders } from 'node:http';

export interface CallContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export function header(ctx: CallContext, name: string): string | undefined {
  const value = ctx.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Open311 POSTs must be application/x-www-form-urlencoded (UTF-8 assumed, as the spec says). */
export function isFormEncoded(ctx: CallContext): boolean {
  const type = header(ctx, 'content-type') ?? '';
  return type.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export function formOf(ctx: CallContext): URLSearchParams {
  return new URLSearchParams(ctx.body);
}

/** Names that appear more than once; Open311 single-valued fields must appear once. */
export function repeatedNames(params: URLSearchParams): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}
