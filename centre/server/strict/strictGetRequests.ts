// GET /requests.json and GET /requests/{id}.json in strict mode: the spec's query only
// (service_request_id list; or service_code, status, start_date, end_date with the last 90 days
// by default, at most 1,000, newest first), records in the plain shape of strictRecord.
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { readRequestQuery } from '../requests/readRequestQuery.js';
import { findRequest, findRequests, queryRequests } from '../store/serviceRequests.js';
import { strictRecord } from './strictRecord.js';

export const strictListQuery = [
  'service_request_id',
  'service_code',
  'status',
  'start_date',
  'end_date',
] as const;

export function getStrictRequestList(deps: CentreDeps, ctx: CallContext): Reply {
  const parsed = readRequestQuery(ctx.query, deps.now());
  if (parsed.kind === 'invalid') return errorsReply(parsed.errors);
  const requests =
    parsed.kind === 'ids'
      ? findRequests(deps.db, parsed.ids)
      : queryRequests(deps.db, parsed.query);
  return jsonReply(200, requests.map(strictRecord));
}

export function getStrictRequest(deps: CentreDeps, ctx: CallContext): Reply {
  const id = ctx.params.id ?? '';
  const request = findRequest(deps.db, id);
  if (!request) {
    return errorReply('service_request_not_found', `service_request_id ${id} was not found.`);
  }
  return jsonReply(200, [strictRecord(request)]);
}
