// The fleet extension's routes: POST /x/heartbeats.json (a kiosk's health, stored as sent),
// GET /x/kiosks/{kiosk_id}/config.json (its remote configuration, with a strong ETag) and
// GET /x/fleet (every kiosk on one HTML page for staff).
import { HeartbeatForm, KioskId, heartbeatFormFields } from '../../wire/fleet.js';
import type { CentreDeps } from '../centreDeps.js';
import { matchesIfNoneMatch } from '../catalog/directoryState.js';
import { fleetPage } from '../fleet/fleetPage.js';
import { viewKiosk } from '../fleet/fleetStatus.js';
import { type CallContext, formOf, header, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, jsonReply, rawJsonReply } from '../http/reply.js';
import { servedKioskConfig } from '../store/kioskConfigs.js';
import { insertHeartbeat, latestHeartbeats } from '../store/kioskHeartbeats.js';

const knownFields: ReadonlySet<string> = new Set(heartbeatFormFields);

export function postHeartbeat(deps: CentreDeps, ctx: CallContext): Reply {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Heartbeats are sent form-encoded.');
  }
  const form = formOf(ctx);
  if (repeatedNames(form).length > 0)
    return errorReply('form_invalid', 'Each field may appear once.');
  const unknown = [...form.keys()].filter((name) => !knownFields.has(name));
  if (unknown.length > 0) {
    return errorReply(
      'heartbeat_invalid',
      `Unknown heartbeat field(s): ${unknown.slice(0, 5).join(', ')}.`,
    );
  }
  const parsed = HeartbeatForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => issue.path.join('.'))
      .join(', ');
    return errorReply('heartbeat_invalid', `Heartbeat field(s) not valid: ${where}.`);
  }
  const receivedAt = deps.now().toISOString();
  insertHeartbeat(deps.db, parsed.data, receivedAt);
  return jsonReply(200, {
    kiosk_id: parsed.data.kiosk_id,
    received_datetime: receivedAt,
    config_etag: servedKioskConfig(deps.db, parsed.data.kiosk_id).etag,
  });
}

export function getKioskConfig(deps: CentreDeps, ctx: CallContext): Reply {
  const kioskId = KioskId.safeParse(ctx.params.kiosk);
  if (!kioskId.success)
    return errorReply('kiosk_id_invalid', 'A kiosk id is a capital letter and two digits.');
  const served = servedKioskConfig(deps.db, kioskId.data);
  const headers = { ETag: served.etag, 'Cache-Control': 'no-cache' };
  if (matchesIfNoneMatch(header(ctx, 'if-none-match'), served.etag)) {
    return { status: 304, headers, body: null };
  }
  return rawJsonReply(
    200,
    `{"kiosk_id":${JSON.stringify(kioskId.data)},"config":${served.json}}`,
    headers,
  );
}

export function getFleetPage(deps: CentreDeps): Reply {
  const now = deps.now();
  const views = latestHeartbeats(deps.db).map((heartbeat) => viewKiosk(heartbeat, now));
  return {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: fleetPage(views, now),
  };
}
