// GET /tokens/{token}.json: [{ service_request_id, token }] once the request has its id, and an
// empty list while the token is still unresolved; 404 for a token the centre never issued.
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply, jsonReply } from '../http/reply.js';
import { lookupToken } from '../store/tokens.js';

export function getToken(deps: CentreDeps, ctx: CallContext): Reply {
  const token = ctx.params.token ?? '';
  const found = lookupToken(deps.db, token, deps.now().toISOString());
  if (!found.found) return errorReply('token_not_found', `token ${token} was not found.`);
  return jsonReply(
    200,
    found.requestId === null ? [] : [{ service_request_id: found.requestId, token }],
  );
}
