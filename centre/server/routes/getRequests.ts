// GET /requests.json and GET /requests/{id}.json: status look-ups, Open311 fields plus the x_…
// stage extensions. Unknown ids in a list are left out; a single unknown id is a 404.
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { open311Record } from '../requests/open311Record.js';
import { readRequestQuery } from '../requests/readRequestQuery.js';
import { findRating } from '../store/ratings.js';
import {
  type StoredRequest,
  findRequest,
  findRequests,
  queryRequests,
} from '../store/serviceRequests.js';

const records = (deps: CentreDeps, requests: StoredRequest[]) =>
  requests.map((request) => open311Record(request, findRating(deps.db, request.id)));

export function getRequestList(deps: CentreDeps, ctx: CallContext): Reply {
  const parsed = readRequestQuery(ctx.query, deps.now());
  if (parsed.kind === 'invalid') return errorsReply(parsed.errors);
  const requests =
    parsed.kind === 'ids'
      ? findRequests(deps.db, parsed.ids)
      : queryRequests(deps.db, parsed.query);
  return jsonReply(200, records(deps, requests));
}

export function getRequest(deps: CentreDeps, ctx: CallContext): Reply {
  const id = ctx.params.id ?? '';
  const request = findRequest(deps.db, id);
  if (!request)
    return errorReply('service_request_not_found', `service_request_id ${id} was not found.`);
  return jsonReply(200, records(deps, [request]));
}
