// Strict mode refuses query parameters a call does not define (e.g. `locale=`), as some platforms
// do: a client must not assume its own extensions are welcome.
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply } from '../http/reply.js';

/** Names every strict call accepts in its query. */
const everywhere = ['api_key', 'jurisdiction_id'];

export function refuseUnknownQuery(ctx: CallContext, allowed: readonly string[]): Reply | null {
  const unknown = [...new Set(ctx.query.keys())].filter(
    (name) => !everywhere.includes(name) && !allowed.includes(name),
  );
  if (unknown.length === 0) return null;
  return errorReply(
    'query_parameter_unknown',
    `Unknown query parameter(s): ${unknown.join(', ')}.`,
  );
}
