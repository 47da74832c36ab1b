// What "the same payload" means for an Idempotency-Key: the same call (scope) with the same form
// fields and values, in any order. The api_key is left out, so rotating a key does not turn a
// retry into a conflict.
import { createHash } from 'node:crypto';

export function payloadFingerprint(scope: string, form: URLSearchParams): string {
  const pairs = [...form]
    .filter(([name]) => name !== 'api_key')
    .map(([name, value]) => [name, value.trim()] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([scope, pairs]))
    .digest('base64url');
}
