// Endpoints that serve several jurisdictions require jurisdiction_id on every call (Open311
// GeoReport v2). When the centre is configured with jurisdictions, a call without one of them is
// refused with 400 before it is handled. POSTs may carry it in the form or the query.
import { type CallContext, formOf, isFormEncoded } from './context.js';
import { type Reply, errorReply } from './reply.js';

/** null when the call names a served jurisdiction (or none are configured); else the 400. */
export function refuseWrongJurisdiction(
  ctx: CallContext,
  jurisdictions: readonly string[] | null,
): Reply | null {
  if (jurisdictions === null || jurisdictions.length === 0) return null;
  const fromForm =
    ctx.method === 'POST' && isFormEncoded(ctx) ? formOf(ctx).get('jurisdiction_id') : null;
  const given = (fromForm ?? ctx.query.get('jurisdiction_id') ?? '').trim();
  if (given === '') {
    return errorReply(
      'jurisdiction_missing',
      `jurisdiction_id is required; this endpoint serves ${jurisdictions.join(', ')}.`,
    );
  }
  if (!jurisdictions.includes(given)) {
    return errorReply('jurisdiction_unknown', `jurisdiction_id ${given} is not served here.`);
  }
  return null;
}
