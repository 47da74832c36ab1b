// POST /requests.json in strict mode. No Idempotency-Key (ignored: the same POST twice creates two
// records), but, unless switched off, the platform's own de-duplication: a request identical to a
// stored one (same service_code, description and location) is refused with 400 "duplicate". Undeclared attributes
// are logged by code, never stored. Answers 201 [{ service_request_id, service_notice,
// account_id }] or [{ token }] per the token policy.
import { randomUUID } from 'node:crypto';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { findDuplicate, insertRequest } from '../store/serviceRequests.js';
import { insertToken } from '../store/tokens.js';
import { readStrictForm } from './readStrictForm.js';

export function postStrictRequest(deps: CentreDeps, ctx: CallContext): Reply {
  if (!isFormEncoded(ctx)) {
    return errorReply(
      'form_invalid',
      'POST /requests.json takes application/x-www-form-urlencoded.',
    );
  }
  const catalogue = deps.strictCatalogue();
  const read = readStrictForm(formOf(ctx), catalogue);
  if (!read.ok) return errorsReply(read.errors);
  const { form } = read;
  if (read.ignored.length > 0) {
    deps.log(
      `ignored attribute(s) ${read.ignored.join(', ')} not declared by ${form.service.service_code}`,
    );
  }
  return deps.db
    .transaction((): Reply => {
      const duplicate =
        deps.mode.deduplicate &&
        findDuplicate(deps.db, {
          serviceCode: form.service.service_code,
          description: form.description,
          address: form.address,
          addressId: form.addressId,
          lat: form.lat,
          long: form.long,
        });
      if (duplicate) {
        return errorReply(
          'duplicate_request',
          `This request is a duplicate of service request ${duplicate}.`,
        );
      }
      const now = deps.now();
      const { service, ...fields } = form;
      const request = insertRequest(deps.db, {
        ...fields,
        serviceCode: service.service_code,
        serviceName: service.service_name,
        category: service.group,
        channel: 'web',
        kioskId: null,
        ticket: null,
        lookupCode: null,
        urgency: 'normal',
        emergency: false,
        language: 'zh-CN',
        gridId: null,
        serviceNotice: catalogue.notice,
        agencyResponsible: catalogue.agency,
        requestedAt: now.toISOString(),
        receivedAt: now.toISOString(),
      });
      if (deps.tokens.chance > 0 && deps.tokens.random() < deps.tokens.chance) {
        const token = randomUUID();
        const resolvesAt = new Date(now.getTime() + deps.tokens.delayMs).toISOString();
        insertToken(deps.db, token, request.id, resolvesAt);
        return jsonReply(201, [{ token }]);
      }
      return jsonReply(201, [
        {
          service_request_id: request.id,
          service_notice: catalogue.notice,
          account_id: form.accountId ?? '',
        },
      ]);
    })
    .immediate();
}
