// Strict mode's error bodies, the way many Open311 platforms write them: still the spec's list of
// { code, description }, but the code is the bare HTTP status (as in the spec's own examples), and
// a refused POST Service Request starts with a generic entry, the useful ones coming after it.
import { type Reply, jsonReply } from '../http/reply.js';

export const genericPostError = 'Error in input for POST_Service_Request';

function errorEntries(body: string | null): { description: string }[] | null {
  if (body === null) return null;
  try {
    const parsed: unknown = JSON.parse(body);
    if (!Array.isArray(parsed)) return null;
    return parsed.every(
      (entry) => typeof entry === 'object' && entry !== null && 'description' in entry,
    )
      ? (parsed as { description: string }[])
      : null;
  } catch {
    return null;
  }
}

/** Rewrites an error reply into strict mode's shape; any other reply passes through unchanged. */
export function strictErrorShape(reply: Reply, method: string, path: string): Reply {
  if (reply.status < 400) return reply;
  const entries = errorEntries(reply.body);
  if (!entries) return reply;
  const errors = entries.map((entry) => ({ code: reply.status, description: entry.description }));
  const isPostRequest = method === 'POST' && path === '/requests.json';
  const shaped = isPostRequest
    ? [{ code: reply.status, description: genericPostError }, ...errors]
    : errors;
  return jsonReply(reply.status, shaped, {
    ...Object.fromEntries(
      Object.entries(reply.headers).filter(([name]) => name.toLowerCase() !== 'content-type'),
    ),
  });
}
