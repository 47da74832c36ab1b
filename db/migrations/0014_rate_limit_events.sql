-- The kiosk's own limits (wrong ticket or phone-digit tries, look-ups, submissions) counted in
-- SQLite instead of memory, so a restart, or a crash loop a stranger provokes, does not hand out
-- a fresh allowance. One row per counted event; rows older than the longest window are pruned.
CREATE TABLE rate_limit_events (
  id INTEGER PRIMARY KEY,
  limit_name TEXT NOT NULL CHECK (length(limit_name) BETWEEN 1 AND 40),
  -- Milliseconds since the epoch, from the kiosk's clock.
  at_ms INTEGER NOT NULL CHECK (at_ms >= 0)
) STRICT;
CREATE INDEX rate_limit_events_by_limit ON rate_limit_events (limit_name, at_ms);
