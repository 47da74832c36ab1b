// The fleet extension, as the kiosk sends and reads it: a heartbeat (POST /x/heartbeats.json,
// form-encoded like every other POST) and the kiosk's remote configuration (GET
// /x/kiosks/{kiosk_id}/config.json with an ETag). A heartbeat is the kiosk's health only: its
// fields are listed here once, and none of them can carry a resident's data.
import { z } from 'zod';
import { W3cDateTime } from './scalars.js';

/** Every field a heartbeat may carry, in the order sent. Nothing else is ever sent. */
export const heartbeatFields = [
  'api_key',
  'jurisdiction_id',
  'kiosk_id',
  'sent_datetime',
  'interval_seconds',
  'version',
  'uptime_seconds',
  'queue_depth',
  'oldest_wait_seconds',
  'dead_letters',
  'held',
  'printer_state',
  'printer_paper',
  'printer_detail',
  'reader_state',
  'disk_free_bytes',
  'config_etag',
  'config_error',
  'stopping',
] as const;

export const wireDeviceStates = [
  'ready',
  'busy',
  'needs-attention',
  'disconnected',
  'not-installed',
] as const;
export const wirePaperStates = ['ok', 'low', 'out', 'unknown'] as const;

export const wireKioskIdPattern = /^[A-Z][0-9]{2}$/;

const count = z.number().int().min(0).max(1e12);
const shortText = z.string().max(200);

/** What the client checks before it sends: strict, so nothing unplanned leaves the kiosk. */
export const HeartbeatOut = z.strictObject({
  kioskId: z.string().regex(wireKioskIdPattern),
  sentAt: W3cDateTime,
  intervalSeconds: z.number().int().min(1).max(86_400),
  version: z.string().min(1).max(40),
  uptimeSeconds: count,
  queueDepth: count,
  oldestWaitSeconds: count.nullable(),
  deadLetters: count,
  held: count,
  printerState: z.enum(wireDeviceStates),
  printerPaper: z.enum(wirePaperStates),
  printerDetail: shortText.nullable(),
  readerState: z.enum(wireDeviceStates),
  diskFreeBytes: count.nullable(),
  configEtag: shortText.nullable(),
  configError: z.string().max(500).nullable(),
  stopping: z.boolean(),
});
export type HeartbeatOut = z.input<typeof HeartbeatOut>;

/** The centre's answer: when it took the heartbeat, and the ETag of the config it holds. */
export const HeartbeatReply = z.looseObject({
  kiosk_id: z.string(),
  received_datetime: W3cDateTime,
  config_etag: z.string().nullish(),
});

/** The remote configuration: any JSON object; the kiosk checks every key with its own schema. */
export const RemoteConfigReply = z.looseObject({
  kiosk_id: z.string(),
  config: z.record(z.string(), z.unknown()),
});
