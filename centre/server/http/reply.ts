// What a route answers, as a value: the chaos layer may send it, replace it, or cut it short,
// which is only possible if routes never write to the socket themselves.
import { type ErrorCode, type Open311ErrorBody, errorStatus } from '../../wire/errors.js';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** null: no body (304). */
  body: string | null;
}

const jsonType = 'application/json; charset=utf-8';

export function jsonReply(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return { status, headers: { 'Content-Type': jsonType, ...headers }, body: JSON.stringify(value) };
}

/** A body already serialised (the directory, a replayed idempotent answer). */
export function rawJsonReply(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Reply {
  return { status, headers: { 'Content-Type': jsonType, ...headers }, body };
}

export function errorReply(code: ErrorCode, description: string): Reply {
  return errorsReply([{ code, description }]);
}

/**
 * Several errors in one Open311 list. The HTTP status is the errors' own when they agree, and the
 * spec's catch-all 400 when they do not.
 */
export function errorsReply(errors: readonly Open311ErrorBody[]): Reply {
  const statuses = new Set(errors.map((e) => errorStatus[e.code as ErrorCode] ?? 400));
  const status = statuses.size === 1 ? ([...statuses][0] ?? 400) : 400;
  return jsonReply(status, errors);
}

export function isSuccess(reply: Reply): boolean {
  return reply.status >= 200 && reply.status < 300;
}
