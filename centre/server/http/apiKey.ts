// Every call except discovery and the service list needs the centre's API key, as a query or a
// form field (Open311's api_key). Compared in constant time.
import { timingSafeEqual } from 'node:crypto';
import { type CallContext, formOf, isFormEncoded } from './context.js';
import { type Reply, errorReply } from './reply.js';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** null when the key is right; otherwise the 403 to send. */
export function refuseWithoutApiKey(ctx: CallContext, expected: string): Reply | null {
  const fromForm = ctx.method === 'POST' && isFormEncoded(ctx) ? formOf(ctx).get('api_key') : null;
  const given = fromForm ?? ctx.query.get('api_key');
  if (given === null || given === '') {
    return errorReply('api_key_missing', 'This call needs an api_key.');
  }
  if (!sameSecret(given, expected)) {
    return errorReply('api_key_invalid', "Invalid api_key received -- can't proceed.");
  }
  return null;
}
