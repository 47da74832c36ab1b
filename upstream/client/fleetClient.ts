// The kiosk's client for the fleet extension (upstream/wire/fleet.ts): send a heartbeat, read the
// remote configuration with its ETag. A platform without the extension answers 404, which is
// "unsupported" here, not a failure; every other failure is a CentreError like the rest of the
// client's, so the caller backs off the same way.
import { HeartbeatOut, HeartbeatReply, RemoteConfigReply } from '../wire/fleet.js';
import { w3cDateTimeOf } from '../wire/scalars.js';
import type { CentreClientOptions } from './centreClient.js';
import { checkedPayload, extensionMissingUnless, transportOf } from './extensionClient.js';
import { parseReply } from './parseReply.js';
import { refuseUnlessOk } from './refusal.js';
import { exchange } from './transport.js';

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
const extensionMissing = extensionMissingUnless((code) => code.startsWith('kiosk_'));

const text = (value: number | string | null) => (value === null ? '' : String(value));

export function heartbeatForm(heartbeat: HeartbeatOut, apiKey: string): URLSearchParams {
  const h = checkedPayload(HeartbeatOut, heartbeat, 'Heartbeat');
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
  const transport = transportOf(options, 256 * 1024);
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
