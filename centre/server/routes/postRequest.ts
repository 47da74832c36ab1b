// POST /requests.json: checks the form, then (once per Idempotency-Key) stores the request and
// answers 201 [{ service_request_id, service_notice, account_id }] — or [{ token }] when the token
// policy says so, the id being handed out later through GET /tokens/{token}.json.
import { randomUUID } from 'node:crypto';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import { type RequestForm, readRequestForm } from '../requests/readRequestForm.js';
import { requestedAt } from '../requests/requestedAt.js';
import { serviceNotice } from '../requests/serviceNotice.js';
import { findRequestByLookupCode, insertRequest } from '../store/serviceRequests.js';
import { insertToken } from '../store/tokens.js';

function store(deps: CentreDeps, form: RequestForm): Reply {
  if (form.lookupCode !== null && findRequestByLookupCode(deps.db, form.lookupCode)) {
    return errorReply(
      'lookup_code_exists',
      `A request with lookup code ${form.lookupCode} is already stored under another Idempotency-Key.`,
    );
  }
  const now = deps.now();
  const notice = serviceNotice(form.language, form.urgency, form.emergency);
  const { service, submittedAt, ...fields } = form;
  const request = insertRequest(deps.db, {
    ...fields,
    serviceCode: service.code,
    serviceName: service.name[form.language],
    category: service.category,
    serviceNotice: notice,
    agencyResponsible: deps.directory().data.centre.name[form.language],
    requestedAt: requestedAt(submittedAt, now),
    receivedAt: now.toISOString(),
  });
  if (deps.tokens.chance > 0 && deps.tokens.random() < deps.tokens.chance) {
    const token = randomUUID();
    insertToken(
      deps.db,
      token,
      request.id,
      new Date(now.getTime() + deps.tokens.delayMs).toISOString(),
    );
    return jsonReply(201, [{ token }]);
  }
  return jsonReply(201, [
    { service_request_id: request.id, service_notice: notice, account_id: form.accountId },
  ]);
}

export async function postRequest(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply(
      'content_type_unsupported',
      'POST /requests.json takes application/x-www-form-urlencoded, as Open311 specifies.',
    );
  }
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, 'POST /requests', form, () => {
    const read = readRequestForm(form, deps.directory().catalog);
    return read.ok ? store(deps, read.form) : errorsReply(read.errors);
  });
}
