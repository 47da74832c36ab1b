-- Facts about this installation that must survive restarts, e.g. its installation id.
CREATE TABLE kiosk_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
