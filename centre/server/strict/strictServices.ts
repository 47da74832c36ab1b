// GET /services.json and GET /services/{code}.json in strict mode: the strict catalogue, with
// booleans written as strings ("metadata": "true", "required": "false") as many platforms do.
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply, jsonReply } from '../http/reply.js';

const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

export function getStrictServiceList(deps: CentreDeps): Reply {
  const type = deps.tokens.chance >= 1 ? 'batch' : 'realtime';
  const services = [...deps.strictCatalogue().services.values()].map((service) => ({
    service_code: service.service_code,
    service_name: service.service_name,
    description: service.description,
    metadata: flag(service.attributes.length > 0),
    type,
    keywords: service.keywords.join(','),
    group: service.group,
  }));
  return jsonReply(200, services);
}

export function getStrictServiceDefinition(deps: CentreDeps, ctx: CallContext): Reply {
  const code = ctx.params.code ?? '';
  const service = deps.strictCatalogue().services.get(code);
  if (!service) return errorReply('service_code_not_found', `service_code ${code} was not found.`);
  return jsonReply(200, {
    service_code: service.service_code,
    attributes: service.attributes.map((attribute, index) => ({
      variable: flag(attribute.variable),
      code: attribute.code,
      datatype: attribute.datatype,
      required: flag(attribute.required),
      datatype_description: attribute.datatype_description,
      order: index + 1,
      description: attribute.description,
      values: attribute.values,
    })),
  });
}
