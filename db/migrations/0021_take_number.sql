-- Take a number (取号) for the front-desk windows: the centre's window services as last listed
-- (with the last known queue state: how many waited, on which day, at what moment), so the
-- kiosk still offers them and estimates the wait while the centre is unreachable; and the
-- numbers this kiosk gave out. A number the centre issued (source 'centre') is only kept; one
-- the kiosk issued itself while offline (source 'kiosk', written A07-B02: its own sequence for
-- the service, day and kind, then this kiosk's id, so no other kiosk and never the centre can
-- issue it) waits in the outbox ('queue-number') until the centre has accepted it. Nothing here
-- names a resident.
CREATE TABLE queue_services (
  service_code TEXT PRIMARY KEY CHECK (length(service_code) BETWEEN 1 AND 60),
  -- The order the centre listed them in.
  position INTEGER NOT NULL,
  -- name, prefix, window, priorityAllowed, minutesPerResident, as read (tolerantly).
  service_json TEXT NOT NULL CHECK (json_valid(service_json)),
  -- The last known state: waiting counts as the centre said them, its local day and moment.
  waiting INTEGER CHECK (waiting IS NULL OR waiting >= 0),
  waiting_priority INTEGER CHECK (waiting_priority IS NULL OR waiting_priority >= 0),
  state_day TEXT NOT NULL CHECK (state_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  state_at TEXT NOT NULL
) STRICT;

CREATE TABLE queue_numbers (
  client_key TEXT PRIMARY KEY CHECK (length(client_key) = 36),
  service_code TEXT NOT NULL CHECK (length(service_code) BETWEEN 1 AND 60),
  service_day TEXT NOT NULL CHECK (service_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  number TEXT NOT NULL CHECK (length(number) BETWEEN 2 AND 20),
  priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
  source TEXT NOT NULL CHECK (source IN ('centre', 'kiosk')),
  -- The kiosk that gave it out (this one, under the id it had then).
  kiosk_id TEXT NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 20),
  -- The kiosk's own sequence for an offline number; NULL for one the centre issued.
  sequence INTEGER CHECK (sequence IS NULL OR sequence >= 1),
  issued_at TEXT NOT NULL,
  waiting_ahead INTEGER NOT NULL CHECK (waiting_ahead >= 0),
  -- 1: the wait was estimated here (约), not said by the centre.
  estimated INTEGER NOT NULL CHECK (estimated IN (0, 1)),
  -- 1: the centre holds it (issued it, or accepted the kiosk's report).
  at_centre INTEGER NOT NULL DEFAULT 0 CHECK (at_centre IN (0, 1)),
  CHECK ((source = 'kiosk') = (sequence IS NOT NULL)),
  UNIQUE (service_code, service_day, number)
) STRICT;
CREATE INDEX queue_numbers_by_day ON queue_numbers (service_code, service_day, issued_at);
