// Owns kiosk_heartbeats: every heartbeat as it came, and each kiosk's latest for the fleet view.
import type { Database } from 'better-sqlite3';
import type { HeartbeatForm } from '../../wire/fleet.js';

export interface StoredHeartbeat {
  kioskId: string;
  receivedAt: string;
  sentAt: string;
  intervalSeconds: number;
  version: string;
  uptimeSeconds: number;
  queueDepth: number;
  oldestWaitSeconds: number | null;
  deadLetters: number;
  held: number;
  printerState: string;
  printerPaper: string;
  printerDetail: string | null;
  readerState: string;
  diskFreeBytes: number | null;
  configEtag: string | null;
  configError: string | null;
  stopping: boolean;
}

interface HeartbeatRow {
  kiosk_id: string;
  received_at: string;
  sent_at: string;
  interval_seconds: number;
  version: string;
  uptime_seconds: number;
  queue_depth: number;
  oldest_wait_seconds: number | null;
  dead_letters: number;
  held: number;
  printer_state: string;
  printer_paper: string;
  printer_detail: string | null;
  reader_state: string;
  disk_free_bytes: number | null;
  config_etag: string | null;
  config_error: string | null;
  stopping: number;
}

export function insertHeartbeat(db: Database, form: HeartbeatForm, receivedAt: string): void {
  db.prepare(
    `INSERT INTO kiosk_heartbeats (kiosk_id, received_at, sent_at, interval_seconds, version,
       uptime_seconds, queue_depth, oldest_wait_seconds, dead_letters, held, printer_state,
       printer_paper, printer_detail, reader_state, disk_free_bytes, config_etag, config_error,
       stopping)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    form.kiosk_id,
    receivedAt,
    form.sent_datetime,
    form.interval_seconds,
    form.version,
    form.uptime_seconds,
    form.queue_depth,
    form.oldest_wait_seconds,
    form.dead_letters,
    form.held,
    form.printer_state,
    form.printer_paper,
    form.printer_detail,
    form.reader_state,
    form.disk_free_bytes,
    form.config_etag,
    form.config_error,
    form.stopping ? 1 : 0,
  );
}

const fromRow = (row: HeartbeatRow): StoredHeartbeat => ({
  kioskId: row.kiosk_id,
  receivedAt: row.received_at,
  sentAt: row.sent_at,
  intervalSeconds: row.interval_seconds,
  version: row.version,
  uptimeSeconds: row.uptime_seconds,
  queueDepth: row.queue_depth,
  oldestWaitSeconds: row.oldest_wait_seconds,
  deadLetters: row.dead_letters,
  held: row.held,
  printerState: row.printer_state,
  printerPaper: row.printer_paper,
  printerDetail: row.printer_detail,
  readerState: row.reader_state,
  diskFreeBytes: row.disk_free_bytes,
  configEtag: row.config_etag,
  configError: row.config_error,
  stopping: row.stopping === 1,
});

/** Each kiosk's latest heartbeat, by kiosk id. */
export function latestHeartbeats(db: Database): StoredHeartbeat[] {
  const rows = db
    .prepare(
      `SELECT h.* FROM kiosk_heartbeats h
       JOIN (SELECT kiosk_id, MAX(id) AS id FROM kiosk_heartbeats GROUP BY kiosk_id) latest
         ON latest.id = h.id
       ORDER BY h.kiosk_id`,
    )
    .all() as HeartbeatRow[];
  return rows.map(fromRow);
}

export function countHeartbeats(db: Database, kioskId: string): number {
  return (
    db.prepare('SELECT COUNT(*) AS n FROM kiosk_heartbeats WHERE kiosk_id = ?').get(kioskId) as {
      n: number;
    }
  ).n;
}
