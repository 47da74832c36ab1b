// The fleet extension as the centre reads it: a kiosk's heartbeat (form fields, all listed; an
// unknown field is refused, so nothing a kiosk did not mean to send is ever stored) and the
// remote configuration it serves (any JSON object: the kiosk checks every key with its own
// schema, the centre does not know the kiosk's settings).
import { z } from 'zod';
import { W3cDateTime } from './scalars.js';

export const heartbeatFormFields = [
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

export const deviceStates = [
  'ready',
  'busy',
  'needs-attention',
  'disconnected',
  'not-installed',
] as const;
export const paperStates = ['ok', 'low', 'out', 'unknown'] as const;

export const KioskId = z.string().regex(/^[A-Z][0-9]{2}$/);

const whole = z.coerce.number().int().min(0).max(1e12);
const blankAsNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankAsNull, schema.nullable());

export const HeartbeatForm = z.object({
  kiosk_id: KioskId,
  sent_datetime: W3cDateTime,
  interval_seconds: z.coerce.number().int().min(1).max(86_400),
  version: z.string().min(1).max(40),
  uptime_seconds: whole,
  queue_depth: whole,
  oldest_wait_seconds: optional(whole),
  dead_letters: whole,
  held: whole,
  printer_state: z.enum(deviceStates),
  printer_paper: z.enum(paperStates),
  printer_detail: optional(z.string().max(200)),
  reader_state: z.enum(deviceStates),
  disk_free_bytes: optional(whole),
  config_etag: optional(z.string().max(200)),
  config_error: optional(z.string().max(500)),
  stopping: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export type HeartbeatForm = z.output<typeof HeartbeatForm>;

/** What `config set` accepts and GET …/config.json serves: one JSON object, at most 64 KiB. */
export const maxRemoteConfigBytes = 64 * 1024;
export const RemoteConfig = z.record(z.string(), z.unknown());
