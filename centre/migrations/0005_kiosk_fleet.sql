-- The fleet extension: every heartbeat a kiosk sends (its health only, never a resident's data),
-- and the remote configuration the centre serves to each kiosk.
CREATE TABLE kiosk_heartbeats (
  id INTEGER PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
  version TEXT NOT NULL,
  uptime_seconds INTEGER NOT NULL,
  queue_depth INTEGER NOT NULL,
  oldest_wait_seconds INTEGER,
  dead_letters INTEGER NOT NULL,
  held INTEGER NOT NULL,
  printer_state TEXT NOT NULL,
  printer_paper TEXT NOT NULL,
  printer_detail TEXT,
  reader_state TEXT NOT NULL,
  disk_free_bytes INTEGER,
  config_etag TEXT,
  config_error TEXT,
  stopping INTEGER NOT NULL CHECK (stopping IN (0, 1))
) STRICT;

CREATE INDEX kiosk_heartbeats_by_kiosk ON kiosk_heartbeats (kiosk_id, id);

CREATE TABLE kiosk_configs (
  kiosk_id TEXT PRIMARY KEY,
  config_json TEXT NOT NULL CHECK (json_valid(config_json)),
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
