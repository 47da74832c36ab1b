// The kiosk's client for the fleet extension (upstream/wire/fleet.ts): send a heartbeat, read the
// remote configuration with its ETag. A platform without the extension answers 404, which is
// "unsupported" here, not a failure; every other failure is a CentreError like the rest of the
// client's, so the caller backs off the same way.
import { HeartbeatOut, HeartbeatReply, RemoteConfigReply } from '../wire/fleet.js';
import { w3cDateTimeOf } from '../wire/scalars.js';
import { clientCodes, refuseLocally } from './centreError.js';
import type { CentreClientOptions } from './centreClient.js';
import { parseReply } from './parseReply.js';
import { errorEntriesOf, refuseUnlessOk } from './refusal.js';
import { type HttpAnswer, type TransportOptions, exchange } from './transport.js';

export type HeartbeatResult =
  { kind: 'accepted'; configEtag: string | null } | { kind: 'unsupported' };

export type RemoteConfigResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; etag: string | null; config: Record<string, unknown> }
  | { kind: 'unsupported' };

export interface FleetClient {
  postHeartbeat(heartbeat: HeartbeatOut): Promise<HeartbeatResult>;
  /** Conditional: pass the ETag of the config applied, or null. */
  getRemoteConfig(kioskId: string, etag: string | null): Promise<RemoteConfigResult>;
}

/** A 404 that is the extension missing, not a code the fleet extension itself sends. */
const extensionMissing = (answer: HttpAnswer) =>
  answer.status === 404 && !errorEntriesOf(answer).some((entry) => entry.code.startsWith('kiosk_'));

const text = (value: number | string | null) => (value === null ? '' : String(value));

export function heartbeatForm(heartbeat: HeartbeatOut, apiKey: string): URLSearchParams {
  const parsed = HeartbeatOut.safeParse(heartbeat);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '(root)';
    throw refuseLocally(clientCodes.payloadInvalid, `Heartbeat not sent: ${where} is invalid.`);
  }
  const h = parsed.data;
  return new URLSearchParams([
    ['api_key', apiKey],
    ['kiosk_id', h.kioskId],
    ['sent_datetime', w3cDateTimeOf(Date.parse(h.sentAt))],
    ['interval_seconds', text(h.intervalSeconds)],
    ['version', h.version],
    ['uptime_seconds', text(h.uptimeSeconds)],
    ['queue_depth', text(h.queueDepth)],
    ['oldest_wait_seconds', text(h.oldestWaitSeconds)],
    ['dead_letters', text(h.deadLetters)],
    ['held', text(h.held)],
    ['printer_state', h.printerState],
    ['printer_paper', h.printerPaper],
    ['printer_detail', text(h.printerDetail)],
    ['reader_state', h.readerState],
    ['disk_free_bytes', text(h.diskFreeBytes)],
    ['config_etag', text(h.configEtag)],
    ['config_error', text(h.configError)],
    ['stopping', h.stopping ? 'true' : 'false'],
  ]);
}

export function createFleetClient(options: CentreClientOptions): FleetClient {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl,
    jurisdictionId: options.jurisdictionId?.trim() || null,
    timeoutMs: options.timeoutMs,
    maxReplyBytes: options.maxReplyBytes ?? 256 * 1024,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? Date.now,
  };
  return {
    async postHeartbeat(heartbeat) {
      const answer = await exchange(transport, {
        method: 'POST',
        path: 'x/heartbeats.json',
        form: heartbeatForm(heartbeat, options.apiKey),
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, HeartbeatReply);
      return { kind: 'accepted', configEtag: reply.config_etag ?? null };
    },

    async getRemoteConfig(kioskId, etag) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `x/kiosks/${encodeURIComponent(kioskId)}/config.json`,
        query: { api_key: options.apiKey },
        headers: etag === null ? {} : { 'If-None-Match': etag },
      });
      if (answer.status === 304) return { kind: 'unchanged' };
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, RemoteConfigReply);
      return { kind: 'changed', etag: answer.headers.get('etag'), config: reply.config };
    },
  };
}
