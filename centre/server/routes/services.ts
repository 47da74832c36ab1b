// GET /services.json and GET /services/{code}.json. Names and descriptions come in the language
// asked for with ?locale= (zh-CN, zh-TW or en; zh-CN when absent), an extension: Open311 itself
// has no language parameter.
import { Language } from '../../wire/vocabulary.js';
import { open311Definition, open311Service } from '../catalog/open311Services.js';
import type { CentreDeps } from '../centreDeps.js';
import type { CallContext } from '../http/context.js';
import { type Reply, errorReply, jsonReply } from '../http/reply.js';

function readLocale(ctx: CallContext): Language | Reply {
  const raw = ctx.query.get('locale') ?? '';
  if (raw === '') return 'zh-CN';
  const locale = Language.safeParse(raw);
  return locale.success
    ? locale.data
    : errorReply('query_invalid', 'locale must be zh-CN, zh-TW or en.');
}

export function getServiceList(deps: CentreDeps, ctx: CallContext): Reply {
  const locale = readLocale(ctx);
  if (typeof locale !== 'string') return locale;
  // "batch" tells Open311 clients to expect tokens; with a chance below 1 most answers are ids.
  const type = deps.tokens.chance >= 1 ? 'batch' : 'realtime';
  const services = [...deps.directory().catalog.values()].map((service) =>
    open311Service(service, locale, type),
  );
  return jsonReply(200, services);
}

export function getServiceDefinition(deps: CentreDeps, ctx: CallContext): Reply {
  const code = ctx.params.code ?? '';
  const service = deps.directory().catalog.get(code);
  if (!service) return errorReply('service_code_not_found', `service_code ${code} was not found.`);
  return jsonReply(200, open311Definition(service));
}
